// Closing a year: refused while work waits for the office and until the plan's annual 考核 bulletin is
// issued; afterwards nothing of the plan changes, its 考核 included — every mutation is refused by the
// domain (with the reason) and by the database's triggers — and reopening needs a reason and is audited.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assignment, auditLog, bulletin, plan, planClosure } from '../../../src/lib/server/db/schema';
import * as years from '../../../src/lib/server/years/close';
import * as progress from '../../../src/lib/server/progress';
import * as reviews from '../../../src/lib/server/reviews';
import * as deadlines from '../../../src/lib/server/deadlines';
import * as reminders from '../../../src/lib/server/reminders';
import * as edit from '../../../src/lib/server/plans/edit';
import * as milestones from '../../../src/lib/server/plans/milestones';
import { sweepLights } from '../../../src/lib/server/assignments/light-state';
import { getAssignmentView } from '../../../src/lib/server/assignments/view';
import { addEntry, revokeEntry } from '../../../src/lib/server/assessment/entries';
import { useShippedRubric } from '../../../src/lib/server/assessment/rubrics';
import { setUnitClass } from '../../../src/lib/server/assessment/classes';
import { issueBulletin } from '../../../src/lib/server/bulletins/issue';
import { openRectification } from '../../../src/lib/server/rectifications/open';
import { answerObjection, fileObjection } from '../../../src/lib/server/assessment/objections';
import { domainError, domainErrorOf } from '../../helpers/errors';
import { unitIdByShortName } from '../../helpers/db';
import { assignmentWorld, ON, sendOn, submitOn, versionOf } from '../../helpers/assignments';
import { issueAnnualBulletin } from '../../helpers/years';
import { createUnit } from '../../../src/lib/server/units/registry';
import { mergeUnit } from '../../../src/lib/server/units/merge';

/** A 扣分 entry of the shipped default rubric (the plan has no rubric of its own). */
const deduction = (unitId: number, happenedOn: string) => ({
	unitId,
	kind: 'deduction',
	indicator: 'deduction',
	value: '2',
	channel: '',
	reason: '栏目内容更新不及时',
	happenedOn,
	url: ''
});

async function closedWorld() {
	const w = await assignmentWorld();
	const planId = w.db.select({ id: plan.id }).from(plan).get()!.id;
	const done = w.assignmentOf('市司法局', '加强政务信息规范管理');
	const open = w.assignmentOf('正定县政府', '加强政务信息规范管理');
	sendOn(w.db, w.staffA, done, '2020-11-01', 90);
	submitOn(w.db, w.staffA, done, '2020-11-02');
	sendOn(w.db, w.staffB, open, '2020-11-03', 40);
	const req = deadlines.requestExtension(
		w.db,
		w.staffB,
		open,
		{
			milestoneId: getAssignmentView(w.db, w.staffB, open).deadlines[0].milestoneId,
			requestedDue: '2021-01-31',
			reason: '等待部署'
		},
		ON('2020-11-04')
	);
	return { ...w, planId, done, open, req };
}

describe('closing a year', () => {
	it('is refused while submissions and extension requests wait, naming them', async () => {
		const w = await closedWorld();
		const e = domainError(() => years.closePlan(w.db, w.admin, w.planId, { reason: '' }));
		expect(e.message).toContain('还有 2 项待处理');
		expect(e.message).toContain('市司法局“一(四)加强政务信息规范管理”待审核');
		expect(e.message).toContain('正定县政府“一(四)加强政务信息规范管理”延期申请待审批');
		expect(domainError(() => years.closePlan(w.db, w.leader, w.planId, { reason: '' })).code).toBe('forbidden');
	});

	it('is refused until the plan’s annual 考核 bulletin is issued, and the refusal changes nothing', async () => {
		const w = await closedWorld();
		reviews.accept(w.db, w.admin, w.done, { grade: 'good', comment: '', version: versionOf(w.db, w.done) });
		deadlines.decideExtension(w.db, w.admin, w.req, { approve: false, note: '不延期' });
		// A quarterly bulletin is not the year's result.
		await issueBulletin(
			w.db,
			w.admin,
			w.planId,
			{
				kind: 'quarterly',
				docNumber: '石政公办〔2020〕20号',
				title: '第四季度通报',
				cutOff: '2020-12-31',
				publish: 'scores',
				comment: '',
				issuer: '石家庄市人民政府办公室'
			},
			{ now: ON('2021-01-05') }
		);
		const c = w.db.$client;
		const state = () => ({
			plans: c.prepare('select id, closed_at, closed_by, data_version from plan order by id').all(),
			lights: c.prepare('select id, last_light, updated_at from assignment order by id').all(),
			closures: c.prepare('select count(*) n from plan_closure').get(),
			audit: c.prepare("select count(*) n from audit_log where action = 'year.close'").get()
		});
		const before = state();
		const e = domainError(() => years.closePlan(w.db, w.admin, w.planId, { reason: '' }, ON('2021-01-20')));
		expect(e.code).toBe('conflict');
		expect(e.message).toContain('2020年度的年度考核通报尚未印发，不能关闭年度');
		expect(e.message).toContain('考核 → 通报');
		expect(state()).toEqual(before);
		// Once the annual bulletin is out, the year closes.
		const annual = await issueAnnualBulletin(w.db, w.admin, w.planId, ON('2021-01-10'));
		expect(w.db.select().from(bulletin).where(eq(bulletin.id, annual)).get()).toMatchObject({
			kind: 'annual',
			status: 'issued',
			planId: w.planId
		});
		years.closePlan(w.db, w.admin, w.planId, { reason: '' }, ON('2021-01-20'));
		expect(w.db.select().from(plan).where(eq(plan.id, w.planId)).get()!.closedAt).toBe(ON('2021-01-20'));
	});

	it('freezes everything: each mutation refused by the domain, and by a trigger underneath', async () => {
		const w = await closedWorld();
		reviews.accept(
			w.db,
			w.admin,
			w.done,
			{ grade: 'good', comment: '', version: versionOf(w.db, w.done) },
			ON('2020-12-20')
		);
		deadlines.decideExtension(w.db, w.admin, w.req, { approve: false, note: '年底前完成' }, ON('2020-12-20'));
		const entryId = addEntry(
			w.db,
			w.admin,
			w.planId,
			deduction(w.staffB.unitId!, '2020-12-15'),
			null,
			ON('2020-12-20')
		);
		// A 异议 waiting for an answer holds the year open, named like the other waiting work.
		const answered = addEntry(
			w.db,
			w.admin,
			w.planId,
			deduction(w.staffA.unitId!, '2020-12-16'),
			null,
			ON('2020-12-20')
		);
		const objectionId = fileObjection(w.db, w.staffA, answered, '已于当月整改', ON('2020-12-21'));
		await issueAnnualBulletin(w.db, w.admin, w.planId, ON('2021-01-10'));
		const held = domainError(() => years.closePlan(w.db, w.admin, w.planId, { reason: '' }, ON('2021-01-19')));
		expect(held.message).toContain('还有 1 项待处理');
		expect(held.message).toContain(`市司法局对评分录入 ${answered} 的异议待答复`);
		answerObjection(w.db, w.admin, objectionId, '维持扣分', ON('2021-01-19'));
		years.closePlan(w.db, w.admin, w.planId, { reason: '2020 年度考核通报已印发' }, ON('2021-01-20'));
		const p = w.db.select().from(plan).where(eq(plan.id, w.planId)).get()!;
		expect(p).toMatchObject({ closedAt: ON('2021-01-20'), closedBy: w.admin.id });
		const tid = getAssignmentView(w.db, w.admin, w.open).task.id;
		const closed = '年度已关闭';
		const attempts: [string, () => unknown][] = [
			['send a report', () => sendOn(w.db, w.staffB, w.open, '2021-01-21')],
			[
				'save a draft',
				() => progress.saveReportDraft(w.db, w.staffB, w.open, { content: 'x', percent: 50, reportedOn: '2021-01-21' })
			],
			['add evidence', () => progress.addLinkEvidence(w.db, w.staffB, w.open, 'https://x.example', 'x')],
			[
				'submit',
				() =>
					progress.submitAsDone(w.db, w.staffB, w.open, {
						summary: 'x',
						percent: 100,
						version: versionOf(w.db, w.open)
					})
			],
			[
				'ask for more time',
				() =>
					deadlines.requestExtension(w.db, w.staffB, w.open, {
						milestoneId: null,
						requestedDue: '2021-02-01',
						reason: 'x'
					})
			],
			[
				'set a deadline',
				() => deadlines.setUnitDeadline(w.db, w.admin, w.open, { milestoneId: null, dueOn: '2021-02-01', reason: 'x' })
			],
			['remind', () => reminders.sendReminder(w.db, w.admin, [w.open], '催')],
			[
				'add a unit',
				() => edit.addAssignments(w.db, w.admin, tid, [unitIdByShortName(w.db, '市财政局')], 'responsible')
			],
			['edit milestones', () => milestones.updateMilestones(w.db, w.admin, tid, [])],
			['change warning days', () => edit.setWarnDays(w.db, w.admin, w.planId, 20)],
			// The year's 考核 is over too.
			[
				'add an assessment entry',
				() => addEntry(w.db, w.admin, w.planId, deduction(w.staffA.unitId!, '2021-01-21'), null, ON('2021-01-21'))
			],
			['revoke an entry', () => revokeEntry(w.db, w.admin, entryId, '录入有误')],
			['object to an entry', () => fileObjection(w.db, w.staffB, entryId, '不同意')],
			['save a rubric', () => useShippedRubric(w.db, w.admin, w.planId, 'shijiazhuang-2020', 0)],
			['choose a class', () => setUnitClass(w.db, w.admin, w.planId, w.staffA.unitId!, 'all')],
			[
				'open a rectification',
				() =>
					openRectification(
						w.db,
						w.admin,
						{ source: 'entry', sourceId: entryId, requirement: '限期更新', dueOn: '2021-03-31' },
						ON('2021-01-21')
					)
			]
		];
		for (const [what, attempt] of attempts) {
			const e = domainError(attempt);
			expect(e.message, what).toContain(closed);
		}
		const bulletins = w.db.select().from(bulletin).all();
		const issuing = await domainErrorOf(() =>
			issueBulletin(
				w.db,
				w.admin,
				w.planId,
				{
					kind: 'annual',
					docNumber: '石政公办〔2021〕9号',
					title: '补发通报',
					cutOff: '2020-12-31',
					publish: 'scores',
					comment: '',
					issuer: '石家庄市人民政府办公室'
				},
				{ now: ON('2021-01-21') }
			)
		);
		expect(issuing.message, 'issue a bulletin').toContain(closed);
		expect(w.db.select().from(bulletin).all()).toEqual(bulletins);
		// Underneath the domain, the database refuses writes to every record of the year.
		const c = w.db.$client;
		const refused = (sql: string, ...args: unknown[]) =>
			expect(() => c.prepare(sql).run(...args), sql).toThrow(/closed year/);
		refused("update assignment set status = 'accepted' where id = ?", w.open);
		refused('delete from assignment where id = ?', w.open);
		refused(
			"insert into progress_report (assignment_id, reported_on, content, percent, sent_at, created_by) values (?, '2021-01-21', 'x', 1, 1, ?)",
			w.open,
			w.staffB.id
		);
		refused('update progress_report set content = ? where assignment_id = ?', 'x', w.open);
		refused('delete from evidence where assignment_id = ?', w.done);
		refused("update submission set summary = 'x' where assignment_id = ?", w.done);
		refused("update review set comment = 'x' where assignment_id = ?", w.done);
		refused("update extension_request set status = 'approved' where id = ?", w.req);
		refused("insert into assignment_event (assignment_id, type, message) values (?, 'reminder', 'x')", w.open);
		refused("update milestone set due_on = '2021-01-01' where task_id = ?", tid);
		refused("update task set title = 'x' where id = ?", tid);
		refused("update section set title = 'x' where plan_id = ?", w.planId);
		refused("update plan set title = 'x' where id = ?", w.planId);
		refused('delete from plan where id = ?', w.planId);
		refused("insert into deadline_change (task_id, kind) values (?, 'office')", tid);
		const office = w.admin.id;
		refused(
			"insert into score_entry (plan_id, unit_id, kind, indicator, amount, reason, happened_on, created_by) values (?, ?, 'deduction', 'deduction', 2, 'x', '2021-01-21', ?)",
			w.planId,
			w.staffA.unitId,
			office
		);
		refused(
			'update score_entry set revoked_at = 1, revoked_by = ?, revoke_reason = ? where id = ?',
			office,
			'x',
			entryId
		);
		refused(
			"insert into bulletin (plan_id, kind, doc_number, title, cut_off, publish, rubric_name, classes, excluded, final, created_by) values (?, 'annual', 'x', 'x', '2020-12-31', 'scores', 'x', '[]', '[]', 1, ?)",
			w.planId,
			office
		);
		refused(
			'insert into objection (entry_id, unit_id, reason, created_by, created_at) values (?, ?, ?, ?, 1)',
			entryId,
			w.staffB.unitId,
			'x',
			w.staffB.id
		);
		refused("update objection set answer = 'x' where id = ?", objectionId);
		refused(
			"insert into rubric (plan_id, version, name, content, created_by) values (?, 1, 'x', '{}', ?)",
			w.planId,
			office
		);
		refused(
			"insert into assessment_class (plan_id, unit_id, class_id, updated_at) values (?, ?, 'all', 1)",
			w.planId,
			w.staffA.unitId
		);
		refused(
			"insert into rectification (plan_id, unit_id, assignment_id, entry_id, problem, requirement, due_on, opened_by, opened_at) values (?, ?, ?, ?, 'x', 'x', '2021-03-31', ?, 1)",
			w.planId,
			w.staffB.unitId,
			w.open,
			entryId,
			office
		);
		// The hourly sweep leaves the closed year's lights as they were when it closed.
		const before = c.prepare('select id, last_light from assignment order by id').all();
		await sweepLights(w.db, ON('2022-06-01'));
		expect(c.prepare('select id, last_light from assignment order by id').all()).toEqual(before);
		// Reading still works, for everyone who could read before.
		expect(getAssignmentView(w.db, w.staffB, w.open).reports).toHaveLength(1);
	});

	it('keeps a unit whose only records in the closed year are 考核 entries out of a duplicate merge', async () => {
		const w = await closedWorld();
		reviews.accept(w.db, w.admin, w.done, { grade: 'good', comment: '', version: versionOf(w.db, w.done) });
		deadlines.decideExtension(w.db, w.admin, w.req, { approve: false, note: '不延期' });
		const dup = createUnit(w.db, w.admin, {
			name: '石家庄市测试中心',
			shortName: '市测试中心',
			kind: 'department',
			sortOrder: 900,
			aliases: []
		});
		addEntry(w.db, w.admin, w.planId, deduction(dup, '2020-12-15'), null, ON('2020-12-20'));
		await issueAnnualBulletin(w.db, w.admin, w.planId, ON('2021-01-10'));
		years.closePlan(w.db, w.admin, w.planId, { reason: '' }, ON('2021-01-20'));
		const units = w.db.$client.prepare('select count(*) n from unit').get();
		const e = domainError(() => mergeUnit(w.db, w.admin, dup, w.staffA.unitId!));
		expect(e.code).toBe('conflict');
		expect(e.message).toContain('在已关闭的年度中有记录');
		expect(w.db.$client.prepare('select count(*) n from unit').get()).toEqual(units);
	});

	it('reopens only for the office, with a reason, audited; then work can go on', async () => {
		const w = await closedWorld();
		reviews.accept(w.db, w.admin, w.done, { grade: 'good', comment: '', version: versionOf(w.db, w.done) });
		deadlines.decideExtension(w.db, w.admin, w.req, { approve: false, note: '不延期' });
		await issueAnnualBulletin(w.db, w.admin, w.planId, ON('2021-01-10'));
		years.closePlan(w.db, w.admin, w.planId, { reason: '' }, ON('2021-01-20'));
		expect(domainError(() => years.reopenPlan(w.db, w.admin, w.planId, { reason: ' ' })).fields.reason).toBeDefined();
		expect(domainError(() => years.reopenPlan(w.db, w.staffA, w.planId, { reason: '改数' })).code).toBe('forbidden');
		years.reopenPlan(w.db, w.admin, w.planId, { reason: '审计发现正定县材料漏报，需补录' }, ON('2021-02-01'));
		expect(w.db.select().from(plan).where(eq(plan.id, w.planId)).get()!.closedAt).toBeNull();
		expect(
			w.db
				.select()
				.from(planClosure)
				.all()
				.map((r) => [r.action, r.reason])
		).toEqual([
			['close', ''],
			['reopen', '审计发现正定县材料漏报，需补录']
		]);
		const audit = w.db.select().from(auditLog).where(eq(auditLog.action, 'year.reopen')).all();
		expect(audit).toHaveLength(1);
		expect(audit[0].summary).toContain('审计发现正定县材料漏报');
		sendOn(w.db, w.staffB, w.open, '2021-02-02', 80);
		expect(
			w.db.select({ p: assignment.progressPercent }).from(assignment).where(eq(assignment.id, w.open)).get()!.p
		).toBe(80);
		// The closure record cannot be rewritten either.
		expect(() => w.db.$client.prepare("update plan_closure set reason = 'x'").run()).toThrow(/append-only/);
	});
});
