// Acceptance (progress model, 1): a saved-but-unsent report — and unsent evidence and a saved
// submission — changes nothing the office, the leader or the lead unit see; once sent, all of them see
// it; a date in the future or before the previous sent report is refused with a clear message.
import { describe, expect, it } from 'vitest';
import * as progress from '../../../src/lib/server/progress';
import { getAssignmentView } from '../../../src/lib/server/assignments/view';
import { getTaskDetail } from '../../../src/lib/server/plans/queries';
import { clearBoardCache, getBoard } from '../../../src/lib/server/boards/board';
import { getMatrix } from '../../../src/lib/server/boards/matrix';
import { listQueue } from '../../../src/lib/server/reviews';
import { unitBoard } from '../../../src/lib/server/boards/unit';
import type { PolicyUser } from '../../../src/lib/server/auth/policy';
import { domainError } from '../../helpers/errors';
import { assignmentWorld, ON } from '../../helpers/assignments';

const TODAY = '2020-10-01';

/** Everything a viewer other than the owning unit sees of the assignment, its task, its unit and the plan. */
function othersSee(w: Awaited<ReturnType<typeof assignmentWorld>>, id: number, viewers: PolicyUser[]) {
	const planId = (w.db.$client.prepare('select plan_id p from assignment where id = ?').get(id) as { p: number }).p;
	const taskId = (w.db.$client.prepare('select task_id t from assignment where id = ?').get(id) as { t: number }).t;
	const unitId = w.staffB.unitId!;
	clearBoardCache();
	return JSON.stringify(
		viewers.map((v) => ({
			assignment: getAssignmentView(w.db, v, id, TODAY),
			task: getTaskDetail(w.db, v, taskId),
			board: v.role === 'unit' ? null : getBoard(w.db, v, { planId }, TODAY, { useCache: false }),
			matrix: getMatrix(w.db, v, { planId, all: true }),
			unitPage: v.role === 'unit' ? null : unitBoard(w.db, v, unitId, planId, TODAY),
			queue: v.role === 'admin' ? listQueue(w.db, v, {}, { now: ON(TODAY) }) : null,
			storedLights: w.db.$client
				.prepare('select id, last_light, status, progress_percent from assignment order by id')
				.all()
		}))
	);
}

describe('what a draft changes', () => {
	it('changes nothing others see until it is sent, then everyone sees it at once', async () => {
		const w = await assignmentWorld();
		// 一(四): 市司法局 (unit A) leads, 正定县政府 (unit B) is responsible.
		const id = w.assignmentOf('正定县政府', '加强政务信息规范管理');
		const viewers: PolicyUser[] = [w.admin, w.leader, w.staffA];
		const before = othersSee(w, id, viewers);

		progress.saveReportDraft(w.db, w.staffB, id, { content: '草稿：正在清理', percent: 70, reportedOn: '2020-09-20' });
		progress.addLinkEvidence(w.db, w.staffB, id, 'https://zd.example/list', '目录（未报送）', ON('2020-09-20'));
		progress.saveSubmissionDraft(w.db, w.staffB, id, { summary: '准备提交', percent: 100 });
		expect(othersSee(w, id, viewers)).toBe(before);
		// The unit itself does see its drafts.
		const own = getAssignmentView(w.db, w.staffB, id, TODAY);
		expect(own.draftReport).toMatchObject({ content: '草稿：正在清理', percent: 70 });
		expect(own.draftSubmission).toMatchObject({ summary: '准备提交' });
		expect(own.evidence.map((e) => e.draft)).toEqual([true]);

		progress.sendReport(
			w.db,
			w.staffB,
			id,
			{ content: '已完成清理', percent: 70, reportedOn: '2020-09-20' },
			ON('2020-09-20')
		);
		expect(othersSee(w, id, viewers)).not.toBe(before);
		for (const v of viewers) {
			const seen = getAssignmentView(w.db, v, id, TODAY);
			expect(
				seen.reports.map((r) => [r.content, r.percent]),
				v.role
			).toEqual([['已完成清理', 70]]);
			expect(
				seen.evidence.map((e) => e.description),
				v.role
			).toEqual(['目录（未报送）']);
			expect(seen.progressPercent, v.role).toBe(70);
			expect(seen.draftReport, v.role).toBeNull();
			expect(seen.draftSubmission, v.role).toBeNull();
		}
		const task = getTaskDetail(w.db, w.staffA, getAssignmentView(w.db, w.admin, id).task.id)!;
		expect(task.assignments.find((a) => a.id === id)).toMatchObject({ status: 'in_progress', progressPercent: 70 });
		const planId = getAssignmentView(w.db, w.admin, id).plan.id;
		const cell = getMatrix(w.db, w.leader, { planId, all: true })!
			.cells.flat()
			.find((c) => c?.assignmentId === id);
		expect(cell?.status).toBe('in_progress');
		// Sending is not submitting: it is not in the review queue.
		expect(listQueue(w.db, w.admin).rows.some((r) => r.id === id)).toBe(false);
	});

	it('refuses a date in the future, and one before the previous sent report', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('市司法局', '加强政务信息规范管理');
		const send = (reportedOn: string, now: number) =>
			progress.sendReport(w.db, w.staffA, id, { content: '进展', percent: 40, reportedOn }, now);
		const future = domainError(() => send('2020-09-21', ON('2020-09-20')));
		expect(future.fields.reportedOn).toBe('报送日期不能晚于今天');
		send('2020-09-15', ON('2020-09-20'));
		const earlier = domainError(() => send('2020-09-10', ON('2020-09-25')));
		expect(earlier.fields.reportedOn).toBe('报送日期不能早于上一次报送的日期（2020-09-15）');
		// The same day as the previous report is fine; the refused attempts left nothing behind.
		send('2020-09-15', ON('2020-09-25'));
		expect(getAssignmentView(w.db, w.admin, id, TODAY).reports).toHaveLength(2);
	});
});
