// Reading the cells of one 任务分解表 row: the cells of a column role, 序号 values, unit cells and
// 完成时限 cells (phrases, Excel day serials, and dates as Excel copies them: 2021/9/30).

import type { ParsedMilestone } from './types';
import { extractDeadlines, isoDate } from './deadlines';
import { chineseToNumber } from './numerals';
import { stripLeadingNumber } from './numbering';
import type { ColumnRole } from './table-header';
import { trimAll } from './text';
import { NOTE_KEY_SOURCE, parseUnitNote, splitUnitList } from './units';

const NOTE_KEY_RE = new RegExp(NOTE_KEY_SOURCE);

/** The distinct non-empty cells of a row under columns of one role, trimmed. */
export function cellsOf(row: string[], roles: (ColumnRole | null)[], role: ColumnRole): string[] {
	const out: string[] = [];
	roles.forEach((r, j) => {
		const v = trimAll(row[j] ?? '');
		if (r === role && v && !out.includes(v)) out.push(v);
	});
	return out;
}

/** Excel stores dates as day serials (44104 = 2020-09-30); a 完成时限 cell may hold one. */
export function excelSerialDate(cell: string): string | null {
	if (!/^\d{5}(\.\d+)?$/.test(cell)) return null;
	const n = Math.floor(Number(cell));
	if (n < 20000 || n > 80000) return null;
	const d = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
	return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A date cell as Excel and WPS display (and copy) it: 2021/9/30, 2021-09-30, 2021.9.30. */
export function numericDate(cell: string): string | null {
	const m = /^((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(cell);
	if (!m) return null;
	return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
}

export function normaliseSeq(seq: string): string {
	const s = trimAll(seq);
	const numbered = stripLeadingNumber(s);
	if (numbered && !numbered.rest) return numbered.code;
	if (/^\d{1,3}$/.test(s)) return `${Number(s)}.`;
	if (/^[一二三四五六七八九十]{1,3}$/.test(s) && chineseToNumber(s) !== null) return `(${s})`;
	return s;
}

export interface CellUnits {
	lead: string[];
	responsible: string[];
	open: boolean;
}

/** Unit cells of one role; a cell holding a note ("牵头单位:…;责任单位:…") is split by its keys. */
export function unitsFrom(cells: string[], role: 'lead' | 'responsible'): CellUnits {
	const out: CellUnits = { lead: [], responsible: [], open: false };
	for (const cell of cells) {
		if (NOTE_KEY_RE.test(cell)) {
			const note = parseUnitNote(cell);
			out.lead.push(...note.lead);
			out.responsible.push(...note.responsible);
			out.open ||= note.open;
		} else {
			const list = splitUnitList(cell);
			out[role].push(...list.units);
			out.open ||= list.open;
		}
	}
	return out;
}

export interface DeadlineCells {
	deadlines: ParsedMilestone[];
	duties: string[];
	badDates: string[];
}

/** 完成时限 cells. The column only says when: what each date is about is the task's title, filled
 * in later, so the clause text around a date (the cell's other dates) is not kept as its `what`. */
export function readDeadlineCells(cells: string[], year: number | null): DeadlineCells {
	const out: DeadlineCells = { deadlines: [], duties: [], badDates: [] };
	for (const cell of cells) {
		const fixed = excelSerialDate(cell) ?? numericDate(cell);
		if (fixed) {
			out.deadlines.push({ date: fixed, what: '' });
			continue;
		}
		const scan = extractDeadlines(cell, year, { lenient: true });
		out.deadlines.push(...scan.deadlines.map((d) => ({ date: d.date, what: '' })));
		out.duties.push(...scan.duties, ...scan.undated);
		out.badDates.push(...scan.badDates);
	}
	return out;
}
