// The printed tables of the national format as grids of merged cells, once for both writers: the
// .docx writer turns a cell's span into gridSpan/vMerge, the text writer into empty covered fields
// (the HTML grid a copied web page gives). Widths are twips of a 156 mm wide A4 text block.

import {
	getFormat,
	TABLE3_COLUMNS,
	TABLE3_GROUPS,
	TABLE3_NOTE,
	TABLE3_RESULTS_LABEL,
	TABLE4_COLUMNS,
	type Column,
	type SectionNo
} from './format';
import type { Statistics } from './types';
import { formatValue } from './values';

export interface LayoutCell {
	text: string;
	span?: number;
	rowSpan?: number;
	/** header: centred heading; label: a row's name, left-aligned; value: a number, centred. */
	role: 'header' | 'label' | 'value';
	/** A value cell's key (format.ts), for the entry form and the drill-down. */
	key?: string;
}

export interface LayoutTable {
	/** Grid column widths in twips. */
	widths: number[];
	/** Repeat the header rows at the top of the next page when the table breaks. */
	repeatHeader: boolean;
	rows: LayoutCell[][];
}

const TEXT_WIDTH = 8844;

const header = (text: string, span?: number, rowSpan?: number): LayoutCell => ({ text, span, rowSpan, role: 'header' });
const label = (text: string, span?: number, rowSpan?: number): LayoutCell => ({ text, span, rowSpan, role: 'label' });

function valueOf(stats: Statistics, key: string): LayoutCell {
	const v = stats.cells[key] ?? null;
	return { text: v === null ? '' : formatValue(v), role: 'value', key };
}

/** Three value columns shared out among a block's 1–3 columns: the last one takes what is left. */
function spans(columns: Column[]): number[] {
	return columns.map((_, i) => (i === columns.length - 1 ? 3 - i : 1));
}

export function table2Layout(stats: Statistics): LayoutTable {
	const rows: LayoutCell[][] = [];
	for (const block of getFormat(stats.format).table2) {
		const s = spans(block.columns);
		rows.push([header(block.clause, 4)]);
		rows.push([header('信息内容'), ...block.columns.map((c, i) => header(c.label, s[i]))]);
		for (const r of block.rows)
			rows.push([
				label(r.label),
				...block.columns.map((c, i) => ({ ...valueOf(stats, `t2.${r.key}.${c.key}`), span: s[i] }))
			]);
	}
	// Its block headers are not column headers: nothing to repeat on the next page.
	return { widths: [TEXT_WIDTH - 3 * 2080, 2080, 2080, 2080], rows, repeatHeader: false };
}

export function table3Layout(stats: Statistics): LayoutTable {
	const format = getFormat(stats.format);
	const values = (row: string) => TABLE3_COLUMNS.map((c) => valueOf(stats, `t3.${row}.${c.key}`));
	const orgs = TABLE3_COLUMNS.slice(1, 6);
	const rows: LayoutCell[][] = [
		[header(TABLE3_NOTE, 3, 3), header('申请人情况', 7)],
		[header('自然人', 1, 2), header('法人或其他组织', 5), header('总计', 1, 2)],
		orgs.map((c) => header(c.label))
	];
	const resultRows = format.table3.filter((r) => r.part === 'result' || r.part === 'total');
	let resultsOpen = false;
	const seenGroups = new Set<string>();
	for (const r of format.table3) {
		if (r.part === 'received' || r.part === 'carriedIn' || r.part === 'carriedOut') {
			rows.push([label(r.label, 3), ...values(r.key)]);
			continue;
		}
		const lead: LayoutCell[] = [];
		if (!resultsOpen) {
			lead.push(label(TABLE3_RESULTS_LABEL, 1, resultRows.length));
			resultsOpen = true;
		}
		if (r.group && r.key !== 'other') {
			if (!seenGroups.has(r.group)) {
				seenGroups.add(r.group);
				const size = format.table3.filter((x) => x.group === r.group).length;
				lead.push(label(TABLE3_GROUPS[r.group].label, 1, size));
			}
			lead.push(label(r.label));
		} else {
			lead.push(label(r.label, 2));
		}
		rows.push([...lead, ...values(r.key)]);
	}
	// Narrow value columns (four digits of 小四) leave the sub-item labels room for one or two lines.
	const valueWidth = 640;
	return {
		widths: [700, 1100, TEXT_WIDTH - 1800 - 7 * valueWidth, ...Array<number>(7).fill(valueWidth)],
		rows,
		repeatHeader: true
	};
}

export function table4Layout(stats: Statistics): LayoutTable {
	const leaves = TABLE4_COLUMNS.map((c) => header(c.label));
	const rows: LayoutCell[][] = [
		[header('行政复议', 5), header('行政诉讼', 10)],
		[...TABLE4_COLUMNS.map((c) => header(c.label, 1, 2)), header('未经复议直接起诉', 5), header('复议后起诉', 5)],
		[...leaves, ...leaves],
		['review', 'direct', 'afterReview'].flatMap((g) => TABLE4_COLUMNS.map((c) => valueOf(stats, `t4.${g}.${c.key}`)))
	];
	const w = Math.floor(TEXT_WIDTH / 15);
	return { widths: [...Array<number>(14).fill(w), TEXT_WIDTH - 14 * w], rows, repeatHeader: true };
}

/** The table as plain fields: each cell at its top-left grid position, covered positions empty. */
export function layoutGrid(table: LayoutTable): string[][] {
	const width = table.widths.length;
	const taken: boolean[][] = [];
	const grid: string[][] = table.rows.map(() => Array<string>(width).fill(''));
	table.rows.forEach((row, r) => {
		let col = 0;
		for (const cell of row) {
			while (taken[r]?.[col]) col++;
			grid[r][col] = cell.text;
			for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
				for (let dc = 0; dc < (cell.span ?? 1); dc++) (taken[r + dr] ??= [])[col + dc] = true;
			col += cell.span ?? 1;
		}
	});
	return grid;
}

/** The table printed under section 二, 三 or 四; null for the others. */
export function sectionTable(stats: Statistics, no: SectionNo): LayoutTable | null {
	if (no === 2) return table2Layout(stats);
	if (no === 3) return table3Layout(stats);
	if (no === 4) return table4Layout(stats);
	return null;
}

/** 'YYYY-MM-DD' → «2022年1月20日», as a report's date is printed. */
export function printedDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}
