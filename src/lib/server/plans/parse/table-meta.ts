// A task table's plan meta: the table's own title rows above the header, the text around the
// table (title paragraphs, 文号, the notice a table was pasted with), and the importer's default.

import type { ParsedPlanMeta, ParseWarning } from './types';
import { extractPlanMeta, yearFromTitle } from './meta';
import type { ParseOptions } from './plan-text';
import { toLines, trimAll } from './text';

export function resolveTableMeta(
	rows: string[][],
	headerRow: number,
	given: Partial<ParsedPlanMeta>,
	opts: ParseOptions
): { meta: ParsedPlanMeta; warnings: ParseWarning[] } {
	const above = rows.slice(0, headerRow).flatMap((r) => [...new Set(r.map((c) => trimAll(c ?? '')).filter(Boolean))]);
	const found = extractPlanMeta(toLines(above.join('\n'))).meta;
	const title = given.title || found.title || '';
	const year = given.year ?? yearFromTitle(title) ?? opts.defaultYear ?? null;
	const meta: ParsedPlanMeta = {
		title,
		year,
		doc_number: given.doc_number ?? found.doc_number ?? null,
		issuer: given.issuer ?? found.issuer ?? null,
		issued_on: given.issued_on ?? found.issued_on ?? null
	};
	const warnings: ParseWarning[] = [];
	if (!title) warnings.push({ code: 'no_title', message: '没有找到工作要点的标题（如“××市2020年政务公开工作要点”）' });
	if (year === null) warnings.push({ code: 'no_year', message: '没有找到工作要点的年度，请在导入时指定年度' });
	return { meta, warnings };
}

/** Meta found in the text around a table, as parseTaskTable takes it. No default year here: a
 * year in the table's own title row must win over the default. */
export function metaFromText(text: string): Partial<ParsedPlanMeta> {
	const around = extractPlanMeta(toLines(text)).meta;
	return { ...around, title: around.title || undefined, year: around.year ?? undefined };
}
