// A task table as text: what copying a 任务分解表 out of Word, WPS, Excel or a web page puts on the
// clipboard (cells separated by tabs, rows by line breaks), a .tsv, or word-extractor's text of a
// .doc. Word and browsers break a row wherever a cell holds a line break and write a merged row as
// one cell; Excel quotes such cells instead; word-extractor ends every row with a tab. Rows are put
// back together against the header's width. Prose that happens to hold a tab is not a table: the
// header must be a row of column names followed by rows of cells.

import { matchSection, matchTask } from './numbering';
import { isHeaderLike } from './table-header';
import { trimAll } from './text';

export interface PastedTable {
	/** The header row and the rows below it. */
	rows: string[][];
	/** The lines around the table (notice, title, 附件, date), for the plan's meta. */
	around: string;
}

interface Line {
	cells: string[];
	endsWithTab: boolean;
}

/** A quoted cell longer than this is not Excel's quoting but a stray quote mark. */
const MAX_QUOTED = 10_000;
const LINE_BREAK = new Set(['\n', '\r', '\u2028', '\u2029']);

/** Excel's quoting: "…" around a cell holding a line break or quotes, "" for a quote. Returns the
 * cell and where it ends, or null when the quote is part of the text ("放管服"改革). */
function quotedCell(text: string, start: number): { value: string; end: number } | null {
	let value = '';
	let special = false;
	for (let j = start + 1; j < text.length && j - start < MAX_QUOTED; j++) {
		const ch = text[j];
		if (ch === '"') {
			if (text[j + 1] === '"') {
				value += '"';
				special = true;
				j++;
				continue;
			}
			const next = text[j + 1];
			const closes = next === undefined || next === '\t' || LINE_BREAK.has(next);
			return closes && special ? { value, end: j + 1 } : null;
		}
		if (LINE_BREAK.has(ch)) special = true;
		value += ch;
	}
	return null;
}

/** Physical lines split into cells. Linear: a failed quote scan stops at the next quote mark. */
function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let cells: string[] = [];
	let cell = '';
	let atCellStart = true;
	const endLine = (): void => {
		cells.push(cell);
		lines.push({ cells, endsWithTab: cells.length > 1 && cell === '' });
		cells = [];
		cell = '';
		atCellStart = true;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (atCellStart && ch === '"') {
			const q = quotedCell(text, i);
			if (q) {
				cell = q.value.replace(/\r\n?/g, '\n');
				i = q.end - 1;
				atCellStart = false;
				continue;
			}
		}
		atCellStart = false;
		if (ch === '\t') {
			cells.push(cell);
			cell = '';
			atCellStart = true;
		} else if (LINE_BREAK.has(ch)) {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			endLine();
		} else cell += ch;
	}
	if (cell !== '' || cells.length) endLine();
	return lines;
}

/** A header row is column names only: short labels, no numbering, no sentences or notes. */
function isHeaderLine(cells: string[]): boolean {
	const names = cells.map(trimAll).filter(Boolean);
	if (names.length < 2) return false;
	const label = (c: string) => c.length <= 16 && !/[。；;，,：:]/.test(c) && !matchSection(c) && !matchTask(c);
	return names.every(label) && isHeaderLike(cells);
}

const filledCount = (cells: string[]): number => cells.filter((c) => trimAll(c)).length;

/** A line that is a section or sub-group heading on its own ("一、…", "（一）…"): a merged row. */
function isHeadingLine(cells: string[]): boolean {
	if (filledCount(cells) !== 1 || !trimAll(cells[0])) return false;
	const text = trimAll(cells[0]);
	if (text.length > 40 || /[。；;]/.test(text)) return false;
	return matchSection(text) !== null || matchTask(text)?.style === 'paren-cn';
}

/** Append a physical line's cells to a row: its first cell continues the row's last cell. */
function extend(row: string[], cells: string[]): void {
	row[row.length - 1] = `${row[row.length - 1]}\n${cells[0]}`;
	row.push(...cells.slice(1));
}

/** Tab-less lines that turned out to go on with a row's last cell. */
function carryOn(row: string[] | undefined, lines: string[]): void {
	if (row) for (const text of lines) extend(row, [text]);
}

/** word-extractor ends every table row with a tab: rows end exactly there. */
function rowsEndingInTabs(lines: Line[]): { rows: string[][]; after: string[] } {
	const rows: string[][] = [];
	let row: string[] | null = null;
	for (const line of lines) {
		if (row) extend(row, line.cells);
		else row = [...line.cells];
		if (line.endsWithTab) {
			rows.push(row.slice(0, -1));
			row = null;
		}
	}
	return { rows, after: row ? row.join('\n').split('\n') : [] };
}

/** Clipboard rows: a row is complete at the table's width; shorter pieces are broken cells. */
function rowsByWidth(lines: Line[], width: number): { rows: string[][]; after: string[] } {
	const rows: string[][] = [];
	let row: string[] | null = null;
	/** Tab-less lines after a complete row: its last cell goes on, or the text after the table. */
	let loose: string[] = [];
	const close = (): void => {
		if (row) rows.push(row);
		row = null;
	};
	for (const { cells } of lines) {
		if (cells.length === 1 && !trimAll(cells[0])) continue;
		if (row && row.length < width) {
			if (row.length + cells.length - 1 <= width) {
				extend(row, cells);
				continue;
			}
			close(); // a row shortened by merged cells
		}
		if (isHeadingLine(cells)) {
			carryOn(row ?? rows[rows.length - 1], loose);
			loose = [];
			close();
			rows.push([...cells]);
			continue;
		}
		if (cells.length === 1) {
			loose.push(cells[0]);
			continue;
		}
		carryOn(row ?? rows[rows.length - 1], loose);
		loose = [];
		close();
		row = [...cells];
	}
	close();
	return { rows, after: loose };
}

function mostCommon(values: number[]): number {
	const counts = new Map<number, number>();
	let best = 0;
	let bestCount = 0;
	for (const v of values) {
		const c = (counts.get(v) ?? 0) + 1;
		counts.set(v, c);
		if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
	}
	return best;
}

export function findPastedTable(text: string): PastedTable | null {
	if (!text.includes('\t')) return null;
	const lines = splitLines(text.replace(/^\ufeff/, ''));
	// hasRowsAfter[i]: some line after i has two filled cells (a table has rows under its header).
	const hasRowsAfter: boolean[] = new Array(lines.length).fill(false);
	for (let i = lines.length - 2; i >= 0; i--)
		hasRowsAfter[i] = hasRowsAfter[i + 1] || filledCount(lines[i + 1].cells) >= 2;
	const h = lines.findIndex((l, i) => l.cells.length >= 2 && hasRowsAfter[i] && isHeaderLine(l.cells));
	if (h < 0) return null;

	const header = lines[h];
	const body = lines.slice(h + 1);
	const tabbed = body.filter((l) => l.cells.length >= 2);
	// Clipboards never end a header row with a tab; word-extractor ends every row so.
	const tabEnded = header.endsWithTab && tabbed.some((l) => l.endsWithTab);
	const headerCells = tabEnded ? header.cells.slice(0, -1) : header.cells;
	const width = Math.max(headerCells.length, mostCommon(tabbed.map((l) => l.cells.length)));
	const { rows, after } = tabEnded ? rowsEndingInTabs(body) : rowsByWidth(body, width);
	const before = lines.slice(0, h).map((l) => l.cells.join(' '));
	return { rows: [headerCells, ...rows], around: [...before, ...after].join('\n') };
}
