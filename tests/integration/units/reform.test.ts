// 机构改革 between years: a merge and a split after the 2020 year was closed. Last year's records keep
// the units as they were — its work, its issued annual bulletin (units, lists), its scores and its
// annual reports all under the old names; the open work of the new year moves to the successors on confirmation; the
// registry records each unit's validity period and its successors.
import { describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { assignment, plan, unit, unitSuccession, user } from '../../../src/lib/server/db/schema';
import * as reform from '../../../src/lib/server/units/reform';
import * as importer from '../../../src/lib/server/plans/import';
import { getAssignmentView } from '../../../src/lib/server/assignments/view';
import { domainError } from '../../helpers/errors';
import { makeUser, unitIdByShortName } from '../../helpers/db';
import { draftFrom, referenceText } from '../../helpers/plans';
import { closeYear } from '../../helpers/years';
import { assignmentWorld, ON, sendOn } from '../../helpers/assignments';
import { computeCityTotals } from '../../../src/lib/server/annual-report/city';
import { enterAndAccept } from '../../helpers/reports';
import { planScoreSteps } from '../../../src/lib/server/assessment/score-plan';
import { runAtOnce } from '../../../src/lib/server/assessment/steps';
import { getBulletin } from '../../../src/lib/server/bulletins/read';
import type { DB } from '../../../src/lib/server/db/client';
import { validStatistics } from '../../helpers/report-statistics';

async function twoYears() {
	const w = await assignmentWorld();
	const p2020 = w.db.select({ id: plan.id }).from(plan).get()!.id;
	const bulletin2020 = await closeYear(w.db, w.admin, p2020, {
		bulletinOn: ON('2021-01-18'),
		closeOn: ON('2021-01-20')
	});
	const text = referenceText().replaceAll('2020年政务公开工作要点', '2021年政务公开工作要点');
	const d = draftFrom(w.db, w.admin, text);
	importer.confirmImport(
		w.db,
		w.admin,
		d.draftId,
		{ ...d.decisions, meta: { ...d.decisions.meta, year: 2021 } },
		ON('2021-03-01')
	);
	const p2021 = w.db.select({ id: plan.id }).from(plan).where(eq(plan.year, 2021)).get()!.id;
	const of = (planId: number, unitId: number) =>
		w.db
			.select()
			.from(assignment)
			.where(eq(assignment.planId, planId))
			.all()
			.filter((a) => a.unitId === unitId);
	return { ...w, p2020, p2021, bulletin2020, of };
}

/**
 * What 2020 says of these units: the issued annual bulletin's frozen rows (ranking, red and yellow
 * lists), the 2020 scores computed again from the closed year's records, and the 2020 annual reports.
 */
function lastYear(db: DB, bulletinId: number, planId: number, unitIds: number[]) {
	const c = db.$client;
	const ids = unitIds.join(',');
	const scores = runAtOnce(planScoreSteps(db, planId, '2020-12-31')).result.units;
	return {
		bulletinUnits: c
			.prepare(
				`select unit_id, unit_name, total, rank, band from bulletin_unit where bulletin_id = ? and unit_id in (${ids}) order by unit_id`
			)
			.all(bulletinId) as { unit_id: number; unit_name: string }[],
		bulletinItems: c
			.prepare(
				`select unit_id, unit_name, kind, label from bulletin_item where bulletin_id = ? and unit_id in (${ids}) order by id`
			)
			.all(bulletinId) as { unit_id: number; unit_name: string }[],
		scores: scores
			.filter((u) => unitIds.includes(u.unitId))
			.map((u) => ({ unitId: u.unitId, name: u.name, total: u.total, band: u.band }))
			.sort((a, b) => a.unitId - b.unitId),
		reports: c
			.prepare(`select id, unit_id, status, statistics from annual_report where year = 2020 and unit_id in (${ids})`)
			.all()
	};
}

/** Every row of `rows` names its unit as `names` says (unit id → the name it had in 2020). */
function namedAsThen(
	rows: { unit_id?: number; unitId?: number; unit_name?: string; name?: string }[],
	names: Map<number, string>
) {
	return rows.every((r) => (r.unit_name ?? r.name) === names.get((r.unit_id ?? r.unitId)!));
}

describe('机构改革', () => {
	it('merges two units: history keeps them, open work moves to the merged unit', async () => {
		const w = await twoYears();
		const sci = unitIdByShortName(w.db, '市科技局');
		const cult = unitIdByShortName(w.db, '市文广旅局');
		const staff = await makeUser(w.db, 'keji', 'unit', '市科技局');
		// 市科技局's 2020 annual-report figures, accepted before the reform.
		enterAndAccept(w.db, staff, w.admin, 2020, validStatistics('2019', 7));
		const sciWork2021 = w.of(w.p2021, sci);
		sendOn(w.db, staff, sciWork2021[0].id, '2021-03-05', 30);
		const before2020 = w.db.$client
			.prepare('select id, unit_id, status from assignment where plan_id = ? order by id')
			.all(w.p2020);
		const input: reform.ReformInput = {
			kind: 'merge',
			fromUnitIds: [sci, cult],
			to: [{ name: '石家庄市科技文旅局', shortName: '市科技文旅局', kind: 'department' }],
			effectiveOn: '2021-04-01',
			note: '市委编办〔2021〕12号'
		};
		const then = lastYear(w.db, w.bulletin2020, w.p2020, [sci, cult]);
		const preview = reform.previewReform(w.db, w.admin, input);
		expect(preview.from).toEqual(['市科技局', '市文广旅局']);
		expect(preview.endsOn).toBe('2021-03-31');
		// Both had assignments on the same 2021 tasks: the second one stays with its old unit only if it has work.
		expect(preview.moves.length).toBe(w.of(w.p2021, sci).length + w.of(w.p2021, cult).length);
		expect(domainError(() => reform.confirmReform(w.db, w.leader, input)).code).toBe('forbidden');
		const [merged] = reform.confirmReform(w.db, w.admin, input, ON('2021-04-01'));

		// Last year: untouched — the same rows, the same units, the old names.
		expect(
			w.db.$client.prepare('select id, unit_id, status from assignment where plan_id = ? order by id').all(w.p2020)
		).toEqual(before2020);
		const old = w.db
			.select()
			.from(unit)
			.where(inArray(unit.id, [sci, cult]))
			.all();
		expect(old.map((u) => [u.shortName, u.active, u.validTo])).toEqual([
			['市科技局', false, '2021-03-31'],
			['市文广旅局', false, '2021-03-31']
		]);
		expect(getAssignmentView(w.db, w.admin, w.of(w.p2020, sci)[0].id).unit.shortName).toBe('市科技局');
		// Its issued annual bulletin, its scores and its annual reports: as they were, under the old names.
		const names = new Map([
			[sci, '市科技局'],
			[cult, '市文广旅局']
		]);
		const now = lastYear(w.db, w.bulletin2020, w.p2020, [sci, cult]);
		expect(now).toEqual(then);
		expect(now.bulletinUnits.map((u) => u.unit_id)).toEqual([sci, cult]);
		expect(now.scores.map((u) => u.unitId)).toEqual([sci, cult]);
		expect(now.bulletinItems.length, 'the 2020 lists name both units').toBeGreaterThan(0);
		expect(namedAsThen(now.bulletinUnits, names)).toBe(true);
		expect(namedAsThen(now.bulletinItems, names)).toBe(true);
		expect(namedAsThen(now.scores, names)).toBe(true);
		expect(now.reports).toHaveLength(1);
		const shown = getBulletin(w.db, w.admin, w.bulletin2020)!;
		expect(shown.units.filter((u) => names.has(u.unitId)).map((u) => u.unitName)).toEqual(
			now.bulletinUnits.map((u) => u.unit_name)
		);
		expect(shown.units.some((u) => u.unitId === merged)).toBe(false);
		// The city's 2020 report still adds up 市科技局 under its name; the new unit owes no 2020 report.
		const city2020 = await computeCityTotals(w.db, 2020);
		expect(city2020.parts.map((p) => [p.unitId, p.name])).toEqual([[sci, '市科技局']]);
		expect(city2020.pending.map((p) => p.unitId)).not.toContain(merged);
		// This year: the open work is the merged unit's now, reports and all.
		const moved = w.db.select().from(assignment).where(eq(assignment.id, sciWork2021[0].id)).get()!;
		expect(moved.unitId).toBe(merged);
		expect(getAssignmentView(w.db, w.admin, moved.id).reports).toHaveLength(1);
		expect(w.of(w.p2021, sci)).toEqual([]);
		expect(w.db.select().from(unit).where(eq(unit.id, merged)).get()).toMatchObject({
			validFrom: '2021-04-01',
			active: true
		});
		expect(
			w.db
				.select()
				.from(unitSuccession)
				.all()
				.map((s) => [s.fromUnitId, s.toUnitId, s.kind])
		).toEqual([
			[sci, merged, 'merge'],
			[cult, merged, 'merge']
		]);
		expect(w.db.select().from(user).where(eq(user.id, staff.id)).get()!.unitId).toBe(merged);
		expect(reform.currentSuccessors(w.db, sci)).toEqual([merged]);
	});

	it('splits a unit: each successor gets the open work, the closed year keeps the original', async () => {
		const w = await twoYears();
		const nr = unitIdByShortName(w.db, '市自然资源和规划局');
		const open2021 = w.of(w.p2021, nr);
		expect(open2021.length).toBeGreaterThan(0);
		const then = lastYear(w.db, w.bulletin2020, w.p2020, [nr]);
		const [land, planning] = reform.confirmReform(
			w.db,
			w.admin,
			{
				kind: 'split',
				fromUnitIds: [nr],
				to: [
					{ name: '石家庄市自然资源局', shortName: '市自然资源局', kind: 'department' },
					{ name: '石家庄市规划局', shortName: '市规划局', kind: 'department' }
				],
				effectiveOn: '2021-05-01',
				note: ''
			},
			ON('2021-05-01')
		);
		expect(
			w
				.of(w.p2021, land)
				.map((a) => a.taskId)
				.sort()
		).toEqual(open2021.map((a) => a.taskId).sort());
		expect(
			w
				.of(w.p2021, planning)
				.map((a) => a.taskId)
				.sort()
		).toEqual(open2021.map((a) => a.taskId).sort());
		expect(w.of(w.p2021, planning).every((a) => a.status === 'not_started' && a.lastLight !== null)).toBe(true);
		expect(w.of(w.p2020, nr).length).toBeGreaterThan(0);
		expect(reform.currentSuccessors(w.db, nr).sort()).toEqual([land, planning].sort());
		// 2020's bulletin and scores still name the unit as it was, and name neither successor.
		const now = lastYear(w.db, w.bulletin2020, w.p2020, [nr, land, planning]);
		expect(now).toEqual(then);
		const names = new Map([[nr, '市自然资源和规划局']]);
		expect(now.bulletinUnits.map((u) => u.unit_id)).toEqual([nr]);
		expect(now.scores.map((u) => u.unitId)).toEqual([nr]);
		expect(now.bulletinItems.length, 'the 2020 lists name the unit').toBeGreaterThan(0);
		expect(namedAsThen(now.bulletinUnits, names)).toBe(true);
		expect(namedAsThen(now.bulletinItems, names)).toBe(true);
		expect(namedAsThen(now.scores, names)).toBe(true);
	});

	it('refuses a plain rename of a unit that appears in a closed year, pointing to the reform', async () => {
		const w = await twoYears();
		const units = await import('../../../src/lib/server/units/registry');
		const id = unitIdByShortName(w.db, '市科技局');
		const e = domainError(() =>
			units.updateUnit(w.db, w.admin, id, {
				name: '石家庄市科学技术局（改）',
				shortName: '市科技局',
				kind: 'department',
				sortOrder: 1,
				aliases: []
			})
		);
		expect(e.message).toContain('机构改革');
	});
});
