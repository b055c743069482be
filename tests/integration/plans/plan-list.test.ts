// The plan list's counts (read from the roll-up the triggers keep) equal the assignments counted
// directly: all units' for the office, the unit's own for its staff, after work has been accepted.
import { describe, expect, it } from 'vitest';
import { listPlans } from '../../../src/lib/server/plans/queries';
import * as reviews from '../../../src/lib/server/reviews';
import { assignmentWorld, submitOn, versionOf } from '../../helpers/assignments';

describe('the plan list', () => {
	it('counts assignments and accepted ones as the assignments table holds them', async () => {
		const w = await assignmentWorld();
		const done = w.assignmentOf('市司法局', '加强政务信息规范管理');
		submitOn(w.db, w.staffA, done, '2020-11-02');
		reviews.accept(w.db, w.admin, done, { grade: 'good', comment: '', version: versionOf(w.db, done) });
		const c = w.db.$client;
		const direct = (unitId: number | null) =>
			c
				.prepare(
					`select p.id, (select count(*) from task t where t.plan_id = p.id) tasks,
					(select count(*) from assignment a where a.plan_id = p.id and (@u is null or a.unit_id = @u)) assignments,
					(select count(*) from assignment a where a.plan_id = p.id and (@u is null or a.unit_id = @u) and a.status = 'accepted') accepted
					from plan p where p.kind = 'work' order by p.year desc, p.id`
				)
				.all({ u: unitId });
		const pick = (rows: ReturnType<typeof listPlans>) =>
			rows.map((r) => ({ id: r.id, tasks: r.tasks, assignments: r.assignments, accepted: r.accepted }));
		const office = pick(listPlans(w.db, w.admin));
		expect(office).toEqual(direct(null));
		expect(office[0].accepted).toBeGreaterThan(0);
		const own = pick(listPlans(w.db, w.staffA));
		expect(own).toEqual(direct(w.staffA.unitId!));
		expect(own[0].assignments).toBeLessThan(office[0].assignments);
		expect(own[0].accepted).toBe(1);
	});
});
