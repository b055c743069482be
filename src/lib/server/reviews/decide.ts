// 审核: the office's decision on the submission waiting for review — accept with a grade, or return it
// with a reason the unit sees. Each review names the submission it decided.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignmentEvent, GRADES, notice, review, submission, type Grade } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { GRADE_LABEL } from '../../labels';
import { refreshLight } from '../assignments/light-state';
import { loadAssignment, type AssignmentContext } from '../assignments/access';
import { updateAssignment } from '../progress/outgoing';
import { assertPlanOpen } from '../years/guard';

interface Pending {
	ctx: AssignmentContext;
	submission: { id: number; submittedAt: number };
}

function requirePending(tx: Tx, actor: Actor, assignmentId: number, version: number): Pending {
	assertCan(actor, 'review.decide', undefined, '只有政务公开办可以审核');
	const ctx = loadAssignment(tx, assignmentId);
	if (!ctx) throw new DomainError('not_found', '任务分工不存在');
	assertPlanOpen(ctx.plan);
	if (ctx.assignment.status !== 'submitted')
		throw new DomainError('conflict', '该任务不在待审核状态（可能已被审核），请刷新页面');
	if (ctx.assignment.version !== version) throw new DomainError('conflict', '该任务已有新的变化，请刷新页面后再审核');
	const s = tx
		.select({ id: submission.id, submittedAt: submission.submittedAt })
		.from(submission)
		.where(and(eq(submission.assignmentId, assignmentId), isNotNull(submission.submittedAt)))
		.orderBy(desc(submission.submittedAt), desc(submission.id))
		.get();
	if (!s?.submittedAt) throw new DomainError('conflict', '没有找到待审核的提交记录，请刷新页面');
	return { ctx, submission: { id: s.id, submittedAt: s.submittedAt } };
}

/** The review row (naming the submission it decided), the timeline entry and the unit's notice. */
function decide(
	tx: Tx,
	actor: Actor,
	p: Pending,
	d: { decision: 'accept' | 'return'; grade?: Grade; comment: string; text: string },
	now: number
) {
	const { ctx } = p;
	const kind = d.decision === 'accept' ? 'accepted' : 'returned';
	const text = d.text;
	tx.insert(review)
		.values({
			assignmentId: ctx.assignment.id,
			submissionId: p.submission.id,
			decision: d.decision,
			grade: d.grade ?? null,
			comment: d.comment,
			reviewerId: actor.id,
			createdAt: now
		})
		.run();
	tx.insert(assignmentEvent)
		.values({ assignmentId: ctx.assignment.id, type: kind, actorId: actor.id, message: text, createdAt: now })
		.run();
	tx.insert(notice)
		.values({
			unitId: ctx.assignment.unitId,
			assignmentId: ctx.assignment.id,
			kind,
			message: `${ctx.task.code}${ctx.task.title}：${text}`,
			createdBy: actor.id,
			createdAt: now
		})
		.run();
}

export function accept(
	db: DB,
	actor: Actor,
	assignmentId: number,
	input: { grade: string; comment: string; version: number },
	now = Date.now()
): void {
	const grade = input.grade as Grade;
	if (!GRADES.includes(grade))
		throw new DomainError('invalid', '请选择审核等次（优/良/中/差）', { grade: '请选择等次' });
	const comment = input.comment.trim();
	if (comment.length > 1000)
		throw new DomainError('invalid', '审核意见不能超过 1000 字', { comment: '不能超过 1000 字' });
	db.transaction((tx) => {
		const p = requirePending(tx, actor, assignmentId, input.version);
		updateAssignment(
			tx,
			p.ctx.assignment,
			{ status: 'accepted', grade, acceptedAt: p.submission.submittedAt, progressPercent: 100 },
			now
		);
		decide(
			tx,
			actor,
			p,
			{
				decision: 'accept',
				grade,
				comment,
				text: `审核通过，等次：${GRADE_LABEL[grade]}${comment ? `。意见：${comment}` : ''}`
			},
			now
		);
		recordAudit(tx, actor, {
			action: 'review.accept',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `审核通过 ${p.ctx.unit.shortName}“${p.ctx.task.code}${p.ctx.task.title}”，等次${GRADE_LABEL[grade]}`,
			detail: { submissionId: p.submission.id }
		});
		refreshLight(tx, assignmentId, now);
	});
}

export function returnSubmission(
	db: DB,
	actor: Actor,
	assignmentId: number,
	input: { reason: string; version: number },
	now = Date.now()
): void {
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('invalid', '退回时必须说明原因', { reason: '请填写退回原因' });
	if (reason.length > 1000)
		throw new DomainError('invalid', '退回原因不能超过 1000 字', { reason: '不能超过 1000 字' });
	db.transaction((tx) => {
		const p = requirePending(tx, actor, assignmentId, input.version);
		updateAssignment(tx, p.ctx.assignment, { status: 'returned', returnCount: p.ctx.assignment.returnCount + 1 }, now);
		decide(tx, actor, p, { decision: 'return', comment: reason, text: `退回：${reason}` }, now);
		recordAudit(tx, actor, {
			action: 'review.return',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `退回 ${p.ctx.unit.shortName}“${p.ctx.task.code}${p.ctx.task.title}”：${reason}`.slice(0, 300),
			detail: { submissionId: p.submission.id }
		});
		refreshLight(tx, assignmentId, now);
	});
}
