// Cell values: reading what a user typed or a report printed, and adding cells up exactly. Money is
// summed in millionths of 万元 as integers, so 300 units' fees add up without floating-point drift.

import { DomainError } from '../domain-error';
import { getFormat, MONEY_DECIMALS, type CellKind, type FormatId } from './format';
import type { CellValue, Statistics } from './types';

export type ParsedCell = { ok: true; value: CellValue } | { ok: false; message: string };

const FULL_WIDTH = /[０-９．，－]/g;

function halfWidth(s: string): string {
	return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * A cell's text → its value. Empty is blank (null). Accepts full-width digits and thousands
 * separators (1,234). Refuses what the cell's kind does not allow, with a Chinese message.
 */
export function parseCellValue(raw: string, kind: CellKind): ParsedCell {
	const s = halfWidth(raw.replace(/[\s\u00a0\u3000]/g, '')).replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
	if (s === '') return { ok: true, value: null };
	const m = /^([-+\u2212]?)(\d+)(?:\.(\d+))?$/.exec(s);
	if (!m) return { ok: false, message: `「${raw.trim()}」不是数字` };
	const negative = m[1] === '-' || m[1] === '\u2212';
	const decimals = m[3] ?? '';
	const value = Number(`${negative ? '-' : ''}${m[2]}${decimals ? `.${decimals}` : ''}`);
	if (kind === 'money') {
		if (negative && value !== 0) return { ok: false, message: `金额不能为负数（${raw.trim()}）` };
		if (decimals.length > MONEY_DECIMALS)
			return { ok: false, message: `金额最多保留 ${MONEY_DECIMALS} 位小数（${raw.trim()}）` };
		return { ok: true, value: Math.abs(value) };
	}
	if (decimals.replace(/0+$/, '') !== '') return { ok: false, message: `应为整数（${raw.trim()}）` };
	if (kind === 'count' && negative && value !== 0) return { ok: false, message: `不能为负数（${raw.trim()}）` };
	return { ok: true, value: value === 0 ? 0 : value };
}

/** Why a stored value is not allowed in a cell of this kind, or null when it is. */
export function invalidValue(value: number, kind: CellKind): string | null {
	if (!Number.isFinite(value)) return '不是有效的数字';
	if (kind === 'money') {
		if (value < 0) return '金额不能为负数';
		if (Math.abs(value * 10 ** MONEY_DECIMALS - Math.round(value * 10 ** MONEY_DECIMALS)) > 1e-6)
			return `金额最多保留 ${MONEY_DECIMALS} 位小数`;
		return null;
	}
	if (!Number.isInteger(value)) return '应为整数';
	if (kind === 'count' && value < 0) return '不能为负数';
	return null;
}

const SCALE = 10 ** MONEY_DECIMALS;

/** Exact sum of values (blank counts as 0); money goes through integer millionths. */
export function sumValues(values: readonly CellValue[], kind: CellKind = 'count'): number {
	if (kind !== 'money') return values.reduce<number>((a, v) => a + (v ?? 0), 0);
	const units = values.reduce<number>((a, v) => a + Math.round((v ?? 0) * SCALE), 0);
	return units / SCALE;
}

export function sameValue(a: CellValue, b: CellValue, kind: CellKind = 'count'): boolean {
	if (kind !== 'money') return (a ?? 0) === (b ?? 0);
	return Math.round((a ?? 0) * SCALE) === Math.round((b ?? 0) * SCALE);
}

/** A number as it would be printed in the report (no exponent, no trailing float noise). */
export function formatValue(v: CellValue): string {
	if (v === null) return '空白';
	return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(MONEY_DECIMALS)));
}

/** Statistics with every cell of the format blank. */
export function emptyStatistics(format: FormatId): Statistics {
	return { format, cells: Object.fromEntries(getFormat(format).cells.map((c) => [c.key, null])) };
}

/**
 * Statistics added up cell by cell as they come (a city's 300 units, a slice at a time), money in
 * integer millionths. A cell stays blank only while it is blank in every part. `extra` adds cells
 * outside the format (extra.ts) to the ones summed.
 */
export class CellSums {
	private readonly defs: { key: string; kind: CellKind }[];
	private readonly sums: number[];
	private readonly seen: boolean[];
	private parts = 0;

	constructor(
		readonly format: FormatId,
		extra: readonly { key: string; kind: CellKind }[] = []
	) {
		this.defs = [...getFormat(format).cells, ...extra];
		this.sums = this.defs.map(() => 0);
		this.seen = this.defs.map(() => false);
	}

	add(part: Statistics): void {
		if (part.format !== this.format)
			throw new DomainError('invalid', `统计表格式不一致：不能把${part.format}格式与${this.format}格式的数据相加`);
		const cells = part.cells;
		for (let i = 0; i < this.defs.length; i++) {
			const v = cells[this.defs[i].key];
			if (v === null || v === undefined) continue;
			this.seen[i] = true;
			this.sums[i] += this.defs[i].kind === 'money' ? Math.round(v * SCALE) : v;
		}
		this.parts++;
	}

	get count(): number {
		return this.parts;
	}

	result(): Statistics {
		const cells: Record<string, CellValue> = {};
		this.defs.forEach((d, i) => {
			cells[d.key] = this.seen[i] ? (d.kind === 'money' ? this.sums[i] / SCALE : this.sums[i]) : null;
		});
		return { format: this.format, cells };
	}
}

/**
 * The cell-by-cell sum of several bodies' statistics (the city's report over its units, S2). A cell
 * is blank only when it is blank in every part. All parts must be in the same format.
 */
export function aggregateStatistics(parts: readonly Statistics[], format?: FormatId): Statistics {
	const id = format ?? parts[0]?.format;
	if (!id) throw new DomainError('invalid', '没有可汇总的统计数据');
	const sums = new CellSums(id);
	for (const p of parts) sums.add(p);
	return sums.result();
}
