// The JSON shape report:check prints, kept stable for other tools (docs/annual-report.md): the
// format, year and title, every cell of the year's format under its key, and the checks.

import { getFormat, type FormatId } from './format';
import type { CheckResult, ReportDocument } from './types';

export interface ReportJson {
	format: FormatId;
	year: number;
	title: string;
	/** Every cell of the format, in table order. A blank cell is 0 here; an H4 check names it. */
	tables: Record<string, number>;
	checks: CheckResult[];
}

export function reportJson(report: ReportDocument, checks: readonly CheckResult[]): ReportJson {
	const tables: Record<string, number> = {};
	for (const def of getFormat(report.format).cells) tables[def.key] = report.statistics.cells[def.key] ?? 0;
	return {
		format: report.format,
		year: report.year,
		title: report.title,
		tables,
		checks: checks.map((c) => ({ id: c.id, level: c.level, where: { ...c.where }, message: c.message }))
	};
}
