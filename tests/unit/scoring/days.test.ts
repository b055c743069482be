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

	it('reads every day 1900–2200 back to itself, inside and outside the month table', () => {
		let wrong = 0;
		for (let day = dayOf('1900-01-01'); day <= dayOf('2200-12-31'); day++)
			if (dayOf(new Date(day * 86_400_000).toISOString().slice(0, 10)) !== day) wrong++;
		expect(dayOf('1900-01-01')).toBe(Date.UTC(1900, 0, 1) / 86_400_000);
		expect(wrong).toBe(0);
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

	it('reads the usual full shape (seconds and ±HH:MM) as Date.parse does, and refuses it broken anywhere', () => {
		// A stride through 1990–2100 lands on every month, leap days and every hour, minute and offset kind.
		for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2100, 0, 1); t += 7_919_993_000) {
			for (const offset of ['+08:00', '-05:30', '+00:00', '+14:00']) {
				const sign = offset[0] === '+' ? 1 : -1;
				const shift = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4))) * 60_000;
				const ts = new Date(t + shift).toISOString().slice(0, 19) + offset;
				expect(instantOf(ts)).toBe(Date.parse(ts));
				expect(instantOf(ts)).toBe(t);
			}
		}
		const good = '2020-02-29T17:20:05+08:00';
		for (let i = 0; i < good.length; i++)
			for (const c of ['x', '/', ':', '-', '9'])
				if (c !== good[i]) {
					const bad = good.slice(0, i) + c + good.slice(i + 1);
					// Date.parse rolls 2090-02-29 over to 1 March; a date that does not exist is refused here.
					const parsed = Number.isNaN(dayOf(bad.slice(0, 10))) ? NaN : Date.parse(bad);
					// Whatever the fast path refuses, the answer is still Date.parse's for a well-formed stamp.
					if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(bad)) expect(instantOf(bad)).toBe(parsed);
					else expect(instantOf(bad)).toBeNaN();
				}
		for (const bad of ['2021-02-29T17:20:05+08:00', '2020-04-31T00:00:00+08:00', '2020-13-01T00:00:00+08:00'])
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
