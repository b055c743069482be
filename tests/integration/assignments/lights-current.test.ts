// Acceptance (progress model, 3): one light computation, always current. After a milestone edit, a
// warning-days edit and an added unit — each at a moment the sweep did not follow — every stored light
// equals the live computation, and the board's red count per unit equals that unit's 我的任务.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assignment, milestone, plan, task } from '../../../src/lib/server/db/schema';
import * as edit from '../../../src/lib/server/plans/edit';
import * as milestones from '../../../src/lib/server/plans/milestones';
import { lightsOf, sweepLights } from '../../../src/lib/server/assignments/light-state';
import { selectAssignments } from '../../../src/lib/server/assignments/base';
import { listUnitAssignments } from '../../../src/lib/server/assignments/list';
import { clearBoardCache, getBoard } from '../../../src/lib/server/boards/board';
import { shanghaiDate } from '../../../src/lib/server/shared/time';
import type { DB } from '../../../src/lib/server/db/client';
import { unitIdByShortName } from '../../helpers/db';
import { assignmentWorld, ON } from '../../helpers/assignments';

/** Stored and live light of every assignment, as of `today`; returns how many were compared. */
function expectStoredEqualsLive(db: DB, today: string): number {
	const rows = selectAssignments(db).all();
	const live = lightsOf(db, rows, today);
	const wrong = rows.filter((r) => r.lastLight !== live.get(r.id)!.light.light);
	expect(
		wrong.map((r) => `${r.unitName} ${r.taskCode}: stored ${r.lastLight}, live ${live.get(r.id)!.light.light}`)
	).toEqual([]);
	return rows.length;
}

function expectBoardMatchesWorklists(db: DB, planId: number, today: string): void {
	clearBoardCache(db);
	const board = getBoard(db, { role: 'leader', unitId: null }, { planId }, today, { useCache: false })!;
	const office = { role: 'admin' as const, unitId: null };
	for (const r of board.units) {
		const mine = listUnitAssignments(db, office, r.unitId, planId, today);
		expect([r.name, r.red], r.name).toEqual([r.name, mine.filter((m) => m.light.light === 'red').length]);
	}
	expect(board.totals.lights.red).toBe(board.units.reduce((n, r) => n + r.red, 0));
}

describe('stored lights', () => {
	it('equal the live ones after milestone, warning-day and unit changes, on every page', async () => {
		const w = await assignmentWorld();
		const planId = w.db.select({ id: plan.id }).from(plan).get()!.id;
		const day = '2020-09-20';
		await sweepLights(w.db, ON(day));
		expect(expectStoredEqualsLive(w.db, day)).toBeGreaterThan(100);

		// 一(三): move its first milestone into the warning window of the 25th.
		const t = w.db.select().from(task).where(eq(task.title, '加强政务公开目录清单管理')).get()!;
		const ms = w.db.select().from(milestone).where(eq(milestone.taskId, t.id)).all();
		const at = ON('2020-09-25');
		milestones.updateMilestones(
			w.db,
			w.admin,
			t.id,
			ms.map((m, i) => ({ id: m.id, dueOn: i === 0 ? '2020-09-24' : m.dueOn, what: m.what })),
			at
		);
		expectStoredEqualsLive(w.db, shanghaiDate(at));
		const moved = w.db.$client
			.prepare("select count(*) n from assignment where task_id = ? and last_light = 'red'")
			.get(t.id) as { n: number };
		expect(moved.n).toBeGreaterThan(0);

		// Warning days from 15 to 60: many turn yellow at once.
		const at2 = ON('2020-10-01');
		edit.setWarnDays(w.db, w.admin, planId, 60, at2);
		expectStoredEqualsLive(w.db, shanghaiDate(at2));
		expectBoardMatchesWorklists(w.db, planId, shanghaiDate(at2));

		// Units added to a task get their light with the assignment.
		const t2 = w.db.select().from(task).where(eq(task.title, '加强组织领导')).get()!;
		const at3 = ON('2020-10-02');
		edit.addAssignments(
			w.db,
			w.admin,
			t2.id,
			[unitIdByShortName(w.db, '市司法局'), unitIdByShortName(w.db, '正定县政府')],
			'responsible',
			at3
		);
		const added = w.db.select({ l: assignment.lastLight }).from(assignment).where(eq(assignment.taskId, t2.id)).all();
		expect(added.map((a) => a.l)).not.toContain(null);
		expectStoredEqualsLive(w.db, shanghaiDate(at3));
		expectBoardMatchesWorklists(w.db, planId, shanghaiDate(at3));
	});
});
