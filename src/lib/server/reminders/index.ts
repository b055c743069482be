// 催办: the office's own reminders and each unit's inbox. (Automatic notices when a light turns yellow
// or red are written where the light is stored: assignments/light-state.ts.)
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { prepared, type DB } from '../db/client';
import { assignment, assignmentEvent, notice, task } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { selectAssignments } from '../assignments/base';
import { assertPlanOpen } from '../years/guard';

/** The office sends a reminder by hand to the units of the given assignments. */
export function sendReminder(db: DB, actor: Actor, assignmentIds: number[], message: string): number {
	assertCan(actor, 'reminder.send', undefined, '只有政务公开办可以催办');
	const text = message.trim();
	if (!text) throw new DomainError('invalid', '请填写催办内容', { message: '请填写催办内容' });
	if (text.length > 500) throw new DomainError('invalid', '催办内容不能超过 500 字', { message: '不能超过 500 字' });
	const ids = [...new Set(assignmentIds)];
	if (!ids.length) throw new DomainError('invalid', '请选择要催办的任务');
	return db.transaction((tx) => {
		const rows = selectAssignments(tx).where(inArray(assignment.id, ids)).all();
		for (const r of rows) assertPlanOpen({ year: r.planYear, closedAt: r.planClosedAt });
		if (rows.length !== ids.length) throw new DomainError('not_found', '任务分工不存在');
		for (const r of rows) {
			tx.insert(notice)
				.values({
					unitId: r.unitId,
					assignmentId: r.id,
					kind: 'manual',
					message: `【督办】${r.taskCode}${r.taskTitle}：${text}`,
					createdBy: actor.id
				})
				.run();
			tx.insert(assignmentEvent)
				.values({ assignmentId: r.id, type: 'reminder', actorId: actor.id, message: `催办：${text}` })
				.run();
		}
		recordAudit(tx, actor, {
			action: 'reminder.send',
			objectType: 'assignment',
			objectId: ids.length === 1 ? ids[0] : '',
			summary: `催办 ${rows
				.map((r) => `${r.unitName}（${r.taskCode}${r.taskTitle}）`)
				.join('、')
				.slice(0, 300)}`,
			detail: { assignmentIds: ids, message: text }
		});
		return rows.length;
	});
}

// ---------------------------------------------------------------- inbox

export type NoticeRow = typeof notice.$inferSelect & { taskTitle: string | null };

export function listNotices(db: DB, unitId: number, opts: { unreadOnly?: boolean; limit?: number } = {}): NoticeRow[] {
	return db
		.select({
			id: notice.id,
			unitId: notice.unitId,
			assignmentId: notice.assignmentId,
			kind: notice.kind,
			message: notice.message,
			createdBy: notice.createdBy,
			createdAt: notice.createdAt,
			readAt: notice.readAt,
			taskTitle: task.title
		})
		.from(notice)
		.leftJoin(assignment, eq(assignment.id, notice.assignmentId))
		.leftJoin(task, eq(task.id, assignment.taskId))
		.where(and(eq(notice.unitId, unitId), opts.unreadOnly ? isNull(notice.readAt) : undefined))
		.orderBy(desc(notice.id))
		.limit(Math.min(opts.limit ?? 100, 500))
		.all();
}

export function unreadCount(db: DB, unitId: number): number {
	// Every page of unit staff shows it: prepared once per database.
	return (
		prepared(db, 'notice.unread', (d) =>
			d
				.select({ n: sql<number>`count(*)` })
				.from(notice)
				.where(and(eq(notice.unitId, sql.placeholder('unitId')), isNull(notice.readAt)))
				.prepare()
		).get({ unitId })?.n ?? 0
	);
}

/** Marks the unit's notices read; ids of other units' notices are ignored. */
export function markRead(db: DB, actor: Actor, unitId: number, ids: number[] | 'all', now = Date.now()): number {
	assertCan(actor, 'notice.read', { unitId }, '只能标记本单位的通知');
	const where =
		ids === 'all'
			? and(eq(notice.unitId, unitId), isNull(notice.readAt))
			: and(eq(notice.unitId, unitId), isNull(notice.readAt), inArray(notice.id, ids.length ? ids : [-1]));
	return db.transaction((tx) => {
		const changed = tx.update(notice).set({ readAt: now }).where(where).run().changes;
		if (changed)
			recordAudit(tx, actor, { action: 'notice.read', objectType: 'notice', summary: `标记 ${changed} 条通知为已读` });
		return changed;
	});
}
