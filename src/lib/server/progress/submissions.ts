// 提交办结: the unit declares the assignment done; the office reviews it. Every submission is kept as
// its own row with the server time and the deadline in force at that moment, so timeliness can be
// scored from history. A saved (暂存) submission is the unit's own draft.
import { and, eq, isNull } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignmentEvent, submission } from '../db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { daysBetween, shanghaiDate } from '../shared/time';
import { refreshLight } from '../assignments/light-state';
import { assertEditable, requireWorkable } from '../assignments/access';
import { deadlinesOfAssignments } from '../deadlines/load';
import { finalDue } from '../deadlines/effective';
import { validateSubmission, type SubmissionInput } from './validate';
import { countEvidence, sendDraftEvidence, updateAssignment } from './outgoing';

export type { SubmissionInput } from './validate';

function draftOf(tx: Tx, assignmentId: number) {
	return (
		tx
			.select()
			.from(submission)
			.where(and(eq(submission.assignmentId, assignmentId), isNull(submission.submittedAt)))
			.get() ?? null
	);
}

function writeSubmission(
	tx: Tx,
	actor: Actor,
	assignmentId: number,
	values: Omit<typeof submission.$inferInsert, 'assignmentId' | 'createdBy'>,
	now: number
): number {
	const draft = draftOf(tx, assignmentId);
	if (draft) {
		tx.update(submission).set(values).where(eq(submission.id, draft.id)).run();
		return draft.id;
	}
	return tx
		.insert(submission)
		.values({ assignmentId, ...values, createdBy: actor.id, createdAt: now })
		.returning({ id: submission.id })
		.get().id;
}

/** 暂存 the 办结说明: nobody else sees it. */
export function saveSubmissionDraft(
	db: DB,
	actor: Actor,
	assignmentId: number,
	input: SubmissionInput,
	now = Date.now()
): number {
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		const clean = validateSubmission(input);
		const id = writeSubmission(tx, actor, assignmentId, { ...clean, updatedAt: now }, now);
		recordAudit(tx, actor, {
			action: 'submission.save_draft',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 暂存“${ctx.task.code}${ctx.task.title}”的办结说明`
		});
		return id;
	});
}

/** 提交办结: a new submission row, the unit's draft evidence with it; the office sees it in its queue. */
export function submitAsDone(
	db: DB,
	actor: Actor,
	assignmentId: number,
	input: SubmissionInput & { version: number },
	now = Date.now()
): number {
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		if (ctx.assignment.version !== input.version)
			throw new DomainError('conflict', '任务状态已变化（可能在其他窗口中操作过），请刷新页面后再提交');
		const clean = validateSubmission(input);
		const items = countEvidence(tx, assignmentId);
		if (!items.sent && !items.draft)
			throw new DomainError('invalid', '请至少添加一份佐证材料（文件或网址），再提交办结');
		const due = finalDue(
			deadlinesOfAssignments(tx, [{ id: assignmentId, taskId: ctx.task.id, planYear: ctx.plan.year }]).get(
				assignmentId
			) ?? []
		);
		const id = writeSubmission(
			tx,
			actor,
			assignmentId,
			{ ...clean, submittedAt: now, dueOn: due, updatedAt: now },
			now
		);
		const attached = sendDraftEvidence(tx, assignmentId, { submissionId: id }, now);
		updateAssignment(
			tx,
			ctx.assignment,
			{ status: 'submitted', submittedAt: now, progressPercent: clean.percent },
			now
		);
		const late = daysBetween(due, shanghaiDate(now));
		const again = ctx.assignment.status === 'returned';
		tx.insert(assignmentEvent)
			.values({
				assignmentId,
				type: 'submitted',
				actorId: actor.id,
				message:
					`${again ? '修改后重新提交办结' : '提交办结'}（期限 ${due}${late > 0 ? `，逾期 ${late} 天` : ''}` +
					`${attached ? `，附佐证材料 ${attached} 份` : ''}）：${clean.summary.slice(0, 80)}`,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'assignment.submit',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 提交“${ctx.task.code}${ctx.task.title}”办结`
		});
		refreshLight(tx, assignmentId, now);
		return id;
	});
}
