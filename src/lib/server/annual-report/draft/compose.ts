// A whole draft, or one section of it, from what the system holds: the year's work (一, 五, 六),
// the statistics (二–四), the 考核 result and last year's report. Pure: the caller loads the inputs.
import { getFormat, SECTION_HEADINGS, type SectionNo } from '../../../annual-report/format';
import { INFO_FEE } from '../../../annual-report/extra';
import type { Statistics } from '../../../annual-report/types';
import { generated, statisticsDigest, type DraftParagraph, type StoredDraft } from './model';
import { tableParagraphs } from './write-tables';
import {
	otherParagraphs,
	overviewParagraphs,
	problemParagraphs,
	type PreviousText,
	type WorkInput
} from './write-work';

export interface ComposeInput extends WorkInput {
	statistics: Statistics;
	previous: PreviousText | null;
	now: number;
}

export const draftTitle = (subject: string, year: number) => `${subject}${year}年政府信息公开工作年度报告`;

function preamble(input: ComposeInput): DraftParagraph[] {
	const y = input.work.year;
	return [
		generated(
			`本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《政府信息公开工作年度报告格式》（${getFormat(input.statistics.format).basis.replace('（试行）', '')}）的要求编制，` +
				'由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。' +
				`本报告所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
			[]
		)
	];
}

export function composeSection(input: ComposeInput, no: SectionNo): DraftParagraph[] {
	if (no === 1) return overviewParagraphs(input);
	if (no === 2 || no === 3 || no === 4) return tableParagraphs(input.statistics, no);
	if (no === 5) return problemParagraphs(input, input.previous);
	const unpaid =
		input.statistics.format === '2021' ? (input.statistics.cells['t3.other.unpaidFee.total'] ?? null) : null;
	return otherParagraphs(input, { amount: input.statistics.cells[INFO_FEE] ?? null, unpaid });
}

export function composeDraft(input: ComposeInput): StoredDraft {
	return {
		title: draftTitle(input.subject, input.work.year),
		year: input.work.year,
		format: input.statistics.format,
		issuer: input.subject,
		preamble: preamble(input),
		sections: SECTION_HEADINGS.map((heading, i) => ({
			no: (i + 1) as SectionNo,
			heading,
			paragraphs: composeSection(input, (i + 1) as SectionNo)
		})),
		generatedAt: input.now,
		statisticsDigest: statisticsDigest(input.statistics)
	};
}
