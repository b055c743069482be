// Classes with different maxima, shared ranks, ranks within each class, 等次 bands and quotas.
import { describe, expect, it } from 'vitest';
import type { FactUnit, Rubric } from '../../../src/lib/server/scoring';
import { BANDS, entry, factsOf, score } from './helpers';

// Departments are scored out of 95, counties out of 100; 优秀 at most 30% of a class.
const rubric = (compareBy: 'percent' | 'points' = 'percent'): Rubric => ({
	format: 'yaodian-rubric',
	version: 1,
	name: '分类考核',
	classes: [
		{ id: 'dept', name: '市政府部门', table: 'd', kinds: ['department'] },
		{ id: 'county', name: '县(市、区)', table: 'c', kinds: ['county'] }
	],
	tables: [
		{ id: 'd', name: '部门评分表', indicators: [{ id: 'w', name: '工作落实', max: 95, rules: [{ kind: 'percent' }] }] },
		{ id: 'c', name: '县区评分表', indicators: [{ id: 'w', name: '工作落实', max: 100, rules: [{ kind: 'percent' }] }] }
	],
	outcome: { compareBy, bands: BANDS.map((b) => (b.name === '优秀' ? { ...b, quota: 0.3 } : b)) }
});

// Percent of the maximum each unit reaches: units 1–6 departments, 7–12 counties.
const percents = [100, 96, 92, 88, 70, 70, 99, 95, 91, 84, 65, 50];
const units: FactUnit[] = percents.map((_, i) => ({
	id: i + 1,
	name: `单位${i + 1}`,
	kind: i < 6 ? 'department' : 'county'
}));
const facts = factsOf(
	[],
	percents.map((p, i) => entry(i + 1, i + 1, 'percent', 'w', p)),
	{ units }
);
const by = (r: ReturnType<typeof score>) => new Map(r.units.map((u) => [u.unitId, u]));

describe('ranks', () => {
	const result = by(score(rubric(), facts));

	it('compares classes by percent of their own maximum, sharing ranks on ties (9, 9, 11)', () => {
		// Department 1: 95 × 100% = 95 points = 100%; county 7: 99 points = 99%.
		expect([result.get(1)!.total, result.get(1)!.percent, result.get(7)!.total]).toEqual([95, 100, 99]);
		// By percent: 100, 99, 96, 95, 92, 91, 88, 84, 70, 70, 65, 50.
		const ranks = [1, 7, 2, 8, 3, 9, 4, 10, 5, 6, 11, 12].map((id) => result.get(id)!.rank);
		expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 11, 12]);
	});

	it('ranks within each class', () => {
		expect([1, 2, 3, 4, 5, 6].map((id) => result.get(id)!.classRank)).toEqual([1, 2, 3, 4, 5, 5]);
		expect([7, 8, 9, 10, 11, 12].map((id) => result.get(id)!.classRank)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('can compare by points instead', () => {
		// Points: county 7 99; department 1 95 and county 8 95 share rank 2.
		const points = by(score(rubric('points'), facts));
		expect([7, 1, 8].map((id) => points.get(id)!.rank)).toEqual([1, 2, 2]);
	});

	it('lists units in rank order', () => {
		const r = score(rubric(), facts);
		expect(r.units.map((u) => u.rank)).toEqual([...r.units.map((u) => u.rank)].sort((a, b) => a - b));
		expect(r.classes).toEqual([
			{ id: 'dept', name: '市政府部门', table: 'd', max: 95, units: 6 },
			{ id: 'county', name: '县(市、区)', table: 'c', max: 100, units: 6 }
		]);
	});
});

describe('等次 bands and quotas', () => {
	const result = by(score(rubric(), facts));

	it('bands by percent and keeps 优秀 to 30% of each class (floor of 6 × 0.3 = 1)', () => {
		const band = (id: number) => [result.get(id)!.band, result.get(id)!.bandBeforeQuota];
		// Departments: 100 优秀; 96 and 92 earned 优秀 but only one place: 良好; 88 良好; 70, 70 合格.
		expect([1, 2, 3, 4, 5, 6].map(band)).toEqual([
			['优秀', undefined],
			['良好', '优秀'],
			['良好', '优秀'],
			['良好', undefined],
			['合格', undefined],
			['合格', undefined]
		]);
		// Counties: 99 优秀; 95, 91 → 良好; 84 良好; 65 合格; 50 不合格.
		expect([7, 8, 9, 10, 11, 12].map((id) => result.get(id)!.band)).toEqual([
			'优秀',
			'良好',
			'良好',
			'良好',
			'合格',
			'不合格'
		]);
	});

	it('moves every unit tied at the quota boundary down, preferring none', () => {
		// Three counties at 95, 95, 80 with 优秀 ≤ 34%: floor(3 × 0.34) = 1 place, but two tie for it.
		const three = factsOf(
			[],
			[95, 95, 80].map((p, i) => entry(i + 1, i + 1, 'percent', 'w', p)),
			{
				units: [1, 2, 3].map((id) => ({ id, name: `县${id}`, kind: 'county' as const }))
			}
		);
		const r = rubric();
		r.outcome.bands[0].quota = 0.34;
		expect(score(r, three).units.map((u) => [u.total, u.band])).toEqual([
			[95, '良好'],
			[95, '良好'],
			[80, '良好']
		]);
	});

	it('leaves out units no class takes', () => {
		const withOffice = factsOf([], [entry(1, 1, 'percent', 'w', 90)], {
			units: [
				{ id: 1, name: '市司法局', kind: 'department' },
				{ id: 2, name: '市政府办公室', kind: 'office' }
			]
		});
		expect(score(rubric(), withOffice).excluded).toEqual([
			{ unitId: 2, name: '市政府办公室', reason: '不属于任何考核类别' }
		]);
	});

	it("follows the facts' class override over the unit's kind", () => {
		const moved = factsOf([], [entry(1, 1, 'percent', 'w', 90)], {
			units: [{ id: 1, name: '高新区管委会', kind: 'department', class: 'county' }]
		});
		expect(score(rubric(), moved).units[0]).toMatchObject({ classId: 'county', total: 90, max: 100 });
	});
});
