// 审核: the office's queue of submitted assignments and its decisions — accept with a grade, or
// return with a reason the unit sees.
import { and, asc, eq, lte, sql, type SQL } from 'drizzle-orm';
import { prepared, type DB, type Tx } from '../db/client';
import {
	assignment,
	assignmentEvent,
	GRADES,
	notice,
	plan,
	review,
	section,
	task,
	unit,
	type Grade
} from '../db/schema';
import { recordAudit } from '../audit';
import { can } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { refreshLight } from '../reminders';
import { loadAssignment } from '../assignments/access';

export const GRADE_NAMES: Record<Grade, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };

export interface QueueFilter {
	planId?: number;
	sectionId?: number;
	unitId?: number;
	/** Submitted at least this many days ago. */
	minAgeDays?: number;
}

export interface QueueRow {
	assignmentId: number;
	submittedAt: number;
	returnCount: number;
	progressPercent: number;
	role: 'lead' | 'responsible';
	unitId: number;
	unitName: string;
	taskId: number;
	taskCode: string;
	taskTitle: string;
	sectionId: number;
	sectionCode: string;
	sectionTitle: string;
	planId: number;
	planTitle: string;
}

const DAY = 86_400_000;

export function listQueue(db: DB, filter: QueueFilter = {}, now = Date.now()): QueueRow[] {
	const where: SQL[] = [eq(assignment.status, 'submitted')];
	if (filter.planId) where.push(eq(assignment.planId, filter.planId));
	if (filter.sectionId) where.push(eq(task.sectionId, filter.sectionId));
	if (filter.unitId) where.push(eq(assignment.unitId, filter.unitId));
	if (filter.minAgeDays) where.push(lte(assignment.submittedAt, now - filter.minAgeDays * DAY));
	return db
		.select({
			assignmentId: assignment.id,
			submittedAt: sql<number>`${assignment.submittedAt}`,
			returnCount: assignment.returnCount,
			progressPercent: assignment.progressPercent,
			role: assignment.role,
			unitId: unit.id,
			unitName: unit.shortName,
			taskId: task.id,
			taskCode: task.code,
			taskTitle: task.title,
			sectionId: section.id,
			sectionCode: section.code,
			sectionTitle: section.title,
			planId: plan.id,
			planTitle: plan.title
		})
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.innerJoin(plan, eq(plan.id, assignment.planId))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(and(...where))
		.orderBy(asc(assignment.submittedAt), asc(assignment.id))
		.limit(500)
		.all();
}

export function queueCount(db: DB): number {
	// Every page of the office shows it: prepared once per database.
	return (
		prepared(db, 'review.queue', (d) =>
			d
				.select({ n: sql<number>`count(*)` })
				.from(assignment)
				.where(eq(assignment.status, 'submitted'))
				.prepare()
		).get()?.n ?? 0
	);
}

function requireSubmitted(db: Tx, actor: Actor, assignmentId: number, version: number) {
	if (!can(actor, 'review.decide')) throw new DomainError('forbidden', '只有政务公开办可以审核');
	const ctx = loadAssignment(db, assignmentId);
	if (!ctx) throw new DomainError('not_found', '任务分工不存在');
	if (ctx.assignment.status !== 'submitted')
		throw new DomainError('conflict', '该任务不在待审核状态（可能已被审核或撤回），请刷新页面');
	if (ctx.assignment.version !== version) throw new DomainError('conflict', '该任务已有新的变化，请刷新页面后再审核');
	return ctx;
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
		const ctx = requireSubmitted(tx, actor, assignmentId, input.version);
		tx.insert(review)
			.values({ assignmentId, decision: 'accept', grade, comment, reviewerId: actor.id, createdAt: now })
			.run();
		tx.update(assignment)
			.set({
				status: 'accepted',
				grade,
				acceptedAt: now,
				progressPercent: 100,
				updatedAt: now,
				version: input.version + 1
			})
			.where(eq(assignment.id, assignmentId))
			.run();
		const text = `审核通过，等次：${GRADE_NAMES[grade]}${comment ? `。意见：${comment}` : ''}`;
		tx.insert(assignmentEvent)
			.values({ assignmentId, type: 'accepted', actorId: actor.id, message: text, createdAt: now })
			.run();
		tx.insert(notice)
			.values({
				unitId: ctx.assignment.unitId,
				assignmentId,
				kind: 'accepted',
				message: `${ctx.task.code}${ctx.task.title}：${text}`,
				createdBy: actor.id,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'review.accept',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `审核通过 ${ctx.unit.shortName}“${ctx.task.code}${ctx.task.title}”，等次${GRADE_NAMES[grade]}`
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
		const ctx = requireSubmitted(tx, actor, assignmentId, input.version);
		tx.insert(review)
			.values({ assignmentId, decision: 'return', comment: reason, reviewerId: actor.id, createdAt: now })
			.run();
		tx.update(assignment)
			.set({
				status: 'returned',
				returnCount: ctx.assignment.returnCount + 1,
				updatedAt: now,
				version: input.version + 1
			})
			.where(eq(assignment.id, assignmentId))
			.run();
		tx.insert(assignmentEvent)
			.values({ assignmentId, type: 'returned', actorId: actor.id, message: `退回：${reason}`, createdAt: now })
			.run();
		tx.insert(notice)
			.values({
				unitId: ctx.assignment.unitId,
				assignmentId,
				kind: 'returned',
				message: `${ctx.task.code}${ctx.task.title} 被退回：${reason}`,
				createdBy: actor.id,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'review.return',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `退回 ${ctx.unit.shortName}“${ctx.task.code}${ctx.task.title}”：${reason}`.slice(0, 300)
		});
		refreshLight(tx, assignmentId, now);
	});
}

export type ReviewRow = typeof review.$inferSelect;
