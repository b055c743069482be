// What the sections must say (W5, W6, F2) and how much of each repeats last year's report (R1, 雷同).

import { SECTION_HEADINGS, type SectionNo } from '../format';
import { squash } from '../text';
import type { CheckResult, ReportDocument, ReportSection } from '../types';

const sectionText = (s: ReportSection | undefined): string => (s ? squash(s.paragraphs.join('')) : '');

/** F2: the six sections of the national format, each under its own heading. */
export function checkStructure(report: ReportDocument): CheckResult[] {
	const present = new Set(report.sections.map((s) => s.no));
	const missing = SECTION_HEADINGS.filter((_, i) => !present.has((i + 1) as SectionNo));
	if (!missing.length) return [];
	return [
		{
			id: 'F2',
			level: 'warning',
			where: { cells: [] },
			message: `报告缺少以下部分（或标题与格式不符，未能识别）：${missing.join('、')}`
		}
	];
}

/** W5: 五、存在的主要问题及改进情况 must say something: not empty, not just 「无」. */
export function checkProblems(report: ReportDocument): CheckResult[] {
	const five = report.sections.find((s) => s.no === 5);
	const text = sectionText(five).replace(/[。.,，;；:：!！]/g, '');
	if (five && !/^(无|暂无|没有|无问题)?$/.test(text)) return [];
	return [
		{
			id: 'W5',
			level: 'warning',
			where: { cells: [], section: 5, sentence: five?.paragraphs.join('') || undefined },
			message: five
				? '“五、存在的主要问题及改进情况”没有写实际内容：应说明存在的问题、改进措施，并回应上年报告提出的改进事项'
				: '报告没有“五、存在的主要问题及改进情况”部分'
		}
	];
}

/** W6: 六、其他需要报告的事项 must state the 信息处理费 collected (条例 第四十二条), even when none. */
export function checkFees(report: ReportDocument): CheckResult[] {
	const six = report.sections.find((s) => s.no === 6);
	if (sectionText(six).includes('信息处理费')) return [];
	return [
		{
			id: 'W6',
			level: 'warning',
			where: { cells: [], section: 6 },
			message: '“六、其他需要报告的事项”没有说明信息处理费的收取情况（未收取也应写明）'
		}
	];
}

/** Above this share of last year's wording a section counts as copied (雷同). */
export const SIMILARITY_THRESHOLD = 60;
/** Sections shorter than this (characters, whitespace and punctuation removed) are formulaic and not flagged. */
export const SIMILARITY_MIN_CHARS = 100;
const SHINGLE = 5;

/** A section's wording for comparison: digits folded, so copying with this year's numbers still counts. */
function shingles(text: string): Set<string> {
	const t = squash(text)
		.replace(/[\p{P}\p{S}]/gu, '')
		.replace(/\d+(\.\d+)?/g, '#');
	const out = new Set<string>();
	for (let i = 0; i + SHINGLE <= t.length; i++) out.add(t.slice(i, i + SHINGLE));
	return out;
}

/** Share (0–100) of this text's five-character runs that also occur in the earlier text. */
export function similarityPercent(text: string, earlier: string): number {
	const a = shingles(text);
	if (!a.size) return 0;
	const b = shingles(earlier);
	let shared = 0;
	for (const s of a) if (b.has(s)) shared++;
	return Math.round((shared / a.size) * 100);
}

/**
 * R1: each section's similarity to the same section of the previous report, as a percentage: info
 * below the threshold, a warning above it (for sections long enough to be more than a formula).
 */
export function checkSimilarity(report: ReportDocument, previous: ReportDocument): CheckResult[] {
	const out: CheckResult[] = [];
	for (const s of report.sections) {
		const before = previous.sections.find((p) => p.no === s.no);
		const text = s.paragraphs.join('\n');
		if (!before || !squash(text)) continue;
		const percent = similarityPercent(text, before.paragraphs.join('\n'));
		const long = squash(text).replace(/[\p{P}\p{S}]/gu, '').length >= SIMILARITY_MIN_CHARS;
		const flagged = long && percent >= SIMILARITY_THRESHOLD;
		out.push({
			id: 'R1',
			level: flagged ? 'warning' : 'info',
			where: { cells: [], section: s.no },
			message: flagged
				? `“${s.heading}”与${previous.year}年度报告的同一部分相似度 ${percent}%（超过 ${SIMILARITY_THRESHOLD}%），疑似照搬上年文字，请按本年度实际情况撰写`
				: `“${s.heading}”与${previous.year}年度报告的同一部分相似度 ${percent}%`
		});
	}
	return out;
}
