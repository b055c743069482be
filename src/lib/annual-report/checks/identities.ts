// The hard identities of the national format (H1–H3 on table 三, H5 on table 四) and H4, the value
// of every cell. Built once per format as lists of "left = right" sums, so checking one unit's
// statistics on every keystroke is a few hundred additions.

import {
	getFormat,
	table3RowLabel,
	TABLE3_COLUMNS,
	TABLE4_COLUMNS,
	TABLE4_GROUPS,
	type FormatId,
	type TableNo
} from '../format';
import type { CellValue, CheckResult, Statistics } from '../types';
import { invalidValue } from '../values';

export interface Identity {
	id: 'H1' | 'H2' | 'H3' | 'H5';
	left: string[];
	right: string[];
	/** The Chinese message when left ≠ right, given the value of each cell. */
	message: (v: (key: string) => number) => string;
}

/** "自然人 27 + 社会公益组织 2"; the terms that are 0 are left out to keep the sentence short. */
function terms(keys: string[], name: (key: string) => string, v: (key: string) => number): string {
	const shown = keys.filter((k) => v(k) !== 0);
	return shown.length ? `（${shown.map((k) => `${name(k)} ${v(k)}`).join(' + ')}）` : '';
}

const total = (keys: string[], v: (key: string) => number) => keys.reduce((a, k) => a + v(k), 0);

function buildIdentities(id: FormatId): Identity[] {
	const rows = getFormat(id).table3;
	const results = rows.filter((r) => r.part === 'result');
	const out: Identity[] = [];
	const rowName = new Map(rows.map((r) => [r.key, r.label.replace(/^（.）|^\d+\./, '').replace(/（.*）$/, '')]));
	rowName.set('other.misc', '其他处理·其他');
	for (const c of TABLE3_COLUMNS) {
		const k = (row: string) => `t3.${row}.${c.key}`;
		out.push({
			id: 'H1',
			left: [k('received'), k('carriedIn')],
			right: [k('total'), k('carriedOut')],
			message: (v) =>
				`表三「${c.label}」列：一、本年新收（${v(k('received'))}）+ 二、上年结转（${v(k('carriedIn'))}）= ${v(k('received')) + v(k('carriedIn'))}，` +
				`而（七）总计（${v(k('total'))}）+ 四、结转下年度继续办理（${v(k('carriedOut'))}）= ${v(k('total')) + v(k('carriedOut'))}，两者应相等`
		});
		const parts = results.map((r) => k(r.key));
		out.push({
			id: 'H2',
			left: [k('total')],
			right: parts,
			message: (v) =>
				`表三「${c.label}」列：（七）总计为 ${v(k('total'))}，而（一）至（六）各项之和为 ${total(parts, v)}` +
				terms(parts, (key) => rowName.get(key.split('.').slice(1, -1).join('.')) ?? key, v)
		});
	}
	const applicants = TABLE3_COLUMNS.filter((c) => c.key !== 'total');
	for (const r of rows) {
		const k = (col: string) => `t3.${r.key}.${col}`;
		const parts = applicants.map((c) => k(c.key));
		out.push({
			id: 'H3',
			left: [k('total')],
			right: parts,
			message: (v) =>
				`表三「${table3RowLabel(r)}」行：总计为 ${v(k('total'))}，而六类申请人之和为 ${total(parts, v)}` +
				terms(parts, (key) => applicants.find((c) => key.endsWith(`.${c.key}`))?.label ?? key, v)
		});
	}
	const results4 = TABLE4_COLUMNS.filter((c) => c.key !== 'total');
	for (const g of TABLE4_GROUPS) {
		const k = (col: string) => `t4.${g.key}.${col}`;
		const parts = results4.map((c) => k(c.key));
		out.push({
			id: 'H5',
			left: [k('total')],
			right: parts,
			message: (v) =>
				`表四 ${g.label}：总计为 ${v(k('total'))}，而` +
				results4.map((c) => `${c.label} ${v(k(c.key))}`).join(' + ') +
				` = ${total(parts, v)}`
		});
	}
	return out;
}

const IDENTITIES: Record<FormatId, Identity[]> = { '2021': buildIdentities('2021'), '2019': buildIdentities('2019') };

export function identitiesOf(format: FormatId): readonly Identity[] {
	return IDENTITIES[format];
}

export interface IdentityOptions {
	/**
	 * false while a unit is typing: an identity is checked only once all its cells are filled, and
	 * blank cells are not reported. true (the default) for submission and published reports: blank
	 * counts as 0 and every blank cell is reported (H4).
	 */
	complete?: boolean;
}

export function checkIdentities(stats: Statistics, opts: IdentityOptions = {}): CheckResult[] {
	const complete = opts.complete ?? true;
	const raw = (key: string): CellValue => stats.cells[key] ?? null;
	const v = (key: string) => raw(key) ?? 0;
	const out: CheckResult[] = [];
	for (const idn of IDENTITIES[stats.format]) {
		const cells = [...idn.left, ...idn.right];
		if (!complete && cells.some((k) => raw(k) === null)) continue;
		if (total(idn.left, v) === total(idn.right, v)) continue;
		out.push({ id: idn.id, level: 'error', where: { cells }, message: idn.message(v) });
	}
	return [...checkValues(stats, complete), ...out];
}

const TABLE_NAMES: Record<TableNo, string> = {
	2: '表二（主动公开政府信息情况）',
	3: '表三（收到和处理政府信息公开申请情况）',
	4: '表四（行政复议、行政诉讼情况）'
};

/** H4: every cell holds a value its kind allows; with `complete`, none is blank. */
function checkValues(stats: Statistics, complete: boolean): CheckResult[] {
	const out: CheckResult[] = [];
	const blank: Record<TableNo, string[]> = { 2: [], 3: [], 4: [] };
	const format = getFormat(stats.format);
	for (const def of format.cells) {
		const text = stats.invalid?.[def.key];
		const value = stats.cells[def.key] ?? null;
		if (text !== undefined) {
			out.push({
				id: 'H4',
				level: 'error',
				where: { cells: [def.key] },
				message: `${def.label}：「${text}」不是数字（核对时按 0 计算），没有发生的请填 0`
			});
		} else if (value === null) {
			if (complete) blank[def.table].push(def.key);
		} else {
			const why = invalidValue(value, def.kind);
			if (why)
				out.push({ id: 'H4', level: 'error', where: { cells: [def.key] }, message: `${def.label}：${value} ${why}` });
		}
	}
	for (const table of [2, 3, 4] as TableNo[]) {
		const keys = blank[table];
		if (!keys.length) continue;
		const all = format.cells.filter((c) => c.table === table).length;
		const names = keys.slice(0, 3).map((k) => format.byKey.get(k)?.label.replace(/^表[二三四] /, '') ?? k);
		const message =
			keys.length === all
				? `${TABLE_NAMES[table]}全部空白（或未能读出），应填写每一格，没有发生的填 0`
				: `${TABLE_NAMES[table]}有 ${keys.length} 个单元格空白（核对时按 0 计算），没有发生的请填 0：${names.join('；')}${keys.length > 3 ? ' 等' : ''}`;
		out.push({ id: 'H4', level: 'error', where: { cells: keys }, message });
	}
	return out;
}
