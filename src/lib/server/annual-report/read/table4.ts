// Table 四 (行政复议、行政诉讼情况): a two-level header over one row of 15 numbers, in the fixed order
// 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5 (维持, 纠正, 其他, 尚未审结, 总计 in each).

import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../../annual-report/format';
import { squash } from '../../../annual-report/text';
import type { CellSink } from './sink';

const KEYS = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`));
const HEADER_WORDS = /复议|诉讼|维持|纠正|结果|审结|总计|起诉/;

/** The data row: no header words, and most of its fields numbers (blank ones are allowed). */
function isDataRow(cells: string[]): boolean {
	const s = cells.map(squash);
	if (s.some((c) => HEADER_WORDS.test(c))) return false;
	return s.filter((c) => /^\d/.test(c)).length >= 8;
}

export function readTable4(rows: string[][], sink: CellSink): void {
	const row = rows.find(isDataRow);
	if (!row) return;
	// A leading label cell («数量») is not one of the 15.
	let fields = row;
	while (fields.length > KEYS.length && !/^\d/.test(squash(fields[0]))) fields = fields.slice(1);
	if (fields.length > KEYS.length) fields = fields.filter((c) => c !== '');
	KEYS.forEach((key, i) => sink.put(key, fields[i] ?? ''));
}
