// 催办: automatic notices when an assignment's light turns yellow or red (once per transition), the
// office's own reminders, and each unit's inbox.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { prepared, type DB, type Tx } from '../db/client';
import { assignment, assignmentEvent, milestone, notice, plan, section, task, unit, type Light } from '../db/schema';
import { recordAudit } from '../audit';
import { computeLight, type LightResult } from '../assignments/lights';
import { SYSTEM_ACTOR, type Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { shanghaiDate } from '../shared/time';

interface LightRow {
	id: number;
	unitId: number;
	taskId: number;
	status: (typeof assignment.$inferSelect)['status'];
	progressPercent: number;
	lastReportedOn: string | null;
	lastLight: Light | null;
	taskCode: string;
	taskTitle: string;
	planYear: number;
	issuedOn: string;
	warnDays: number;
}

function selectLightRows(tx: Tx) {
	return tx
		.select({
			id: assignment.id,
			unitId: assignment.unitId,
			taskId: assignment.taskId,
			status: assignment.status,
			progressPercent: assignment.progressPercent,
			lastReportedOn: assignment.lastReportedOn,
			lastLight: assignment.lastLight,
			taskCode: sql<string>`${section.code} || ${task.code}`,
			taskTitle: task.title,
			planYear: plan.year,
			issuedOn: plan.issuedOn,
			warnDays: plan.warnDays
		})
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.innerJoin(plan, eq(plan.id, assignment.planId));
}

export function planStart(p: { year: number; issuedOn: string }): string {
	return p.issuedOn && p.issuedOn.startsWith(String(p.year)) ? p.issuedOn : `${p.year}-01-01`;
}

/** Milestone dates of the given tasks, by task id. */
export function milestonesByTask(tx: Tx, taskIds: number[]): Map<number, string[]> {
	const out = new Map<number, string[]>();
	for (let i = 0; i < taskIds.length; i += 500) {
		const rows = tx
			.select({ taskId: milestone.taskId, dueOn: milestone.dueOn })
			.from(milestone)
			.where(inArray(milestone.taskId, taskIds.slice(i, i + 500)))
			.all();
		for (const r of rows) out.set(r.taskId, [...(out.get(r.taskId) ?? []), r.dueOn]);
	}
	return out;
}

function lightFor(r: LightRow, milestones: string[], today: string): LightResult {
	return computeLight({
		status: r.status,
		progressPercent: r.progressPercent,
		milestones,
		planYear: r.planYear,
		planStart: planStart({ year: r.planYear, issuedOn: r.issuedOn }),
		reportDates: r.lastReportedOn ? [r.lastReportedOn] : [],
		today,
		warnDays: r.warnDays
	});
}

/** Stores the new lights; a change to yellow or red writes one notice and one timeline event. */
function applyLights(tx: Tx, rows: LightRow[], now: number): number {
	const today = shanghaiDate(now);
	const ms = milestonesByTask(tx, [...new Set(rows.map((r) => r.taskId))]);
	let notices = 0;
	for (const r of rows) {
		const result = lightFor(r, ms.get(r.taskId) ?? [], today);
		if (result.light === r.lastLight) continue;
		tx.update(assignment).set({ lastLight: result.light }).where(eq(assignment.id, r.id)).run();
		if (result.light === 'green') continue;
		const tag = result.light === 'red' ? '【红灯·已逾期】' : '【黄灯·即将到期】';
		const message = `${tag}${r.taskCode}${r.taskTitle}：${result.reason}`;
		tx.insert(notice)
			.values({
				unitId: r.unitId,
				assignmentId: r.id,
				kind: result.light === 'red' ? 'auto_red' : 'auto_yellow',
				message,
				createdAt: now
			})
			.run();
		tx.insert(assignmentEvent)
			.values({ assignmentId: r.id, type: 'reminder', message: `系统催办：${result.reason}`, createdAt: now })
			.run();
		notices++;
	}
	return notices;
}

/** Recomputes one assignment's light inside the caller's transaction (after a report, submission, review). */
export function refreshLight(tx: Tx, assignmentId: number, now: number): void {
	applyLights(tx, selectLightRows(tx).where(eq(assignment.id, assignmentId)).all(), now);
}

/**
 * The periodic sweep: every assignment, in batches of `batch` rows, each batch its own short
 * transaction with the event loop free in between. Returns how many notices were created.
 */
export async function sweepLights(db: DB, now = Date.now(), batch = 2000): Promise<number> {
	let lastId = 0;
	let notices = 0;
	for (;;) {
		const created = db.transaction((tx) => {
			const rows = selectLightRows(tx)
				.where(sql`${assignment.id} > ${lastId}`)
				.orderBy(asc(assignment.id))
				.limit(batch)
				.all();
			if (!rows.length) return null;
			lastId = rows[rows.length - 1].id;
			const created = applyLights(tx, rows, now);
			// The sweep changes state too: one audit row per batch that sent reminders.
			if (created)
				recordAudit(tx, SYSTEM_ACTOR, {
					action: 'reminder.auto',
					objectType: 'notice',
					summary: `灯色巡检：${created} 项任务分工变为黄灯或红灯，已自动催办`
				});
			return created;
		});
		if (created === null) break;
		notices += created;
		await new Promise((r) => setImmediate(r));
	}
	return notices;
}

/** The office sends a reminder by hand to the units of the given assignments. */
export function sendReminder(db: DB, actor: Actor, assignmentIds: number[], message: string): number {
	const text = message.trim();
	if (!text) throw new DomainError('invalid', '请填写催办内容', { message: '请填写催办内容' });
	if (text.length > 500) throw new DomainError('invalid', '催办内容不能超过 500 字', { message: '不能超过 500 字' });
	const ids = [...new Set(assignmentIds)];
	if (!ids.length) throw new DomainError('invalid', '请选择要催办的任务');
	return db.transaction((tx) => {
		const rows = tx
			.select({
				id: assignment.id,
				unitId: assignment.unitId,
				code: sql<string>`${section.code} || ${task.code}`,
				title: task.title,
				unitName: unit.shortName
			})
			.from(assignment)
			.innerJoin(task, eq(task.id, assignment.taskId))
			.innerJoin(section, eq(section.id, task.sectionId))
			.innerJoin(unit, eq(unit.id, assignment.unitId))
			.where(inArray(assignment.id, ids))
			.all();
		if (rows.length !== ids.length) throw new DomainError('not_found', '任务分工不存在');
		for (const r of rows) {
			tx.insert(notice)
				.values({
					unitId: r.unitId,
					assignmentId: r.id,
					kind: 'manual',
					message: `【督办】${r.code}${r.title}：${text}`,
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
				.map((r) => `${r.unitName}（${r.code}${r.title}）`)
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
