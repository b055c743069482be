// Acceptance (progress model, 2): records are kept, not overwritten — every submission, the review
// that decided each, every extension request with its decision, every deadline change; milestones
// keep their ids when edited.
import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import {
	assignment,
	assignmentDeadline,
	deadlineChange,
	extensionRequest,
	milestone,
	review,
	submission,
	task
} from '../../../src/lib/server/db/schema';
import * as reviews from '../../../src/lib/server/reviews';
import * as deadlines from '../../../src/lib/server/deadlines';
import * as edit from '../../../src/lib/server/plans/edit';
import { getAssignmentView } from '../../../src/lib/server/assignments/view';
import { sweepLights } from '../../../src/lib/server/assignments/light-state';
import { domainError } from '../../helpers/errors';
import { assignmentWorld, ON, sendOn, submitOn, versionOf } from '../../helpers/assignments';

const storedLight = (w: { db: Awaited<ReturnType<typeof assignmentWorld>>['db'] }, id: number) =>
	w.db.select({ l: assignment.lastLight }).from(assignment).where(eq(assignment.id, id)).get()!.l;

describe('submission history', () => {
	it('keeps every submission with its server time and deadline; each review names the one it decided', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理'); // 一(四): due 2020-12-31
		sendOn(w.db, w.staffA, id, '2020-12-20', 90);
		const first = submitOn(w.db, w.staffA, id, '2020-12-28');
		reviews.returnSubmission(w.db, w.admin, id, { reason: '补充截图', version: versionOf(w.db, id) }, ON('2020-12-30'));
		const second = submitOn(w.db, w.staffA, id, '2021-01-05');
		reviews.accept(w.db, w.admin, id, { grade: 'good', comment: '', version: versionOf(w.db, id) }, ON('2021-01-08'));

		const subs = w.db
			.select()
			.from(submission)
			.where(eq(submission.assignmentId, id))
			.orderBy(asc(submission.id))
			.all();
		expect(subs.map((s) => [s.id, s.submittedAt, s.dueOn])).toEqual([
			[first, ON('2020-12-28', 11), '2020-12-31'],
			[second, ON('2021-01-05', 11), '2020-12-31']
		]);
		const rs = w.db.select().from(review).where(eq(review.assignmentId, id)).orderBy(asc(review.id)).all();
		expect(rs.map((r) => [r.decision, r.submissionId])).toEqual([
			['return', first],
			['accept', second]
		]);
		// accepted_at is the accepted submission's time, not the review's.
		const a = w.db.select().from(assignment).where(eq(assignment.id, id)).get()!;
		expect(a.acceptedAt).toBe(ON('2021-01-05', 11));
		expect(a.submittedAt).toBe(ON('2021-01-05', 11));
		// The page shows both, the late one counted in days against the deadline then in force.
		const view = getAssignmentView(w.db, w.admin, id, '2021-01-10');
		expect(view.submissions.map((s) => [s.lateDays, s.review?.decision])).toEqual([
			[5, 'accept'],
			[0, 'return']
		]);
	});
});

describe('deadlines per unit', () => {
	it('records an extension request, its approval and a refusal, each dated, and moves the light', async () => {
		const w = await assignmentWorld();
		// 一(三) has milestones on 2020-09-30 and 2020-12-31; 正定县政府 (unit B) works on it.
		const id = w.assignmentOf('正定县政府', '加强政务公开目录清单管理');
		const before = getAssignmentView(w.db, w.staffB, id, '2020-10-05');
		const first = before.deadlines[0];
		expect(before.light).toMatchObject({ light: 'red', nextDue: first.dueOn });
		await sweepLights(w.db, ON('2020-10-05'));
		expect(storedLight(w, id)).toBe('red');

		const req = deadlines.requestExtension(
			w.db,
			w.staffB,
			id,
			{ milestoneId: first.milestoneId, requestedDue: '2020-10-31', reason: '等待上级统一部署' },
			ON('2020-10-05')
		);
		// Asking changes no date and no light.
		expect(storedLight(w, id)).toBe('red');
		expect(getAssignmentView(w.db, w.staffB, id, '2020-10-05').light.light).toBe('red');
		expect(
			domainError(() =>
				deadlines.requestExtension(w.db, w.staffB, id, {
					milestoneId: first.milestoneId,
					requestedDue: '2020-11-30',
					reason: '再次'
				})
			).code
		).toBe('conflict');
		expect(domainError(() => deadlines.decideExtension(w.db, w.leader, req, { approve: true, note: '' })).code).toBe(
			'forbidden'
		);
		deadlines.decideExtension(
			w.db,
			w.admin,
			req,
			{ approve: true, decidedDue: '2020-10-20', note: '同意延至20日' },
			ON('2020-10-06')
		);

		const r = w.db.select().from(extensionRequest).where(eq(extensionRequest.id, req)).get()!;
		expect(r).toMatchObject({
			status: 'approved',
			currentDue: first.dueOn,
			requestedDue: '2020-10-31',
			decidedDue: '2020-10-20',
			decidedBy: w.admin.id,
			decidedAt: ON('2020-10-06')
		});
		const changes = w.db.select().from(deadlineChange).where(eq(deadlineChange.assignmentId, id)).all();
		expect(changes.map((c) => [c.kind, c.fromDue, c.toDue, c.extensionRequestId, c.actorId, c.createdAt])).toEqual([
			['extension', first.dueOn, '2020-10-20', req, w.admin.id, ON('2020-10-06')]
		]);
		// The unit's own date now applies; the task's stays as it was for everyone else.
		const after = getAssignmentView(w.db, w.staffB, id, '2020-10-06');
		expect(after.deadlines[0]).toMatchObject({ dueOn: '2020-10-20', taskDueOn: first.dueOn });
		expect(after.light.nextDue).toBe('2020-10-20');
		expect(storedLight(w, id)).toBe(after.light.light);
		expect(storedLight(w, id)).toBe('yellow');
		const other = w.assignmentOf('长安区政府', '加强政务公开目录清单管理');
		expect(getAssignmentView(w.db, w.admin, other, '2020-10-06').deadlines[0].dueOn).toBe(first.dueOn);

		// A second request is refused by the office, with a reason; nothing moves.
		const again = deadlines.requestExtension(
			w.db,
			w.staffB,
			id,
			{ milestoneId: first.milestoneId, requestedDue: '2020-11-30', reason: '仍需时间' },
			ON('2020-10-15')
		);
		expect(
			domainError(() => deadlines.decideExtension(w.db, w.admin, again, { approve: false, note: ' ' })).fields.note
		).toBeDefined();
		deadlines.decideExtension(w.db, w.admin, again, { approve: false, note: '不再延期' }, ON('2020-10-16'));
		expect(w.db.select().from(extensionRequest).where(eq(extensionRequest.id, again)).get()).toMatchObject({
			status: 'refused',
			decisionNote: '不再延期',
			decidedAt: ON('2020-10-16')
		});
		expect(w.db.select().from(deadlineChange).where(eq(deadlineChange.assignmentId, id)).all()).toHaveLength(1);
		// Past the granted date the light turns red (the sweep would do so at midnight).
		expect(getAssignmentView(w.db, w.staffB, id, '2020-10-21').light).toMatchObject({
			light: 'red',
			nextDue: '2020-10-20'
		});
		const types = getAssignmentView(w.db, w.staffB, id, '2020-10-21').timeline.map((e) => e.type);
		expect(types.filter((t) => t.startsWith('extension') || t === 'deadline_changed').sort()).toEqual(
			['deadline_changed', 'extension_refused', 'extension_requested', 'extension_requested'].sort()
		);
	});

	it('lets the office set one unit’s date by hand, with a reason, and keeps the change', async () => {
		const w = await assignmentWorld();
		// 一(二) names no date: due on 31 December of the plan year.
		const id = w.assignmentOf('市司法局', '加强权力运行信息公开');
		expect(getAssignmentView(w.db, w.staffA, id).deadlines).toMatchObject([{ milestoneId: null, dueOn: '2020-12-31' }]);
		expect(
			domainError(() =>
				deadlines.setUnitDeadline(w.db, w.admin, id, { milestoneId: null, dueOn: '2021-01-31', reason: '' })
			).fields.reason
		).toBeDefined();
		expect(
			domainError(() =>
				deadlines.setUnitDeadline(w.db, w.staffA, id, { milestoneId: null, dueOn: '2021-01-31', reason: '自己改' })
			).code
		).toBe('forbidden');
		deadlines.setUnitDeadline(
			w.db,
			w.admin,
			id,
			{ milestoneId: null, dueOn: '2021-01-31', reason: '机构调整' },
			ON('2020-12-01')
		);
		expect(w.db.select().from(assignmentDeadline).where(eq(assignmentDeadline.assignmentId, id)).all()).toMatchObject([
			{ milestoneId: null, dueOn: '2021-01-31' }
		]);
		expect(getAssignmentView(w.db, w.staffA, id, '2021-01-05').light).toMatchObject({
			light: 'yellow',
			nextDue: '2021-01-31'
		});
		// A submission records the deadline then in force.
		sendOn(w.db, w.staffA, id, '2021-01-10', 100);
		const s = submitOn(w.db, w.staffA, id, '2021-01-20');
		expect(w.db.select().from(submission).where(eq(submission.id, s)).get()!.dueOn).toBe('2021-01-31');
	});
});

describe('milestone edits', () => {
	it('update rows in place: ids survive, with the units’ own dates and the history that refer to them', async () => {
		const w = await assignmentWorld();
		const t = w.db.select().from(task).where(eq(task.title, '加强政务公开目录清单管理')).get()!;
		const ms = w.db.select().from(milestone).where(eq(milestone.taskId, t.id)).orderBy(asc(milestone.dueOn)).all();
		const id = w.assignmentOf('正定县政府', '加强政务公开目录清单管理');
		deadlines.setUnitDeadline(
			w.db,
			w.admin,
			id,
			{ milestoneId: ms[0].id, dueOn: '2020-10-15', reason: '单独安排' },
			ON('2020-09-01')
		);
		edit.updateMilestones(
			w.db,
			w.admin,
			t.id,
			[
				{ id: ms[0].id, dueOn: '2020-10-10', what: ms[0].what },
				...ms.slice(1).map((m) => ({ id: m.id, dueOn: m.dueOn, what: m.what })),
				{ id: null, dueOn: '2020-11-15', what: '中期检查' }
			],
			ON('2020-09-02')
		);
		const now = w.db.select().from(milestone).where(eq(milestone.taskId, t.id)).orderBy(asc(milestone.dueOn)).all();
		expect(now.find((m) => m.id === ms[0].id)?.dueOn).toBe('2020-10-10');
		expect(now.map((m) => m.id)).toEqual(expect.arrayContaining(ms.map((m) => m.id)));
		expect(now).toHaveLength(ms.length + 1);
		// The unit's own date still refers to the same milestone.
		expect(w.db.select().from(assignmentDeadline).where(eq(assignmentDeadline.assignmentId, id)).get()).toMatchObject({
			milestoneId: ms[0].id,
			dueOn: '2020-10-15'
		});
		const taskChanges = w.db
			.select()
			.from(deadlineChange)
			.where(eq(deadlineChange.taskId, t.id))
			.all()
			.filter((c) => c.kind === 'milestone');
		expect(taskChanges.map((c) => [c.milestoneId === ms[0].id, c.fromDue, c.toDue])).toEqual(
			expect.arrayContaining([
				[true, ms[0].dueOn, '2020-10-10'],
				[false, null, '2020-11-15']
			])
		);
		// Every unit of the task sees the change on its timeline.
		const other = w.assignmentOf('长安区政府', '加强政务公开目录清单管理');
		expect(
			getAssignmentView(w.db, w.admin, other).timeline.some((e) => e.message.includes(`${ms[0].dueOn} → 2020-10-10`))
		).toBe(true);
		// A stale form naming a milestone that no longer exists is refused.
		edit.updateMilestones(w.db, w.admin, t.id, [{ id: null, dueOn: '2020-12-31', what: '全部完成' }], ON('2020-09-03'));
		expect(
			domainError(() => edit.updateMilestones(w.db, w.admin, t.id, [{ id: ms[0].id, dueOn: '2020-10-01', what: 'x' }]))
				.code
		).toBe('conflict');
	});
});
