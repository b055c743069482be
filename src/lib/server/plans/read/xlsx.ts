// .xlsx → rows of cell texts: workbook order of sheets, shared strings (rich-text runs joined,
// phonetic runs dropped), inline strings, numbers; merged ranges filled into every cell.
// exceljs is not used for reading because it inflates without a cap.

import { DomainError } from '../../shared/errors';
import { findHeader } from '../parse/table-header';
import { MAX_COLS, MAX_ROWS } from './limits';
import { attr, scanXml } from './xml';
import type { SafeZip } from './zip';

interface SheetRef {
	name: string;
	path: string;
}

function resolveTarget(target: string): string {
	const raw = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
	const parts: string[] = [];
	for (const seg of raw.split('/')) {
		if (seg === '..') parts.pop();
		else if (seg && seg !== '.') parts.push(seg);
	}
	return parts.join('/');
}

function listSheets(zip: SafeZip): SheetRef[] {
	const rels = new Map<string, string>();
	if (zip.has('xl/_rels/workbook.xml.rels')) {
		scanXml(zip.readText('xl/_rels/workbook.xml.rels'), (e) => {
			if (e.type === 'open' && e.name === 'Relationship') {
				const id = attr(e.attrs, 'Id');
				const target = attr(e.attrs, 'Target');
				if (id && target) rels.set(id, resolveTarget(target));
			}
		});
	}
	const sheets: SheetRef[] = [];
	scanXml(zip.readText('xl/workbook.xml'), (e) => {
		if (e.type === 'open' && e.name === 'sheet') {
			const id = attr(e.attrs, 'id');
			const path = (id && rels.get(id)) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
			sheets.push({ name: attr(e.attrs, 'name') ?? '', path });
		}
	});
	return sheets;
}

function readSharedStrings(zip: SafeZip): string[] {
	const out: string[] = [];
	if (!zip.has('xl/sharedStrings.xml')) return out;
	let current: string[] | null = null;
	let inT = false;
	let phonetic = 0;
	scanXml(zip.readText('xl/sharedStrings.xml'), (e) => {
		if (e.type === 'open') {
			if (e.name === 'si') current = [];
			else if (e.name === 'rPh') phonetic++;
			else if (e.name === 't' && !e.selfClosing) inT = true;
			if (e.name === 'si' && e.selfClosing) current = [];
		} else if (e.type === 'close') {
			if (e.name === 'si') {
				out.push((current ?? []).join(''));
				current = null;
			} else if (e.name === 'rPh') phonetic = Math.max(0, phonetic - 1);
			else if (e.name === 't') inT = false;
		} else if (inT && !phonetic && current) {
			current.push(e.text);
		}
	});
	return out;
}

/** "AB12" → [11, 27] (zero-based row, column); null when out of range. */
function cellRef(ref: string): [number, number] | null {
	const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref.toUpperCase());
	if (!m) return null;
	let col = 0;
	for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
	return [Number(m[2]) - 1, col - 1];
}

function readSheet(xml: string, strings: string[]): string[][] {
	const cells = new Map<number, Map<number, string>>();
	const merges: [number, number, number, number][] = [];
	let rowIdx = -1;
	let colIdx = -1;
	let type = '';
	let value: string[] | null = null;
	let inV = false;
	let inIs = false;
	let inT = false;
	let phonetic = 0;
	let maxRow = -1;
	let maxCol = -1;

	const put = (r: number, c: number, v: string): void => {
		if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS || v === '') return;
		let row = cells.get(r);
		if (!row) cells.set(r, (row = new Map()));
		row.set(c, v);
		maxRow = Math.max(maxRow, r);
		maxCol = Math.max(maxCol, c);
	};

	scanXml(xml, (e) => {
		if (e.type === 'open') {
			switch (e.name) {
				case 'row': {
					const r = Number(attr(e.attrs, 'r'));
					rowIdx = Number.isInteger(r) && r > 0 ? r - 1 : rowIdx + 1;
					colIdx = -1;
					break;
				}
				case 'c': {
					const ref = cellRef(attr(e.attrs, 'r') ?? '');
					if (ref) [rowIdx, colIdx] = ref;
					else colIdx++;
					type = attr(e.attrs, 't') ?? '';
					value = [];
					break;
				}
				case 'v':
					inV = !e.selfClosing;
					break;
				case 'is':
					inIs = true;
					break;
				case 'rPh':
					phonetic++;
					break;
				case 't':
					inT = inIs && !e.selfClosing;
					break;
				case 'mergeCell': {
					const [a, b] = (attr(e.attrs, 'ref') ?? '').split(':');
					const from = cellRef(a ?? '');
					const to = cellRef(b ?? a ?? '');
					if (from && to) merges.push([from[0], from[1], to[0], to[1]]);
					break;
				}
			}
		} else if (e.type === 'close') {
			switch (e.name) {
				case 'v':
					inV = false;
					break;
				case 'is':
					inIs = false;
					break;
				case 'rPh':
					phonetic = Math.max(0, phonetic - 1);
					break;
				case 't':
					inT = false;
					break;
				case 'c': {
					const raw = (value ?? []).join('');
					let text = raw;
					if (type === 's') text = strings[Number(raw)] ?? '';
					else if (type === 'e') text = '';
					put(rowIdx, colIdx, text);
					value = null;
					break;
				}
			}
		} else if (value && !phonetic && (inV || inT)) {
			value.push(e.text);
		}
	});

	const height = maxRow + 1;
	const width = maxCol + 1;
	const rows: string[][] = [];
	for (let r = 0; r < height; r++) {
		const src = cells.get(r);
		const row: string[] = new Array<string>(width).fill('');
		if (src) for (const [c, v] of src) row[c] = v;
		rows.push(row);
	}
	// Merged ranges: every covered cell shows the top-left value (clamped to the used area, and
	// with a budget so thousands of overlapping huge ranges cannot stall the reader).
	let budget = MAX_ROWS * MAX_COLS;
	for (const [r1, c1, r2, c2] of merges) {
		const v = rows[r1]?.[c1] ?? '';
		if (!v) continue;
		for (let r = r1; r <= Math.min(r2, height - 1); r++) {
			for (let c = c1; c <= Math.min(c2, width - 1); c++) {
				if (--budget < 0) throw new DomainError('too_large', '表格的合并单元格过多，无法读取，请检查后再上传');
				rows[r][c] = v;
			}
		}
	}
	return rows;
}

/** The first sheet with task-table headers, else the first sheet. */
export function readXlsxRows(zip: SafeZip): string[][] {
	const sheets = listSheets(zip).filter((s) => zip.has(s.path));
	if (sheets.length === 0) throw new DomainError('invalid', '工作簿中没有工作表');
	const strings = readSharedStrings(zip);
	let first: string[][] | null = null;
	for (const sheet of sheets) {
		const rows = readSheet(zip.readText(sheet.path), strings);
		if (findHeader(rows)) return rows;
		first ??= rows;
	}
	return first ?? [];
}
