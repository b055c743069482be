// The city's report: the accepted units' figures and the body's own, added up cell by cell, with a
// drill-down from any cell to the units that make it up.
import { describe, expect, it } from 'vitest';
import { drillDown, loadCityTotals } from '../../../src/lib/server/annual-report/city';
import { saveStatistics } from '../../../src/lib/server/annual-report/statistics/entry';
import { getFormat } from '../../../src/lib/annual-report/format';
import { checkStatistics } from '../../../src/lib/annual-report/checks/index';
import { makeUser } from '../../helpers/db';
import { enter, enterAndAccept, reportWorld } from '../../helpers/reports';
import { asTyped, validStatistics } from '../../helpers/report-statistics';

const YEAR = 2021;

describe('the city’s aggregated statistics', () => {
	it('equal, cell by cell, the sum of the accepted units’ figures and its own; the rest stay out', async () => {
		const w = await reportWorld();
		const staffC = await makeUser(w.db, 'tax', 'unit', '市税务局');
		const a = validStatistics('2021', 11);
		const b = validStatistics('2021', 12);
		const c = validStatistics('2021', 13);
		const own = validStatistics('2021', 14);
		enterAndAccept(w.db, w.staffA, w.admin, YEAR, a);
		enterAndAccept(w.db, w.staffB, w.admin, YEAR, b);
		enter(w.db, staffC, YEAR, c); // saved, never submitted: not the city's
		saveStatistics(w.db, w.admin, { year: YEAR, unitId: null }, { cells: asTyped(own), version: 0 });

		const city = await loadCityTotals(w.db, w.admin, YEAR);
		expect(city.parts.map((p) => p.name)).toEqual(['市司法局', '正定县政府', '石家庄市人民政府（本级）']);
		const keys = [...getFormat('2021').cells.map((d) => d.key), 'x.infoFee'];
		for (const key of keys) {
			const expected = (a.cells[key] ?? 0) + (b.cells[key] ?? 0) + (own.cells[key] ?? 0);
			expect(city.total.cells[key], key).toBeCloseTo(expected, 6);
		}
		// Sums of consistent reports are consistent: no identity fails on the total.
		expect(checkStatistics(city.total).filter((r) => r.level === 'error')).toEqual([]);
		expect(city.pending.find((p) => p.name === '市税务局')?.status).toBe('draft');
		expect(city.pending.some((p) => p.name === '市司法局')).toBe(false);
	});

	it('drills down from a cell to each unit’s figure, the parts adding up to the cell', async () => {
		const w = await reportWorld();
		const a = validStatistics('2021', 21);
		const b = validStatistics('2021', 22);
		enterAndAccept(w.db, w.staffA, w.admin, YEAR, a);
		enterAndAccept(w.db, w.staffB, w.admin, YEAR, b);
		const city = await loadCityTotals(w.db, w.admin, YEAR);
		const d = drillDown(city, 't3.received.total')!;
		expect(d.label).toBe('表三 一、本年新收政府信息公开申请数量 · 总计');
		const ra = a.cells['t3.received.total']!;
		const rb = b.cells['t3.received.total']!;
		expect(d.total).toBe(ra + rb);
		expect(d.rows.map((r) => r.value).reduce((x, y) => x + y, 0)).toBe(ra + rb);
		expect(d.rows.map((r) => r.name).sort()).toEqual(['市司法局', '正定县政府']);
		expect(d.rows[0].value).toBe(Math.max(ra, rb));
		expect(drillDown(city, 'x.infoFee')?.label).toContain('信息处理费');
		expect(drillDown(city, 't9.nothing')).toBeNull();
	});

	it('adds money exactly: 0.1 万元 and 0.2 万元 make 0.3 万元, not 0.30000000000000004', async () => {
		const w = await reportWorld();
		const a = validStatistics('2021', 31);
		const b = validStatistics('2021', 32);
		a.cells['t2.fees.amount'] = 0.1;
		b.cells['t2.fees.amount'] = 0.2;
		enterAndAccept(w.db, w.staffA, w.admin, YEAR, a);
		enterAndAccept(w.db, w.staffB, w.admin, YEAR, b);
		const city = await loadCityTotals(w.db, w.admin, YEAR);
		expect(city.total.cells['t2.fees.amount']).toBe(0.3);
	});
});
