// Cell values: typed or printed text, exact money sums, aggregation.

import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/lib/server/shared/errors';
import {
	aggregateStatistics,
	CellSums,
	emptyStatistics,
	formatValue,
	invalidValue,
	parseCellValue,
	sumValues
} from '../../../src/lib/annual-report/values';
import { requireAssertions } from './helpers';
import { EXTRA_CELLS } from '../../../src/lib/annual-report/extra';
import { getFormat } from '../../../src/lib/annual-report/format';

requireAssertions();

describe('parseCellValue', () => {
	it('reads integers as offices type and print them', () => {
		expect(parseCellValue('12', 'count')).toEqual({ ok: true, value: 12 });
		expect(parseCellValue(' 1,234 ', 'count')).toEqual({ ok: true, value: 1234 });
		expect(parseCellValue('１２３', 'count')).toEqual({ ok: true, value: 123 });
		expect(parseCellValue('3.00', 'count')).toEqual({ ok: true, value: 3 });
		expect(parseCellValue('0', 'count')).toEqual({ ok: true, value: 0 });
	});

	it('keeps blank apart from 0', () => {
		expect(parseCellValue('', 'count')).toEqual({ ok: true, value: null });
		expect(parseCellValue('\u00a0 ', 'money')).toEqual({ ok: true, value: null });
	});

	it('refuses text, fractions and negatives in counts with a Chinese message', () => {
		for (const [raw, why] of [
			['—', /不是数字/],
			['/', /不是数字/],
			['无', /不是数字/],
			['2.5', /整数/],
			['-3', /负数/]
		] as const) {
			const r = parseCellValue(raw, 'count');
			expect(r.ok, raw).toBe(false);
			if (!r.ok) expect(r.message).toMatch(why);
		}
	});

	it('allows a signed 本年增/减 and money up to six decimals (Pingtan 2021 prints 24252.311082)', () => {
		expect(parseCellValue('-3', 'delta')).toEqual({ ok: true, value: -3 });
		expect(parseCellValue('−2', 'delta')).toEqual({ ok: true, value: -2 });
		expect(parseCellValue('24252.311082', 'money')).toEqual({ ok: true, value: 24252.311082 });
		expect(parseCellValue('18651.06', 'money')).toEqual({ ok: true, value: 18651.06 });
		expect(parseCellValue('1.1234567', 'money').ok).toBe(false);
		expect(parseCellValue('-1', 'money').ok).toBe(false);
	});

	it('says what is wrong with a stored value', () => {
		expect(invalidValue(2.5, 'count')).toMatch(/整数/);
		expect(invalidValue(-1, 'count')).toMatch(/负数/);
		expect(invalidValue(-1, 'delta')).toBeNull();
		expect(invalidValue(0.1234567, 'money')).toMatch(/6 位小数/);
		expect(invalidValue(24252.311082, 'money')).toBeNull();
		expect(invalidValue(Number.NaN, 'count')).toMatch(/有效/);
	});
});

describe('sums', () => {
	it('adds money exactly, in millionths of 万元', () => {
		// 0.1 added 300 times is 30.000000000000156 in floating point.
		expect(sumValues(Array(300).fill(0.1), 'money')).toBe(30);
		// 24252311082 + 18651060000 millionths = 42903371082 millionths.
		expect(sumValues([24252.311082, 18651.06, null], 'money')).toBe(42903.371082);
		expect(formatValue(42903.371082)).toBe('42903.371082');
		expect(formatValue(null)).toBe('空白');
	});

	it('aggregates cell by cell; a cell is blank only when blank in every part', () => {
		const a = emptyStatistics('2021');
		const b = emptyStatistics('2021');
		a.cells['t3.received.total'] = 70;
		b.cells['t3.received.total'] = 218;
		b.cells['t2.fees.amount'] = 18651.06;
		a.cells['t2.fees.amount'] = 24252.311082;
		const sum = aggregateStatistics([a, b]);
		expect(sum.cells['t3.received.total']).toBe(70 + 218);
		expect(sum.cells['t2.fees.amount']).toBe(42903.371082);
		expect(sum.cells['t4.review.total']).toBeNull();
	});

	it('refuses to add statistics of different formats', () => {
		expect(() => aggregateStatistics([emptyStatistics('2021'), emptyStatistics('2019')])).toThrow(DomainError);
		expect(() => aggregateStatistics([])).toThrow(/没有可汇总/);
	});

	it('adds statistics as they come (CellSums): stored objects missing keys, and the extra figures too', () => {
		const sums = new CellSums('2021', EXTRA_CELLS);
		// As a unit's row stores them: only what was saved, a missing key blank.
		sums.add({ format: '2021', cells: { 't3.received.total': 5, 'x.infoFee': 0.1 } });
		sums.add({ format: '2021', cells: { 't3.received.total': 7, 'x.infoFee': 0.2, 't4.review.total': null } });
		const total = sums.result();
		expect(sums.count).toBe(2);
		expect(total.cells['t3.received.total']).toBe(5 + 7);
		expect(total.cells['x.infoFee']).toBe(0.3); // not 0.30000000000000004
		expect(total.cells['t4.review.total']).toBeNull();
		expect(Object.keys(total.cells)).toHaveLength(getFormat('2021').cells.length + EXTRA_CELLS.length);
		expect(() => sums.add(emptyStatistics('2019'))).toThrow(/格式不一致/);
	});
});
