// S1–S3: against last year's report and against the reports a city aggregates; and how fast the
// pure checks are for one unit as it types and for 300 units added up.

import { describe, expect, it } from 'vitest';
import { checkStatistics } from '../../../src/lib/annual-report/checks/index';
import { getFormat, TABLE3_COLUMNS } from '../../../src/lib/annual-report/format';
import type { Statistics } from '../../../src/lib/annual-report/types';
import { aggregateStatistics } from '../../../src/lib/annual-report/values';
import { readFixture, requireAssertions, valueOf, withCells } from './helpers';
import { hebei2016, langfang2014 } from './seed-figures';

requireAssertions();

const pingtan2021 = () => readFixture('pingtan-2021.txt').report.statistics;
const pingtan2024 = () => readFixture('pingtan-2024.txt').report.statistics;

/** Last year's statistics whose 四、结转下年度 are this year's 二、上年结转, and whose 现行有效 fit S3. */
function previousOf(stats: Statistics): Statistics {
	const prev = structuredClone(stats);
	for (const c of TABLE3_COLUMNS) prev.cells[`t3.carriedOut.${c.key}`] = valueOf(stats, `t3.carriedIn.${c.key}`);
	for (const row of ['rules', 'normative']) {
		const k = (col: string) => `t2.${row}.${col}`;
		// Pingtan 2021: 665 in force = last year's 599 + 69 issued − 3 repealed.
		prev.cells[k('inForce')] =
			valueOf(stats, k('inForce')) - valueOf(stats, k('issued')) + valueOf(stats, k('repealed'));
	}
	return prev;
}

describe('S1 and S3 against last year', () => {
	it('pass when the carry-over and the documents in force follow on', () => {
		const stats = pingtan2021();
		const prev = previousOf(stats);
		expect(prev.cells['t2.normative.inForce']).toBe(665 - 69 + 3);
		expect(checkStatistics(stats, { previous: prev })).toEqual([]);
	});

	it('S1 names each 上年结转 cell that differs from last year’s 结转下年度', () => {
		const stats = pingtan2021();
		const prev = previousOf(stats);
		for (const c of TABLE3_COLUMNS) {
			const key = `t3.carriedIn.${c.key}`;
			// Changing 上年结转 alone also breaks H1 and H3; S1 is the warning that names last year.
			const s1 = checkStatistics(withCells(stats, { [key]: 5 }), { previous: prev }).filter((r) => r.id === 'S1');
			expect(
				s1.map((r) => r.where.cells),
				key
			).toEqual([[key]]);
			expect(s1[0].level).toBe('warning');
			expect(s1[0].message).toContain(`${c.label} 本年 5、上年 0`);
		}
	});

	it('S3 names 现行有效件数 and the counts it is computed from', () => {
		const stats = pingtan2021();
		const prev = previousOf(stats);
		for (const col of ['inForce', 'issued', 'repealed']) {
			const key = `t2.normative.${col}`;
			const s3 = checkStatistics(withCells(stats, { [key]: valueOf(stats, key) + 1 }), { previous: prev }).filter(
				(r) => r.id === 'S3'
			);
			expect(s3, key).toHaveLength(1);
			expect(s3[0].where.cells).toContain(key);
		}
		const msg = checkStatistics(withCells(stats, { 't2.normative.inForce': 660 }), { previous: prev })[0].message;
		expect(msg).toBe(
			`表二 行政规范性文件现行有效件数为 660，而上年现行有效 599 + 本年制发 69 − 本年废止 3 = ${599 + 69 - 3}；如有失效、修改或清理，请在正文中说明`
		);
	});

	it('S3 is not computed across formats (the trial format has no 现行有效件数)', () => {
		expect(checkStatistics(pingtan2021(), { previous: hebei2016('2019') }).filter((r) => r.id === 'S3')).toEqual([]);
	});
});

/** 300 units: the four real statistics we hold, repeated. */
function units(): Statistics[] {
	const four = [pingtan2021(), pingtan2024(), hebei2016('2021'), langfang2014('2021')];
	return Array.from({ length: 300 }, (_, i) => structuredClone(four[i % 4]));
}

describe('S2: a city report is the sum of its units', () => {
	it('passes for the cell-by-cell sum, with money summed exactly', () => {
		const parts = units();
		const city = aggregateStatistics(parts);
		// 75 of each: 75 × (70 + 218 + 5230 + 69) applications received.
		expect(city.cells['t3.received.total']).toBe(75 * (70 + 218 + 5230 + 69));
		// 75 × (24252.311082 + 18651.06) 万元, done in integer millionths: 75 × 42903371082 = 3217752831150.
		expect(city.cells['t2.fees.amount']).toBe(3217752831150 / 1e6);
		expect(checkStatistics(city, { parts }).filter((r) => r.id === 'S2')).toEqual([]);
	});

	it('names each cell that differs, with the report’s value and the sum', () => {
		const parts = units();
		const city = aggregateStatistics(parts);
		for (const key of ['t3.granted.natural', 't4.afterReview.total', 't2.licensing.decisions']) {
			const changed = withCells(city, { [key]: valueOf(city, key) + 1 });
			const s2 = checkStatistics(changed, { parts }).filter((r) => r.id === 'S2');
			expect(s2.map((r) => r.where.cells)).toEqual([[key]]);
			expect(s2[0].message).toContain(`本报告为 ${valueOf(city, key) + 1}，300 份下级报告相加为 ${valueOf(city, key)}`);
		}
	});

	it('is fast enough for every keystroke and for the city’s 300 units', () => {
		const parts = units();
		const one = parts[2];
		let t = performance.now();
		for (let i = 0; i < 1000; i++) checkStatistics(one, { complete: false });
		const perKeystroke = (performance.now() - t) / 1000;
		t = performance.now();
		const city = aggregateStatistics(parts);
		checkStatistics(city, { parts });
		const aggregate = performance.now() - t;
		// Measured at about 0.05 ms and 10 ms; the bounds leave room for a slow CI machine.
		expect(perKeystroke).toBeLessThan(5);
		expect(aggregate).toBeLessThan(1000);
		expect(getFormat('2021').cells.length * parts.length).toBe(60_000);
	});
});
