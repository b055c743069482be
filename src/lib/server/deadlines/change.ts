// Moving one unit's due date (an approved extension, or the office setting it by hand): the unit's
// own date is written over, and the change is kept with the old and new date, who, why and when.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assignmentDeadline, assignmentEvent, deadlineChange, notice, type DeadlineChangeKind } from '../db/schema';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { refreshLight } from '../assignments/light-state';
import type { AssignmentContext } from '../assignments/access';
import { deadlinesOfAssignments } from './load';
import type { Deadline } from './effective';

/** The deadline in force for one of the assignment's milestones (null: the year-end one). */
export function requireDeadline(tx: Tx, ctx: AssignmentContext, milestoneId: number | null): Deadline {
	const list =
		deadlinesOfAssignments(tx, [{ id: ctx.assignment.id, taskId: ctx.task.id, planYear: ctx.plan.year }]).get(
			ctx.assignment.id
		) ?? [];
	const d = list.find((x) => x.milestoneId === milestoneId);
	if (!d)
		throw new DomainError('invalid', '该时间节点不存在（可能已被修改），请刷新页面', { milestoneId: '请选择时间节点' });
	return d;
}

export interface DeadlineMove {
	deadline: Deadline;
	toDue: string;
	kind: Exclude<DeadlineChangeKind, 'milestone'>;
	reason: string;
	extensionRequestId?: number;
	/** The timeline and notice text. */
	message: string;
}

/** Writes the unit's date, keeps the change, tells the unit, and recomputes the light. */
export function moveDeadline(tx: Tx, actor: Actor, ctx: AssignmentContext, move: DeadlineMove, now: number): void {
	const assignmentId = ctx.assignment.id;
	const { deadline } = move;
	const same =
		deadline.milestoneId === null
			? isNull(assignmentDeadline.milestoneId)
			: eq(assignmentDeadline.milestoneId, deadline.milestoneId);
	tx.delete(assignmentDeadline)
		.where(and(eq(assignmentDeadline.assignmentId, assignmentId), same))
		.run();
	// Back to the task's own date: no override row is needed.
	if (move.toDue !== deadline.taskDueOn)
		tx.insert(assignmentDeadline)
			.values({ assignmentId, milestoneId: deadline.milestoneId, dueOn: move.toDue, updatedAt: now })
			.run();
	tx.insert(deadlineChange)
		.values({
			taskId: ctx.task.id,
			assignmentId,
			milestoneId: deadline.milestoneId,
			label: deadline.what,
			fromDue: deadline.dueOn,
			toDue: move.toDue,
			kind: move.kind,
			reason: move.reason,
			extensionRequestId: move.extensionRequestId ?? null,
			actorId: actor.id || null,
			createdAt: now
		})
		.run();
	tx.insert(assignmentEvent)
		.values({
			assignmentId,
			type: 'deadline_changed',
			actorId: actor.id || null,
			message: move.message,
			createdAt: now
		})
		.run();
	tx.insert(notice)
		.values({
			unitId: ctx.assignment.unitId,
			assignmentId,
			kind: 'deadline',
			message: `${ctx.task.code}${ctx.task.title}：${move.message}`,
			createdBy: actor.id || null,
			createdAt: now
		})
		.run();
	refreshLight(tx, assignmentId, now);
}
