import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assignment, auditLog, notice } from '../../../src/lib/server/db/schema';
import * as progress from '../../../src/lib/server/assignments/progress';
import * as reviews from '../../../src/lib/server/reviews';
import * as reminders from '../../../src/lib/server/reminders';
import { getAssignmentView } from '../../../src/lib/server/assignments/queries';
import { domainError } from '../../helpers/errors';
import { assignmentWorld, versionOf } from '../../helpers/assignments';

const ON = (date: string) => Date.parse(`${date}T10:00:00+08:00`);

describe('report, submit, return, resubmit, accept', () => {
	it('walks the whole review cycle with drafts private to the unit until submitted', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const view = (who: typeof w.admin, date = '2020-10-01') => getAssignmentView(w.db, who, id, date);

		progress.addReport(
			w.db,
			w.staffA,
			id,
			{ content: '已完成文件清理', percent: 60, reportedOn: '2020-09-20' },
			ON('2020-09-20')
		);
		progress.addLinkEvidence(w.db, w.staffA, id, 'https://www.sjz.gov.cn/x', '规范性文件目录', ON('2020-09-20'));
		expect(view(w.staffA).reports).toHaveLength(1);
		expect(view(w.staffA).status).toBe('in_progress');
		// The office and the leader do not see drafts (nor their timeline entries).
		expect(view(w.admin).reports).toHaveLength(0);
		expect(view(w.admin).evidence).toHaveLength(0);
		expect(view(w.leader).timeline.filter((e) => e.type === 'report')).toHaveLength(0);

		progress.submitForReview(w.db, w.staffA, id, versionOf(w.db, id), ON('2020-09-21'));
		expect(view(w.admin).reports).toHaveLength(1);
		expect(view(w.admin).evidence).toHaveLength(1);
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
		expect(returned.reviews[0]).toMatchObject({ decision: 'return', comment: '缺少公开网址截图' });
		expect(
			reminders
				.listNotices(w.db, w.staffA.unitId!)
				.some((n) => n.kind === 'returned' && n.message.includes('缺少公开网址截图'))
		).toBe(true);

		progress.addLinkEvidence(w.db, w.staffA, id, 'https://www.sjz.gov.cn/y', '截图', ON('2020-09-23'));
		progress.submitForReview(w.db, w.staffA, id, versionOf(w.db, id), ON('2020-09-23'));
		reviews.accept(w.db, w.admin, id, { grade: 'good', comment: '', version: versionOf(w.db, id) }, ON('2020-09-24'));
		const done = view(w.staffA);
		expect(done).toMatchObject({ status: 'accepted', grade: 'good', progressPercent: 100, returnCount: 1 });
		expect(done.light.light).toBe('green');
		const types = done.timeline.map((e) => e.type).reverse();
		expect(types).toEqual(expect.arrayContaining(['report', 'evidence_added', 'submitted', 'returned', 'accepted']));
		expect(types.indexOf('returned')).toBeLessThan(types.lastIndexOf('submitted'));
		// Accepted work is final.
		expect(
			domainError(() =>
				progress.addReport(w.db, w.staffA, id, { content: 'x', percent: 100, reportedOn: '2020-09-25' })
			).code
		).toBe('conflict');
	});

	it('refuses to submit without a report and evidence, and refuses a stale form', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		expect(domainError(() => progress.submitForReview(w.db, w.staffA, id, versionOf(w.db, id))).message).toContain(
			'先报送进展'
		);
		progress.addReport(w.db, w.staffA, id, { content: '开展中', percent: 40, reportedOn: '2020-09-20' });
		expect(domainError(() => progress.submitForReview(w.db, w.staffA, id, versionOf(w.db, id))).message).toContain(
			'佐证材料'
		);
		progress.addLinkEvidence(w.db, w.staffA, id, 'https://www.sjz.gov.cn/z', '目录');
		const stale = versionOf(w.db, id) - 1;
		expect(domainError(() => progress.submitForReview(w.db, w.staffA, id, stale)).code).toBe('conflict');
		progress.submitForReview(w.db, w.staffA, id, versionOf(w.db, id));
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
			progress.addReport(w.db, w.staffA, id, { content: '', percent: 120, reportedOn: '2999-01-01' })
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
		progress.addReport(w.db, w.staffA, a, { content: 'A 的草稿', percent: 10, reportedOn: '2020-09-01' });
		const evidenceA = progress.addLinkEvidence(w.db, w.staffA, a, 'https://a.example/1', 'A 的材料');
		const noticesA = reminders.listNotices(w.db, w.staffA.unitId!).map((n) => n.id);

		expect(domainError(() => getAssignmentView(w.db, w.staffB, a, '2020-10-01')).code).toBe('not_found');
		expect(
			domainError(() => progress.addReport(w.db, w.staffB, a, { content: 'x', percent: 1, reportedOn: '2020-09-01' }))
				.code
		).toBe('not_found');
		expect(domainError(() => progress.addLinkEvidence(w.db, w.staffB, a, 'https://b.example', 'x')).code).toBe(
			'not_found'
		);
		expect(domainError(() => progress.removeEvidence(w.db, w.staffB, a, evidenceA)).code).toBe('not_found');
		// A's evidence id against B's own assignment: the pair does not match.
		expect(domainError(() => progress.removeEvidence(w.db, w.staffB, b, evidenceA)).code).toBe('not_found');
		expect(domainError(() => progress.submitForReview(w.db, w.staffB, a, versionOf(w.db, a))).code).toBe('not_found');
		expect(
			domainError(() => reviews.accept(w.db, w.staffB, a, { grade: 'good', comment: '', version: versionOf(w.db, a) }))
				.code
		).toBe('forbidden');
		expect(reminders.markRead(w.db, w.staffB, w.staffB.unitId!, noticesA)).toBe(0);
		// Nothing of A changed.
		expect(getAssignmentView(w.db, w.staffA, a, '2020-10-01').evidence).toHaveLength(1);
	});

	it('lets the leader read but not work or review; lets a lead unit read submitted work only', async () => {
		const w = await assignmentWorld();
		// 一(四): 市司法局 leads, 正定县政府 is responsible.
		const b = w.assignmentOf('正定县政府', '加强政务信息规范管理');
		progress.addReport(w.db, w.staffB, b, { content: '正定的草稿', percent: 50, reportedOn: '2020-09-01' });
		progress.addLinkEvidence(w.db, w.staffB, b, 'https://zd.example/1', '目录');
		expect(getAssignmentView(w.db, w.staffA, b, '2020-10-01')).toMatchObject({
			asLeadUnit: true,
			canWork: false,
			reports: []
		});
		expect(
			domainError(() => progress.addReport(w.db, w.staffA, b, { content: 'x', percent: 1, reportedOn: '2020-09-01' }))
				.code
		).toBe('forbidden');
		progress.submitForReview(w.db, w.staffB, b, versionOf(w.db, b));
		expect(getAssignmentView(w.db, w.staffA, b, '2020-10-01').reports).toHaveLength(1);
		expect(getAssignmentView(w.db, w.leader, b, '2020-10-01').canReview).toBe(false);
		expect(
			domainError(() => progress.addReport(w.db, w.leader, b, { content: 'x', percent: 1, reportedOn: '2020-09-01' }))
				.code
		).toBe('forbidden');
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
		await reminders.sweepLights(w.db, ON('2020-08-10'));
		expect(autos()).toHaveLength(0);
		// 2020-09-01: 18% of the time gone, nothing reported — lagging 序时进度: yellow.
		await reminders.sweepLights(w.db, ON('2020-09-01'));
		await reminders.sweepLights(w.db, ON('2020-09-02'));
		expect(autos().map((n) => n.kind)).toEqual(['auto_yellow']);
		// A report catches up (green again), so the next yellow is a new transition.
		progress.addReport(
			w.db,
			w.staffA,
			id,
			{ content: '基本完成', percent: 90, reportedOn: '2020-09-03' },
			ON('2020-09-03')
		);
		// 一(四) is due 2020-12-31: yellow from 12-16, red from 2021-01-01.
		await reminders.sweepLights(w.db, ON('2020-12-20'));
		await reminders.sweepLights(w.db, ON('2020-12-21'));
		expect(autos().map((n) => n.kind)).toEqual(['auto_yellow', 'auto_yellow']);
		await reminders.sweepLights(w.db, ON('2021-01-02'));
		await reminders.sweepLights(w.db, ON('2021-01-03'));
		expect(autos().map((n) => n.kind)).toEqual(['auto_yellow', 'auto_yellow', 'auto_red']);
		expect(w.db.select({ l: assignment.lastLight }).from(assignment).where(eq(assignment.id, id)).get()?.l).toBe('red');
	});

	it('lets the office send a reminder by hand, which lands in the unit inbox', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		expect(domainError(() => reminders.sendReminder(w.db, w.admin, [id], '')).fields.message).toBeDefined();
		reminders.sendReminder(w.db, w.admin, [id], '请本周内报送');
		const inbox = reminders.listNotices(w.db, w.staffA.unitId!);
		expect(inbox[0]).toMatchObject({ kind: 'manual', readAt: null });
		expect(inbox[0].message).toContain('请本周内报送');
		expect(reminders.unreadCount(w.db, w.staffA.unitId!)).toBe(inbox.length);
		expect(reminders.markRead(w.db, w.staffA, w.staffA.unitId!, 'all')).toBe(inbox.length);
		expect(reminders.unreadCount(w.db, w.staffA.unitId!)).toBe(0);
	});
});
