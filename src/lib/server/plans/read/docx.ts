// word/document.xml → paragraphs and tables in document order. Tables come out as grids with
// horizontal spans (w:gridSpan) filled into every spanned column and vertical merges
// (w:vMerge continue) carrying the value from the row above.

import { attr, scanXml } from './xml';
import { MAX_COLS, MAX_ROWS } from './limits';

export type DocBlock = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };

interface Cell {
	paras: string[];
	span: number;
	merge: 'restart' | 'continue' | null;
}

interface TableState {
	rows: { before: number; cells: Cell[] }[];
	row: { before: number; cells: Cell[] } | null;
	cell: Cell | null;
}

function toGrid(t: TableState): string[][] {
	const grid: string[][] = [];
	for (const r of t.rows.slice(0, MAX_ROWS)) {
		const out: string[] = [];
		let col = Math.min(r.before, MAX_COLS);
		for (let c = 0; c < col; c++) out.push('');
		for (const cell of r.cells) {
			const text = cell.paras.join('\n').trim();
			const span = Math.max(1, Math.min(cell.span, MAX_COLS - col));
			for (let k = 0; k < span && col < MAX_COLS; k++, col++) {
				out[col] = cell.merge === 'continue' ? (grid[grid.length - 1]?.[col] ?? '') : text;
			}
		}
		grid.push(out);
	}
	const width = Math.max(0, ...grid.map((r) => r.length));
	for (const r of grid) while (r.length < width) r.push('');
	return grid;
}

export function readDocxBlocks(xml: string): DocBlock[] {
	const blocks: DocBlock[] = [];
	const paras: string[][] = [];
	const tables: TableState[] = [];
	let inText = 0;
	let skip = 0; // inside mc:Fallback, which repeats the mc:Choice content

	const emitParagraph = (text: string): void => {
		const t = tables[tables.length - 1];
		if (t?.cell) t.cell.paras.push(text);
		else blocks.push({ kind: 'p', text });
	};

	scanXml(xml, (e) => {
		if (e.type === 'open' && e.name === 'Fallback') skip++;
		if (e.type === 'close' && e.name === 'Fallback') {
			skip = Math.max(0, skip - 1);
			return;
		}
		if (skip) return;
		const para = paras[paras.length - 1];
		if (e.type === 'text') {
			if (inText && para) para.push(e.text);
			return;
		}
		if (e.type === 'open') {
			switch (e.name) {
				case 'p':
					if (!e.selfClosing) paras.push([]);
					else emitParagraph('');
					break;
				case 't':
					if (!e.selfClosing) inText++;
					break;
				case 'tab':
					para?.push('\t');
					break;
				case 'br':
				case 'cr':
					para?.push('\n');
					break;
				case 'tbl':
					tables.push({ rows: [], row: null, cell: null });
					break;
				case 'tr': {
					const t = tables[tables.length - 1];
					if (t) t.row = { before: 0, cells: [] };
					break;
				}
				case 'gridBefore': {
					const t = tables[tables.length - 1];
					if (t?.row && !t.cell) t.row.before = Number(attr(e.attrs, 'val')) || 0;
					break;
				}
				case 'tc': {
					const t = tables[tables.length - 1];
					if (t) t.cell = { paras: [], span: 1, merge: null };
					break;
				}
				case 'gridSpan': {
					const cell = tables[tables.length - 1]?.cell;
					if (cell) cell.span = Number(attr(e.attrs, 'val')) || 1;
					break;
				}
				case 'vMerge': {
					const cell = tables[tables.length - 1]?.cell;
					// <w:vMerge/> without a value means "continue".
					if (cell) cell.merge = attr(e.attrs, 'val') === 'restart' ? 'restart' : 'continue';
					break;
				}
			}
			return;
		}
		switch (e.name) {
			case 't':
				inText = Math.max(0, inText - 1);
				break;
			case 'p': {
				const parts = paras.pop();
				if (parts) emitParagraph(parts.join(''));
				break;
			}
			case 'tc': {
				const t = tables[tables.length - 1];
				if (t?.cell && t.row) t.row.cells.push(t.cell);
				if (t) t.cell = null;
				break;
			}
			case 'tr': {
				const t = tables[tables.length - 1];
				if (t?.row) t.rows.push(t.row);
				if (t) t.row = null;
				break;
			}
			case 'tbl': {
				const t = tables.pop();
				if (!t) break;
				const grid = toGrid(t);
				// A table nested in a cell becomes lines of the enclosing cell.
				if (tables.length) for (const r of grid) for (const c of dedupeRow(r)) emitParagraph(c);
				else blocks.push({ kind: 'table', rows: grid });
				break;
			}
		}
	});
	return blocks;
}

/** A row's distinct non-empty cells, in order (spans repeat a cell's text). */
export function dedupeRow(row: string[]): string[] {
	const out: string[] = [];
	for (const c of row) if (c && out[out.length - 1] !== c) out.push(c);
	return out;
}
