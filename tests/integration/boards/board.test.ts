import { describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../../src/lib/server/db/client';
import { getBoard } from '../../../src/lib/server/boards/board';
import { getMatrix } from '../../../src/lib/server/boards/matrix';
import * as reviews from '../../../src/lib/server/reviews';
import { sweepLights } from '../../../src/lib/server/assignments/light-state';
import * as edit from '../../../src/lib/server/plans/edit';
import { seedProvince, scaled, type ProvinceSize } from '../../helpers/province';
import { assignmentWorld, sendOn, submitOn, versionOf } from '../../helpers/assignments';
import { unitIdByShortName } from '../../helpers/db';

const SMALL: ProvinceSize = {
	units: 30,
	plans: 3,
	tasksPerPlan: 20,
	unitsPerTask: 10,
	reportsPerAssignment: 2,
	evidencePerAssignment: 1
};

function countingDb() {
	const counter = { n: 0 };
	const db = openDatabase(':memory:', { onQuery: () => counter.n++ });
	return { db, counter };
}

/** Statements one call runs. */
function statements(counter: { n: number }, run: () => unknown): number {
	counter.n = 0;
	run();
	return counter.n;
}

/** The roll-ups recomputed from the assignments themselves. */
function rollupFromScratch(db: DB) {
	return db.$client
		.prepare(
			`select a.plan_id, t.section_id, a.unit_id, count(*) total, sum(a.status = 'accepted') accepted, sum(a.status = 'submitted') submitted,
			        sum(a.status = 'returned') returned, sum(a.status = 'in_progress') in_progress, sum(a.status = 'not_started') not_started,
			        sum(a.last_light is 'red') red, sum(a.last_light is 'yellow') yellow, sum(a.last_light is 'green') green
			 from assignment a join task t on t.id = a.task_id group by 1, 2, 3 order by 1, 2, 3`
		)
		.all();
}
function rollupStored(db: DB) {
	return db.$client
		.prepare(
			`select plan_id, section_id, unit_id, total, accepted, submitted, returned, in_progress, not_started, red, yellow, green
			 from assignment_rollup where total > 0 order by 1, 2, 3`
		)
		.all();
}

describe('board cost does not grow with the data', () => {
	it('runs the same small number of statements for N and 2N units and tasks', () => {
		const counts = [1, 2].map((k) => {
			const { db, counter } = countingDb();
			const { planIds, unitIds } = seedProvince(db, scaled(SMALL, k));
			const planId = planIds[planIds.length - 1];
			const leader = { role: 'leader' as const, unitId: null };
			const staff = { role: 'unit' as const, unitId: unitIds[5], unitName: '单位0006' };
			return {
				board: statements(counter, () => getBoard(db, leader, { planId }, '2025-06-01', { useCache: false })),
				filtered: statements(counter, () =>
					getBoard(db, leader, { planId, kind: 'county', sectionId: 2 }, '2025-06-01', { useCache: false })
				),
				unit: statements(counter, () => getBoard(db, staff, { planId }, '2025-06-01', { useCache: false })),
				matrix: statements(counter, () => getMatrix(db, leader, { planId })),
				matrixByUnit: statements(counter, () =>
					getMatrix(db, leader, { planId, orient: 'units', page: 2, pageSize: 10 })
				),
				cached: (() => {
					getBoard(db, leader, { planId }, '2025-06-01');
					return statements(counter, () => getBoard(db, leader, { planId }, '2025-06-01'));
				})()
			};
		});
		expect(counts[1]).toEqual(counts[0]);
		expect(counts[0].board).toBeLessThanOrEqual(10);
		expect(counts[0].matrix).toBeLessThanOrEqual(5);
		// A cached board costs one statement: reading the plan's data version.
		expect(counts[0].cached).toBe(1);
	});
});

describe('roll-ups', () => {
	it('stay equal to the assignments through reports, reviews, lights, added and removed units', async () => {
		const w = await assignmentWorld();
		expect(rollupStored(w.db)).toEqual(rollupFromScratch(w.db));
		const a = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const b = w.assignmentOf('正定县政府', '加强政务信息规范管理');
		sendOn(w.db, w.staffA, a, '2020-09-01');
		submitOn(w.db, w.staffA, a, '2020-09-01');
		reviews.accept(w.db, w.admin, a, { grade: 'good', comment: '', version: versionOf(w.db, a) });
		sendOn(w.db, w.staffB, b, '2020-09-01');
		submitOn(w.db, w.staffB, b, '2020-09-01');
		reviews.returnSubmission(w.db, w.admin, b, { reason: '补充', version: versionOf(w.db, b) });
		await sweepLights(w.db, Date.parse('2021-02-01T10:00:00+08:00'));
		const taskId = w.db.$client.prepare("select id from task where title = '加强组织领导'").get() as { id: number };
		edit.addAssignments(
			w.db,
			w.admin,
			taskId.id,
			[unitIdByShortName(w.db, '市财政局'), unitIdByShortName(w.db, '长安区政府')],
			'responsible'
		);
		const added = w.db.$client
			.prepare('select id from assignment where task_id = ? order by id limit 1')
			.get(taskId.id) as { id: number };
		edit.removeAssignment(w.db, w.admin, taskId.id, added.id);
		expect(rollupStored(w.db)).toEqual(rollupFromScratch(w.db));
	});

	it('are exact for the generated province', () => {
		const db = openDatabase(':memory:');
		seedProvince(db, SMALL);
		expect(rollupStored(db)).toEqual(rollupFromScratch(db));
	});
});

describe('board numbers', () => {
	it('match the assignments, per section, kind and unit, and follow changes at once', async () => {
		const w = await assignmentWorld();
		await sweepLights(w.db, Date.parse('2020-10-01T10:00:00+08:00'));
		const planId = (w.db.$client.prepare('select id from plan').get() as { id: number }).id;
		const leader = { role: 'leader' as const, unitId: null };
		const board = getBoard(w.db, leader, { planId }, '2020-10-01')!;
		const q = (sql: string) => w.db.$client.prepare(sql).get() as Record<string, number>;
		expect(board.totals.total).toBe(q('select count(*) n from assignment').n);
		expect(board.totals.lights.red).toBe(q("select count(*) n from assignment where last_light = 'red'").n);
		expect(board.bySection.reduce((n, s) => n + s.total, 0)).toBe(board.totals.total);
		const county = board.byKind.find((k) => k.kind === 'county')!;
		expect(county.total).toBe(
			q("select count(*) n from assignment a join unit u on u.id = a.unit_id where u.kind = 'county'").n
		);
		expect(board.units.reduce((n, r) => n + r.total, 0)).toBe(board.totals.total);
		// A change shows on the next board (the cache is keyed on the plan's data version).
		const a = w.assignmentOf('市司法局', '加强政务信息规范管理');
		sendOn(w.db, w.staffA, a, '2020-09-01');
		submitOn(w.db, w.staffA, a, '2020-09-01');
		reviews.accept(w.db, w.admin, a, { grade: 'excellent', comment: '', version: versionOf(w.db, a) });
		const after = getBoard(w.db, leader, { planId }, '2020-10-01')!;
		expect(after.totals.accepted).toBe(board.totals.accepted + 1);
		const sifa = after.units.find((r) => r.name === '市司法局')!;
		expect(sifa.accepted).toBe(1);
		expect(after.trend.reduce((n, w) => n + w.accepted, 0)).toBe(1);
	});

	it('shows unit staff their own unit only', async () => {
		const w = await assignmentWorld();
		const planId = (w.db.$client.prepare('select id from plan').get() as { id: number }).id;
		const board = getBoard(
			w.db,
			{ role: 'unit', unitId: w.staffB.unitId, unitName: '正定县政府' },
			{ planId },
			'2020-10-01'
		)!;
		expect(board.scopeUnit?.name).toBe('正定县政府');
		expect(board.units.map((r) => r.name)).toEqual(['正定县政府']);
		const own = (
			w.db.$client.prepare('select count(*) n from assignment where unit_id = ?').get(w.staffB.unitId) as { n: number }
		).n;
		expect(board.totals.total).toBe(own);
		const matrix = getMatrix(w.db, { role: 'unit', unitId: w.staffB.unitId }, { planId })!;
		expect(matrix.columns.map((c) => c.label)).toEqual(['正定县政府']);
	});
});
