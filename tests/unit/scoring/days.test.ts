// Dates and timestamps read without Date objects must agree with Date for every form the facts allow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOf, dayOf, instantOf, monthIndexOf, shanghaiDayOf } from '../../../src/lib/server/scoring/days';
import { fmt } from '../../../src/lib/server/scoring/problems';

describe('days', () => {
	it('reads dates as Date.UTC does, and refuses impossible ones', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
				const iso = d.toISOString().slice(0, 10);
				expect(dayOf(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
				expect(dateOf(dayOf(iso))).toBe(iso);
				expect(monthIndexOf(dayOf(iso))).toBe(d.getUTCFullYear() * 12 + d.getUTCMonth());
			})
		);
		for (const bad of ['2020-02-30', '2019-02-29', '2020-13-01', '2020-1-01', '20200101', '2020-04-31'])
			expect(dayOf(bad)).toBeNaN();
		expect(dayOf('2020-02-29')).toBe(Date.parse('2020-02-29T00:00:00Z') / 86_400_000);
	});

	it('reads ISO 8601 timestamps with an offset as Date.parse does', () => {
		for (const ts of [
			'2020-09-30T17:20:00+08:00',
			'2020-09-30T17:20+08:00',
			'2020-09-30T09:20:00Z',
			'2020-09-30T09:20:00.123Z',
			'2020-12-31T23:59:59.9999-05:30'
		])
			expect(instantOf(ts)).toBe(Date.parse(ts));
		for (const bad of [
			'2020-09-30T17:20:00',
			'2020-09-30 17:20:00+08:00',
			'2020-09-30T25:00:00Z',
			'2020-09-30T17:20:00+0800',
			'2020-09-30T17:20:00.Z'
		])
			expect(instantOf(bad)).toBeNaN();
	});

	it('gives the Shanghai calendar day of an instant', () => {
		// 2020-09-30T16:30:00Z is 2020-10-01 00:30 in Shanghai.
		expect(dateOf(shanghaiDayOf(instantOf('2020-09-30T16:30:00Z')))).toBe('2020-10-01');
		expect(dateOf(shanghaiDayOf(instantOf('2020-09-30T23:59:59+08:00')))).toBe('2020-09-30');
	});
});

describe('fmt', () => {
	it('writes numbers to 0.01 as String(Math.round(n × 100) / 100) would', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
				const r = Math.round(n * 100) / 100;
				expect(fmt(n)).toBe(Object.is(r, -0) ? '0' : String(r));
			})
		);
		expect([2.2, -2.25, 0.05, 100, 0.1 + 0.2, -0.004].map(fmt)).toEqual(['2.2', '-2.25', '0.05', '100', '0.3', '0']);
	});
});
