// The few figures of an annual report the year-over-year views compare, read by the model's stable
// cell keys (docs/annual-report.md). The two national formats name 规范性文件 differently: the 2019
// trial format counts 本年新制作 and 对外公开总数量 where 2021 counts 本年制发 and 现行有效.
import type { CellValue, Statistics } from '../../annual-report/types';

export interface ReportFigures {
	/** 依申请: 一、本年新收政府信息公开申请数量 · 总计. */
	received: number | null;
	/** 主动公开: 行政规范性文件 本年制发 (2019: 本年新制作). */
	normativeIssued: number | null;
	/** 主动公开: 行政规范性文件 现行有效 (2019: 对外公开总数量). */
	normativeInForce: number | null;
	/** 行政复议 总计. */
	reviews: number | null;
	/** 行政诉讼 总计: 未经复议直接起诉 + 复议后起诉. */
	lawsuits: number | null;
}

export const REPORT_FIGURE_KEYS = {
	'2021': { normativeIssued: 't2.normative.issued', normativeInForce: 't2.normative.inForce' },
	'2019': { normativeIssued: 't2.normative.made', normativeInForce: 't2.normative.total' }
} as const;

/** Blank stays blank: a sum is blank only when every part of it is. */
function sum(values: CellValue[]): number | null {
	const given = values.filter((v): v is number => typeof v === 'number');
	return given.length ? given.reduce((a, b) => a + b, 0) : null;
}

export function computeReportFigures(stats: Statistics): ReportFigures {
	const cell = (key: string): number | null => stats.cells[key] ?? null;
	const keys = REPORT_FIGURE_KEYS[stats.format];
	return {
		received: cell('t3.received.total'),
		normativeIssued: cell(keys.normativeIssued),
		normativeInForce: cell(keys.normativeInForce),
		reviews: cell('t4.review.total'),
		lawsuits: sum([cell('t4.direct.total'), cell('t4.afterReview.total')])
	};
}

/** The figures of several reports of one year added up (a merged unit's predecessors). */
export function addReportFigures(parts: ReportFigures[]): ReportFigures | null {
	if (!parts.length) return null;
	const keys = Object.keys(parts[0]) as (keyof ReportFigures)[];
	return Object.fromEntries(keys.map((k) => [k, sum(parts.map((p) => p[k]))])) as unknown as ReportFigures;
}
