// Building blocks for the entry form and the drafts: a new, empty report of a year; the printed order
// of a table's cells (Tab order in the form); and a block pasted from Excel mapped onto the cells.

import { DomainError } from '../domain-error';
import {
	formatForYear,
	getFormat,
	SECTION_HEADINGS,
	TABLE3_COLUMNS,
	TABLE4_COLUMNS,
	TABLE4_GROUPS,
	type FormatId,
	type SectionNo,
	type TableNo
} from './format';
import type { CellValue, ReportDocument } from './types';
import { emptyStatistics, parseCellValue } from './values';

/** A report of `year` with the six standard sections, no text and every cell blank. */
export function newReport(input: { title: string; year: number; issuer?: string; date?: string }): ReportDocument {
	const format = formatForYear(input.year);
	if (!format)
		throw new DomainError('invalid', `${input.year}年度没有全国统一的年度报告格式（2019年度起施行），无法按格式编制`);
	const doc: ReportDocument = {
		title: input.title,
		year: input.year,
		format,
		preamble: [],
		sections: SECTION_HEADINGS.map((heading, i) => ({ no: (i + 1) as SectionNo, heading, paragraphs: [] })),
		statistics: emptyStatistics(format)
	};
	if (input.issuer) doc.issuer = input.issuer;
	if (input.date) doc.date = input.date;
	return doc;
}

/**
 * A table's cell keys as printed, row by row (表四 is one row of 15). 表二's rows are as wide as their
 * block: 规章 has three cells, 行政许可 one.
 */
export function entryGrid(format: FormatId, table: TableNo): string[][] {
	const f = getFormat(format);
	if (table === 2) return f.table2.flatMap((b) => b.rows.map((r) => b.columns.map((c) => `t2.${r.key}.${c.key}`)));
	if (table === 3) return f.table3.map((r) => TABLE3_COLUMNS.map((c) => `t3.${r.key}.${c.key}`));
	return [TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`))];
}

export interface PastedCells {
	cells: Record<string, CellValue>;
	/** Fields that are not values of their cell, with the reason; nothing else is lost. */
	errors: { key: string; message: string }[];
	/** Fields beyond the table's edge, ignored. */
	outside: number;
}

/**
 * Text copied from Excel (rows by line, fields by TAB) pasted with its top-left field at `startKey`.
 * An empty field pastes a blank; what does not fit the table is counted in `outside`.
 */
export function pasteCells(format: FormatId, startKey: string, text: string): PastedCells {
	const def = getFormat(format).byKey.get(startKey);
	if (!def) throw new DomainError('invalid', `没有这个单元格：${startKey}`);
	const grid = entryGrid(format, def.table);
	const row = grid.findIndex((r) => r.includes(startKey));
	const col = grid[row].indexOf(startKey);
	const out: PastedCells = { cells: {}, errors: [], outside: 0 };
	const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
	lines.forEach((line, i) => {
		line.split('\t').forEach((field, j) => {
			const key = grid[row + i]?.[col + j];
			if (!key) {
				out.outside++;
				return;
			}
			const parsed = parseCellValue(field, getFormat(format).byKey.get(key)?.kind ?? 'count');
			if (parsed.ok) out.cells[key] = parsed.value;
			else out.errors.push({ key, message: parsed.message });
		});
	});
	return out;
}
