// 历年对比 on a real plan: the demo 2020 plan worked on and closed, a 2021 plan imported beside it;
// every figure expected here is counted from the database in the test, the report figures read from
// the statistics the units entered, and a merge shows the predecessors' years under their old names.
import { describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { DB } from '../../../src/lib/server/db/client';
import { assignment, plan, task } from '../../../src/lib/server/db/schema';
import * as history from '../../../src/lib/server/years/history';
import * as reform from '../../../src/lib/server/units/reform';
import * as reviews from '../../../src/lib/server/reviews';
import { domainErrorOf } from '../../helpers/errors';
import { unitIdByShortName } from '../../helpers/db';
import { closeYear, importPlanOfYear } from '../../helpers/years';
import { assignmentWorld, ON, sendOn, submitOn, versionOf } from '../../helpers/assignments';
import { enterAndAccept } from '../../helpers/reports';
import { validStatistics } from '../../helpers/report-statistics';

/** What the boards count for a year, straight from the assignment rows. */
function expected(db: DB, year: number, unitIds?: number[]) {
	const planIds = db
		.select({ id: plan.id })
		.from(plan)
		.where(eq(plan.year, year))
		.all()
		.map((p) => p.id);
	const rows = db
		.select()
		.from(assignment)
		.where(and(inArray(assignment.planId, planIds), unitIds ? inArray(assignment.unitId, unitIds) : undefined))
		.all();
	const allTasks = db.select({ id: task.id }).from(task).where(inArray(task.planId, planIds)).all();
	const total = rows.length;
	const accepted = rows.filter((a) => a.status === 'accepted').length;
	return {
		tasks: unitIds ? new Set(rows.map((a) => `${a.planId}:${a.taskId}`)).size : allTasks.length,
		total,
		accepted,
		red: rows.filter((a) => a.lastLight === 'red').length,
		completion: total ? accepted / total : 0
	};
}

const pick = (r: { tasks: number; total: number; accepted: number; red: number; completion: number }) => ({
	tasks: r.tasks,
	total: r.total,
	accepted: r.accepted,
	red: r.red,
	completion: r.completion
});

/** 2020: an assignment of 市司法局 accepted, the annual bulletin issued and the year closed; 2021: the plan imported again, one accepted. */
async function twoYears() {
	const w = await assignmentWorld();
	const p2020 = w.db.select({ id: plan.id }).from(plan).get()!.id;
	const accept = (id: number, day: string) => {
		submitOn(w.db, w.staffA, id, day);
		reviews.accept(w.db, w.admin, id, { grade: 'good', comment: '', version: versionOf(w.db, id) }, ON(day, 15));
	};
	accept(w.assignmentOf('市司法局', '加强政务信息规范管理'), '2020-11-02');
	sendOn(w.db, w.staffB, w.assignmentOf('正定县政府', '加强政务信息规范管理'), '2020-11-03', 40);
	await closeYear(w.db, w.admin, p2020, { bulletinOn: ON('2021-01-18'), closeOn: ON('2021-01-20') });
	const p2021 = importPlanOfYear(w.db, w.admin, 2021, ON('2021-03-01'));
	const first2021 = w.db
		.select({ id: assignment.id })
		.from(assignment)
		.where(and(eq(assignment.planId, p2021), eq(assignment.unitId, w.staffA.unitId!)))
		.orderBy(assignment.id)
		.get()!.id;
	accept(first2021, '2021-03-10');
	return { ...w, p2020, p2021 };
}

describe('历年对比', () => {
	it('shows the city year by year with the boards’ figures, the closed year marked', async () => {
		const w = await twoYears();
		const o = await history.yearsOverview(w.db, w.admin, { unitId: null });
		expect(o.subject.unitId).toBeNull();
		expect(o.years.map((y) => y.year)).toEqual([2020, 2021]);
		for (const y of o.years) expect(pick(y)).toEqual(expected(w.db, y.year));
		expect(o.years.map((y) => y.closed)).toEqual([true, false]);
		expect(o.years[0].plans).toEqual([{ id: w.p2020, title: expect.any(String), closedAt: ON('2021-01-20') }]);
		// The 2020 city has one accepted assignment out of all of them, 2021 likewise.
		expect(o.years.map((y) => y.accepted)).toEqual([1, 1]);
		// 2020 closed after its annual bulletin, which the city's row names; 2021 has none yet (未印发).
		const annual = w.db.$client
			.prepare("select title from bulletin where plan_id = ? and kind = 'annual' and status = 'issued'")
			.get(w.p2020) as { title: string };
		expect(o.years.map((y) => y.assessment)).toEqual([
			{ score: null, grade: null, rank: null, bulletinTitle: annual.title },
			null
		]);
		expect(o.years.every((y) => y.parts.length === 0 && y.report === null)).toBe(true);
	});

	it('adds up the plans of a year that has two', async () => {
		const w = await twoYears();
		importPlanOfYear(w.db, w.admin, 2021, ON('2021-04-01'), '2021年政务公开工作要点（补充）');
		const o = await history.yearsOverview(w.db, w.leader, { unitId: null });
		const y2021 = o.years.find((y) => y.year === 2021)!;
		expect(y2021.plans).toHaveLength(2);
		const one = expected(w.db, 2020);
		// The same text twice: twice the tasks and assignments of one plan, one of them accepted.
		expect(pick(y2021)).toEqual({ ...expected(w.db, 2021), tasks: one.tasks * 2, total: one.total * 2 });
		expect(y2021.closed).toBe(false);
	});

	it('shows a unit its own years and report figures; the city adds up the accepted units', async () => {
		const w = await twoYears();
		const a = w.staffA.unitId!;
		const statsA = validStatistics('2019', 7);
		const statsB = validStatistics('2019', 8);
		enterAndAccept(w.db, w.staffA, w.admin, 2020, statsA);
		enterAndAccept(w.db, w.staffB, w.admin, 2020, statsB);
		const o = await history.yearsOverview(w.db, w.staffA, { unitId: a });
		expect(o.years.map((y) => y.year)).toEqual([2020, 2021]);
		for (const y of o.years) expect(pick(y)).toEqual(expected(w.db, y.year, [a]));
		expect(o.years[0].parts.map((p) => [p.name, p.predecessor])).toEqual([['市司法局', false]]);
		const c = statsA.cells;
		expect(o.years[0].report).toEqual({
			received: c['t3.received.total'],
			normativeIssued: c['t2.normative.made'],
			normativeInForce: c['t2.normative.total'],
			reviews: c['t4.review.total'],
			lawsuits: c['t4.direct.total']! + c['t4.afterReview.total']!,
			source: 'accepted'
		});
		expect(o.years[1].report).toBeNull();

		const city = await history.yearsOverview(w.db, w.admin, { unitId: null });
		const both = (k: string) => statsA.cells[k]! + statsB.cells[k]!;
		expect(city.years[0].report).toMatchObject({
			received: both('t3.received.total'),
			reviews: both('t4.review.total'),
			source: 'accepted_sum'
		});
	});

	it('lets unit staff see only their own unit; the office and leaders any unit and the city', async () => {
		const w = await twoYears();
		const b = w.staffB.unitId!;
		expect((await domainErrorOf(() => history.yearsOverview(w.db, w.staffA, { unitId: b }))).code).toBe('not_found');
		expect((await domainErrorOf(() => history.yearsOverview(w.db, w.staffA, { unitId: null }))).code).toBe('forbidden');
		for (const viewer of [w.admin, w.leader]) {
			const o = await history.yearsOverview(w.db, viewer, { unitId: b });
			expect(o.years.map((y) => pick(y))).toEqual([expected(w.db, 2020, [b]), expected(w.db, 2021, [b])]);
		}
		expect(history.canPickUnit(w.staffA)).toBe(false);
		expect(history.canPickUnit(w.leader)).toBe(true);
	});

	it('follows a merge: the merged unit’s history holds its predecessors’ years under their old names', async () => {
		const w = await twoYears();
		const sifa = w.staffA.unitId!;
		const sci = unitIdByShortName(w.db, '市科技局');
		const [merged] = reform.confirmReform(
			w.db,
			w.admin,
			{
				kind: 'merge',
				fromUnitIds: [sifa, sci],
				to: [{ name: '石家庄市司法科技局', shortName: '市司法科技局', kind: 'department' }],
				effectiveOn: '2021-04-01',
				note: ''
			},
			ON('2021-04-01')
		);
		// Staff of 市司法局 now work for the merged unit, and see its whole history.
		const staff = { ...w.staffA, unitId: merged };
		const o = await history.yearsOverview(w.db, staff, { unitId: merged });
		// The unit, then its predecessors in registry order (市科技局 comes before 市司法局).
		expect(o.lineage.map((u) => [u.name, u.via?.kind ?? null])).toEqual([
			['市司法科技局', null],
			['市科技局', 'merge'],
			['市司法局', 'merge']
		]);
		const [y2020, y2021] = o.years;
		// 2020 is closed: nothing moved, the year is the predecessors' under their old names.
		expect(y2020.parts.map((p) => [p.name, p.predecessor])).toEqual([
			['市科技局', true],
			['市司法局', true]
		]);
		expect(pick(y2020.parts[1])).toEqual(expected(w.db, 2020, [sifa]));
		expect(pick(y2020)).toEqual(expected(w.db, 2020, [sifa, sci]));
		// 2021: the open work moved to the merged unit; 市司法局 keeps the assignment accepted before the merge.
		expect(y2021.parts.map((p) => p.name)).toEqual(['市司法科技局', '市司法局']);
		expect(y2021.parts[1]).toMatchObject({ total: 1, accepted: 1 });
		expect(pick(y2021)).toEqual(expected(w.db, 2021, [merged, sifa, sci]));
		// The old unit's own page points to where its work went.
		const old = await history.yearsOverview(w.db, w.admin, { unitId: sci });
		expect(old.successors).toEqual([{ unitId: merged, name: '石家庄市司法科技局' }]);
		expect(old.years.map((y) => y.year)).toEqual([2020]);
	});
});
