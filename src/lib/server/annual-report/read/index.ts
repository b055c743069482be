// Reading a published report (年报体检): text with TAB-separated table rows, or a .docx, into a
// ReportDocument in its year's format. What is not a report, or not in a national format, is
// refused with a DomainError the user can act on; what is merely odd becomes an F1 finding.

import { DomainError } from '../../shared/errors';
import { formatForYear, getFormat } from '../../../annual-report/format';
import type { CheckResult, ReportDocument } from '../../../annual-report/types';
import { linesFromDocx, linesFromFile, linesFromText, type ReportLine } from './lines';
import { outlineOf } from './outline';
import { CellSink } from './sink';
import { readTable2 } from './table2';
import { readTable3 } from './table3';
import { readTable4 } from './table4';

export interface ReadResult {
	report: ReportDocument;
	/** Findings about the report's form made while reading (F1), to be listed with the checks. */
	findings: CheckResult[];
}

const NOT_A_REPORT =
	'这不是政府信息公开工作年度报告：没有找到报告标题，也没有找到“一、总体情况”至“六、其他需要报告的事项”等部分或统计表格。' +
	'请上传年度报告全文（.docx，或复制全文后粘贴，表格每行一行、单元格以制表符分隔）';

export function readReportLines(lines: ReportLine[]): ReadResult {
	const outline = outlineOf(lines);
	const tablesFound = ([2, 3, 4] as const).filter((t) => outline.tables[t].length > 0).length;
	const headings = outline.sections.length;
	const titled = /政府信息公开|政务公开/.test(outline.title) && /报告|年报/.test(outline.title);
	const saysReport = [outline.title, ...outline.preamble.slice(0, 3)].some((t) =>
		/政府信息公开(工作)?(年度)?(报告|年报)/.test(t)
	);
	const looksLikeReport = (titled && (headings >= 2 || tablesFound >= 1)) || headings >= 4 || tablesFound >= 2;
	const format = outline.year === null ? null : formatForYear(outline.year);
	// An old report (before the national format) is refused for what it is, not as «not a report».
	if (outline.year !== null && !format && (looksLikeReport || saysReport))
		throw new DomainError(
			'unsupported',
			`这是${outline.year}年度的报告。全国统一的年度报告格式从2019年度起施行（国办公开办函〔2019〕60号），更早的报告没有统一表格，无法按格式核对`
		);
	if (!looksLikeReport) throw new DomainError('invalid', NOT_A_REPORT);
	if (!format || outline.year === null)
		throw new DomainError(
			'invalid',
			'无法确定报告年度：标题中没有“20XX年度”，正文中也没有统计期限。请在标题中写明年度后再核对'
		);
	const sink = new CellSink(format);
	readTable2(outline.tables[2], sink);
	readTable3(outline.tables[3], sink);
	readTable4(outline.tables[4], sink);
	const findings: CheckResult[] = [];
	if (sink.offFormat.length) {
		const other = format === '2021' ? '〔2019〕60号试行格式' : '〔2021〕30号格式';
		findings.push({
			id: 'F1',
			level: 'warning',
			where: { cells: [] },
			message: `${outline.year}年度报告应采用${getFormat(format).basis}，但表格中有该格式没有的内容（疑似沿用了${other}）：${sink.offFormat.join('；')}`
		});
	}
	const report: ReportDocument = {
		title: outline.title,
		year: outline.year,
		format,
		preamble: outline.preamble,
		sections: outline.sections,
		statistics: sink.statistics()
	};
	if (outline.issuer) report.issuer = outline.issuer;
	if (outline.date) report.date = outline.date;
	return { report, findings };
}

/** A report pasted as text: paragraphs one a line, table rows as TAB-separated cells. */
export function readReportText(text: string): ReadResult {
	return readReportLines(linesFromText(text));
}

export function readReportDocx(bytes: Uint8Array): ReadResult {
	return readReportLines(linesFromDocx(bytes));
}

/** An uploaded file (.docx or text), its type decided by its content. */
export function readReportFile(bytes: Uint8Array, fileName: string): ReadResult {
	return readReportLines(linesFromFile(bytes, fileName));
}
