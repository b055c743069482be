// Table 二 (主动公开政府信息情况) from its rows: blocks headed 「第二十条第（一）项」, each with a
// 「信息内容」 row naming its columns, then one row per item. Rows and columns are recognised by
// their labels, so both formats read, whichever the year requires (a mismatch is noted).

import { getFormat } from '../../../annual-report/format';
import { squash } from '../../../annual-report/text';
import type { CellSink } from './sink';

const ROWS: [RegExp, string][] = [
	[/^规章$/, 'rules'],
	[/规范性文件$/, 'normative'],
	[/^行政许可$/, 'licensing'],
	[/其他对外管理服务事项/, 'otherServices'],
	[/^行政处罚$/, 'penalty'],
	[/^行政强制$/, 'coercion'],
	[/行政事业性收费/, 'fees'],
	[/政府集中采购/, 'procurement']
];

const COLUMNS: [RegExp, string][] = [
	[/制发/, 'issued'],
	[/废止/, 'repealed'],
	[/现行有效/, 'inForce'],
	[/新制作/, 'made'],
	[/新公开/, 'published'],
	[/对外公开总/, 'total'],
	[/上一?年/, 'lastYear'],
	[/增\/?减/, 'change'],
	[/处理决定/, 'decisions'],
	[/收费金额/, 'amount'],
	[/采购项目/, 'count'],
	[/总金额/, 'amount']
];

const lookup = (table: [RegExp, string][], label: string) => table.find(([re]) => re.test(label))?.[1] ?? null;

/** The columns a row has in the year's format, at positions 1, 2, … (used when a block has no header row). */
type Columns = Map<string, { at: number; label: string }>;

function defaultColumns(sink: CellSink, row: string): Columns {
	const block = getFormat(sink.format).table2.find((b) => b.rows.some((r) => r.key === row));
	return new Map((block?.columns ?? []).map((c, i) => [c.key, { at: i + 1, label: c.label }]));
}

export function readTable2(rows: string[][], sink: CellSink): void {
	let columns: Columns | null = null;
	for (const cells of rows) {
		const first = squash(cells[0] ?? '');
		if (first.startsWith('第二十条')) {
			columns = null;
			continue;
		}
		if (first === '信息内容') {
			columns = new Map();
			cells.forEach((c, i) => {
				const col = i > 0 ? lookup(COLUMNS, squash(c)) : null;
				// A header spanning columns repeats in span-filled grids: its first position counts.
				if (col && !columns?.has(col)) columns?.set(col, { at: i, label: c });
			});
			continue;
		}
		const row = lookup(ROWS, first);
		if (!row) continue;
		if (!getFormat(sink.format).table2.some((b) => b.rows.some((r) => r.key === row))) {
			sink.noteOffFormat(`表二「${cells[0]}」行`);
			continue;
		}
		for (const [col, { at, label }] of columns ?? defaultColumns(sink, row)) {
			const key = `t2.${row}.${col}`;
			if (sink.has(key)) sink.put(key, cells[at] ?? '');
			else sink.noteOffFormat(`表二「${cells[0]}」的「${label}」`);
		}
	}
}
