// Table 三 (收到和处理政府信息公开申请情况). Column positions come from the header rows (the first
// position where 自然人, 商业企业, … 总计 appear, so misaligned Word grids such as Pingtan 2021's
// 11-column one read right); each data row is named by its label cells, remembering the group
// (（三）不予公开 …) across rows whose group cell is merged and so empty in copied text.

import { TABLE3_COLUMNS, TABLE3_GROUPS, type Table3Group } from '../../../annual-report/format';
import { squash } from '../../../annual-report/text';
import type { CellSink } from './sink';

const HEADERS: Record<string, RegExp> = {
	natural: /^自然人$/,
	business: /^商业企业$/,
	research: /^科研机构$/,
	charity: /^社会公益组织$/,
	legal: /^法律服务机构$/,
	otherOrg: /^其他$/,
	total: /^(总计|合计)$/
};

const ITEM_WORDS: Record<string, RegExp> = {
	stateSecret: /国家秘密/,
	otherLaw: /其他法律行政法规/,
	safety: /三安全一稳定/,
	thirdParty: /第三方/,
	internal: /内部事务/,
	process: /过程性/,
	enforcement: /执法案卷/,
	inquiry: /查询事项/,
	notHeld: /不掌握/,
	mustCreate: /另行制作/,
	unclear: /仍不明确/,
	complaint: /信访|举报|投诉/,
	repeat: /重复申请/,
	publication: /出版物/,
	excessive: /大量反复/,
	confirm: /确认|重新出具/,
	noCorrection: /不补正/,
	unpaidFee: /缴纳费用|收费通知/,
	misc: /^(\d+[.、])?其他$/
};

const GROUPS: [RegExp, Table3Group][] = [
	[/^\(三\)|^不予公开$/, 'denied'],
	[/^\(四\)|^无法提供/, 'unable'],
	[/^\(五\)|^不予处理/, 'refused'],
	[/^\(六\)|^其他处理/, 'other']
];

const NUMERIC = /^[\d.,\s-]*$/;

type RowName = { row: string } | { group: Table3Group; item: string | null } | null;

/** What a row's label cells name: a row of its own, or an item (or the whole) of a group. */
function nameRow(labels: string[], group: Table3Group | null): RowName {
	let current = group;
	let item: string | null = null;
	for (const l of labels) {
		if (/本年新收/.test(l)) return { row: 'received' };
		if (/上年结转/.test(l)) return { row: 'carriedIn' };
		if (/结转下年/.test(l)) return { row: 'carriedOut' };
		if (/^\(七\)|^总计$/.test(l)) return { row: 'total' };
		if (/^\(一\)|^予以公开/.test(l)) return { row: 'granted' };
		if (/^\(二\)|^部分公开/.test(l)) return { row: 'partial' };
		const g = GROUPS.find(([re]) => re.test(l));
		if (g) {
			current = g[1];
			continue;
		}
		if (current && /^\d+[.、]|其他/.test(l)) {
			const items = TABLE3_GROUPS[current].items;
			const byWord = items.find((it) => ITEM_WORDS[it.key].test(l));
			const n = Number(/^(\d+)/.exec(l)?.[1]);
			item = byWord?.key ?? items[n - 1]?.key ?? null;
		}
	}
	return current ? { group: current, item } : null;
}

/** Positions of the seven columns, from the header rows above the first data row. */
function columnPositions(header: string[][]): Map<string, number> | null {
	const at = new Map<string, number>();
	for (const [col, re] of Object.entries(HEADERS)) {
		for (const cells of header) {
			const i = cells.findIndex((c) => re.test(squash(c)));
			if (i >= 0 && (!at.has(col) || i < (at.get(col) ?? 0))) at.set(col, i);
		}
	}
	return at.size === TABLE3_COLUMNS.length ? at : null;
}

/** Without a usable header: the row's last seven fields after its labels, covered (empty) ones dropped. */
function trailingValues(cells: string[], labelCount: number): string[] | null {
	const rest = cells.slice(labelCount);
	if (rest.length === 7) return rest;
	const filled = rest.filter((c) => c !== '');
	return filled.length === 7 ? filled : null;
}

export function readTable3(rows: string[][], sink: CellSink): void {
	// The header rows name columns (their 「总计」 is not the row （七）总计) and hold no numbers.
	const isHeader = (r: string[]) =>
		r.some((c) => /^(申请人情况|自然人|法人或其他组织|商业企业|总计)$/.test(squash(c))) &&
		!r.some((c) => /^\d/.test(c));
	const first = rows.findIndex((r) => !isHeader(r) && nameRow(r.map(squash), null) !== null);
	if (first < 0) return;
	const positions = columnPositions(rows.slice(0, first));
	const labelCount = positions ? Math.min(...positions.values()) : 0;
	let group: Table3Group | null = null;
	for (const cells of rows.slice(first)) {
		// Without header positions, the labels are the cells up to the last one that is not a number.
		const labelEnd = positions ? labelCount : cells.findLastIndex((c) => c !== '' && !NUMERIC.test(c)) + 1;
		const labels = cells.slice(0, labelEnd).map(squash);
		const name = nameRow(labels, group);
		if (!name) continue;
		let row: string;
		if ('row' in name) {
			group = null;
			row = name.row;
		} else {
			group = name.group;
			row = rowKey(sink, name.group, name.item);
			if (!row) continue;
		}
		const values = positions
			? TABLE3_COLUMNS.map((c) => cells[positions.get(c.key) ?? -1] ?? '')
			: trailingValues(cells, labelEnd);
		if (!values) continue;
		TABLE3_COLUMNS.forEach((c, i) => {
			const key = `t3.${row}.${c.key}`;
			if (row === 'other' && name && !('row' in name) && name.item) sink.add(key, values[i]);
			else sink.put(key, values[i]);
		});
	}
}

/**
 * The row key of a group's row in the year's format. The trial format keeps (六)其他处理 whole, so
 * sub-items printed there are added into it; the 2021 format has sub-items, so a single (六) row goes
 * to 3.其他. Either way the mismatch is noted.
 */
function rowKey(sink: CellSink, group: Table3Group, item: string | null): string {
	if (group === 'other' && sink.format === '2019') {
		if (item) sink.noteOffFormat(`表三「（六）其他处理」的分项`);
		return 'other';
	}
	if (item) return `${group}.${item}`;
	if (group === 'other') {
		sink.noteOffFormat('表三「（六）其他处理」未分项');
		return 'other.misc';
	}
	return '';
}
