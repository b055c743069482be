import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assignment, auditLog, notice } from '../../../src/lib/server/db/schema';
import * as progress from '../../../src/lib/server/progress';
import * as reviews from '../../../src/lib/server/reviews';
import * as reminders from '../../../src/lib/server/reminders';
import { sweepLights } from '../../../src/lib/server/assignments/light-state';
import { getAssignmentView } from '../../../src/lib/server/assignments/view';
import { domainError } from '../../helpers/errors';
import { assignmentWorld, ON, sendOn, submitOn, versionOf } from '../../helpers/assignments';

describe('report, submit, return, resubmit, accept', () => {
	it('walks the whole cycle: sent reports are seen at once, drafts stay the unit’s own', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const view = (who: typeof w.admin, date = '2020-10-01') => getAssignmentView(w.db, who, id, date);

		progress.saveReportDraft(w.db, w.staffA, id, { content: '草拟中', percent: 60, reportedOn: '2020-09-20' });
		progress.addLinkEvidence(w.db, w.staffA, id, 'https://www.sjz.gov.cn/x', '规范性文件目录', ON('2020-09-20'));
		expect(view(w.staffA).draftReport).toMatchObject({ content: '草拟中', percent: 60 });
		expect(view(w.staffA).status).toBe('not_started');
		// The office and the leader see neither the draft nor the unsent evidence.
		expect(view(w.admin)).toMatchObject({ reports: [], evidence: [], draftReport: null, progressPercent: 0 });
		expect(view(w.leader).timeline.filter((e) => e.type === 'report')).toHaveLength(0);

		progress.sendReport(
			w.db,
			w.staffA,
			id,
			{ content: '已完成文件清理', percent: 60, reportedOn: '2020-09-20' },
			ON('2020-09-20')
		);
		expect(view(w.admin).reports).toHaveLength(1);
		expect(view(w.admin)).toMatchObject({ status: 'in_progress', progressPercent: 60, draftReport: null });
		// The evidence went out with the report.
		expect(view(w.admin).evidence).toHaveLength(1);
		expect(view(w.admin).canReview).toBe(false);

		progress.submitAsDone(
			w.db,
			w.staffA,
			id,
			{ summary: '已完成', percent: 100, version: versionOf(w.db, id) },
			ON('2020-09-21')
		);
		expect(view(w.admin).canReview).toBe(true);

		// A return needs a reason; with one, the unit sees it and gets a notice.
		expect(
			domainError(() => reviews.returnSubmission(w.db, w.admin, id, { reason: ' ', version: versionOf(w.db, id) }))
				.fields.reason
		).toBeDefined();
		reviews.returnSubmission(
			w.db,
			w.admin,
			id,
			{ reason: '缺少公开网址截图', version: versionOf(w.db, id) },
			ON('2020-09-22')
		);
		const returned = view(w.staffA);
		expect(returned.status).toBe('returned');
		expect(returned.submissions[0].review).toMatchObject({ decision: 'return', comment: '缺少公开网址截图' });
		expect(
			reminders
				.listNotices(w.db, w.staffA.unitId!)
				.some((n) => n.kind === 'returned' && n.message.includes('缺少公开网址截图'))
		).toBe(true);

		progress.addLinkEvidence(w.db, w.staffA, id, 'https://www.sjz.gov.cn/y', '截图', ON('2020-09-23'));
		progress.submitAsDone(
			w.db,
			w.staffA,
			id,
			{ summary: '已补充截图', percent: 100, version: versionOf(w.db, id) },
			ON('2020-09-23')
		);
		reviews.accept(w.db, w.admin, id, { grade: 'good', comment: '', version: versionOf(w.db, id) }, ON('2020-09-24'));
		const done = view(w.staffA);
		expect(done).toMatchObject({ status: 'accepted', grade: 'good', progressPercent: 100, returnCount: 1 });
		expect(done.light.light).toBe('green');
		expect(done.submissions).toHaveLength(2);
		const types = done.timeline.map((e) => e.type).reverse();
		expect(types).toEqual(expect.arrayContaining(['report', 'submitted', 'returned', 'accepted']));
		expect(types.indexOf('returned')).toBeLessThan(types.lastIndexOf('submitted'));
		// Accepted work is final.
		expect(domainError(() => sendOn(w.db, w.staffA, id, '2020-09-25')).code).toBe('conflict');
	});

	it('refuses to submit without evidence or a summary, and refuses a stale form', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const submit = (summary: string, version = versionOf(w.db, id)) =>
			progress.submitAsDone(w.db, w.staffA, id, { summary, percent: 100, version });
		expect(domainError(() => submit('已完成')).message).toContain('佐证材料');
		progress.addLinkEvidence(w.db, w.staffA, id, 'https://www.sjz.gov.cn/z', '目录');
		expect(domainError(() => submit(' ')).fields.summary).toBeDefined();
		expect(domainError(() => submit('已完成', versionOf(w.db, id) - 1)).code).toBe('conflict');
		submit('已完成');
		// A second office tab reviewing the same submission with the old version is refused.
		const v = versionOf(w.db, id);
		reviews.accept(w.db, w.admin, id, { grade: 'excellent', comment: '', version: v });
		expect(domainError(() => reviews.returnSubmission(w.db, w.admin, id, { reason: '晚了', version: v })).code).toBe(
			'conflict'
		);
	});

	it('validates reports: content, percentage, a date not in the future', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const before = w.db.select().from(auditLog).all().length;
		const e = domainError(() =>
			progress.sendReport(w.db, w.staffA, id, { content: '', percent: 120, reportedOn: '2999-01-01' })
		);
		expect(Object.keys(e.fields).sort()).toEqual(['content', 'percent', 'reportedOn']);
		expect(
			domainError(() => progress.addLinkEvidence(w.db, w.staffA, id, 'javascript:alert(1)', 'x')).fields.url
		).toMatch(/http/);
		expect(w.db.select().from(auditLog).all().length).toBe(before);
	});
});

describe('access between units', () => {
	it('gives unit B "not found" for everything of unit A, by any id', async () => {
		const w = await assignmentWorld();
		const a = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const b = w.assignmentOf('正定县政府', '加强政务信息规范管理');
		progress.saveReportDraft(w.db, w.staffA, a, { content: 'A 的草稿', percent: 10, reportedOn: '2020-09-01' });
		const evidenceA = progress.addLinkEvidence(w.db, w.staffA, a, 'https://a.example/1', 'A 的材料');
		const noticesA = reminders.listNotices(w.db, w.staffA.unitId!).map((n) => n.id);

		expect(domainError(() => getAssignmentView(w.db, w.staffB, a, '2020-10-01')).code).toBe('not_found');
		expect(domainError(() => sendOn(w.db, w.staffB, a, '2020-09-01')).code).toBe('not_found');
		expect(
			domainError(() =>
				progress.saveReportDraft(w.db, w.staffB, a, { content: 'x', percent: 1, reportedOn: '2020-09-01' })
			).code
		).toBe('not_found');
		expect(domainError(() => progress.addLinkEvidence(w.db, w.staffB, a, 'https://b.example', 'x')).code).toBe(
			'not_found'
		);
		expect(domainError(() => progress.removeEvidence(w.db, w.staffB, a, evidenceA)).code).toBe('not_found');
		// A's evidence id against B's own assignment: the pair does not match.
		expect(domainError(() => progress.removeEvidence(w.db, w.staffB, b, evidenceA)).code).toBe('not_found');
		expect(
			domainError(() =>
				progress.submitAsDone(w.db, w.staffB, a, { summary: 'x', percent: 100, version: versionOf(w.db, a) })
			).code
		).toBe('not_found');
		expect(
			domainError(() => reviews.accept(w.db, w.staffB, a, { grade: 'good', comment: '', version: versionOf(w.db, a) }))
				.code
		).toBe('forbidden');
		expect(domainError(() => reminders.markRead(w.db, w.staffB, w.staffA.unitId!, noticesA)).code).toBe('forbidden');
		// Nothing of A changed.
		expect(getAssignmentView(w.db, w.staffA, a, '2020-10-01').evidence).toHaveLength(1);
		expect(getAssignmentView(w.db, w.staffA, a, '2020-10-01').draftReport?.content).toBe('A 的草稿');
	});

	it('lets the leader read but not work or review; lets a lead unit read sent work only', async () => {
		const w = await assignmentWorld();
		// 一(四): 市司法局 leads, 正定县政府 is responsible.
		const b = w.assignmentOf('正定县政府', '加强政务信息规范管理');
		progress.saveReportDraft(w.db, w.staffB, b, { content: '正定的草稿', percent: 50, reportedOn: '2020-09-01' });
		progress.addLinkEvidence(w.db, w.staffB, b, 'https://zd.example/1', '目录');
		expect(getAssignmentView(w.db, w.staffA, b, '2020-10-01')).toMatchObject({
			asLeadUnit: true,
			canWork: false,
			reports: [],
			evidence: [],
			draftReport: null
		});
		expect(domainError(() => sendOn(w.db, w.staffA, b, '2020-09-01')).code).toBe('forbidden');
		progress.sendReport(
			w.db,
			w.staffB,
			b,
			{ content: '正定的进展', percent: 50, reportedOn: '2020-09-01' },
			ON('2020-09-01')
		);
		expect(getAssignmentView(w.db, w.staffA, b, '2020-10-01')).toMatchObject({ reports: [{ content: '正定的进展' }] });
		expect(getAssignmentView(w.db, w.staffA, b, '2020-10-01').evidence).toHaveLength(1);
		expect(getAssignmentView(w.db, w.leader, b, '2020-10-01').canReview).toBe(false);
		expect(domainError(() => sendOn(w.db, w.leader, b, '2020-09-02')).code).toBe('forbidden');
		expect(
			domainError(() => reviews.accept(w.db, w.leader, b, { grade: 'good', comment: '', version: versionOf(w.db, b) }))
				.code
		).toBe('forbidden');
		// A unit that neither owns nor leads 一(四) sees nothing.
		const other = w.assignmentOf('市财政局', '加强政务信息规范管理');
		expect(domainError(() => getAssignmentView(w.db, w.staffB, other, '2020-10-01')).code).toBe('not_found');
	});
});

describe('reminders', () => {
	it('notifies once per transition to yellow or red, never twice for the same light', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const autos = () =>
			w.db
				.select()
				.from(notice)
				.where(eq(notice.assignmentId, id))
				.all()
				.filter((n) => n.kind.startsWith('auto'));
		await sweepLights(w.db, ON('2020-08-10'));
		expect(autos()).toHaveLength(0);
		// 2020-09-01: 18% of the time gone, nothing reported — lagging 序时进度: yellow.
		await sweepLights(w.db, ON('2020-09-01'));
		await sweepLights(w.db, ON('2020-09-02'));
		expect(autos().map((n) => n.kind)).toEqual(['auto_yellow']);
		// A sent report catches up (green again, in the same transaction), so the next yellow is a new transition.
		sendOn(w.db, w.staffA, id, '2020-09-03', 90);
		expect(w.db.select({ l: assignment.lastLight }).from(assignment).where(eq(assignment.id, id)).get()?.l).toBe(
			'green'
		);
		// 一(四) is due 2020-12-31: yellow from 12-16, red from 2021-01-01.
		await sweepLights(w.db, ON('2020-12-20'));
		await sweepLights(w.db, ON('2020-12-21'));
		expect(autos().map((n) => n.kind)).toEqual(['auto_yellow', 'auto_yellow']);
		await sweepLights(w.db, ON('2021-01-02'));
		await sweepLights(w.db, ON('2021-01-03'));
		expect(autos().map((n) => n.kind)).toEqual(['auto_yellow', 'auto_yellow', 'auto_red']);
		expect(w.db.select({ l: assignment.lastLight }).from(assignment).where(eq(assignment.id, id)).get()?.l).toBe('red');
		// Submitting turns it green at once.
		submitOn(w.db, w.staffA, id, '2021-01-04');
		expect(w.db.select({ l: assignment.lastLight }).from(assignment).where(eq(assignment.id, id)).get()?.l).toBe(
			'green'
		);
	});

	it('lets the office send a reminder by hand, which lands in the unit inbox', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		expect(domainError(() => reminders.sendReminder(w.db, w.admin, [id], '')).fields.message).toBeDefined();
		expect(domainError(() => reminders.sendReminder(w.db, w.leader, [id], '催')).code).toBe('forbidden');
		reminders.sendReminder(w.db, w.admin, [id], '请本周内报送');
		const inbox = reminders.listNotices(w.db, w.staffA.unitId!);
		expect(inbox[0]).toMatchObject({ kind: 'manual', readAt: null });
		expect(inbox[0].message).toContain('请本周内报送');
		expect(reminders.unreadCount(w.db, w.staffA.unitId!)).toBe(inbox.length);
		expect(reminders.markRead(w.db, w.staffA, w.staffA.unitId!, 'all')).toBe(inbox.length);
		expect(reminders.unreadCount(w.db, w.staffA.unitId!)).toBe(0);
	});
});
