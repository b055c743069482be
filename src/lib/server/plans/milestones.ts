// A task's milestones (时间节点): edited by the office on the task page or by a re-import, always in
// place, with every date change kept in deadline_change.
import { asc, eq } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignment, deadlineChange, milestone } from '../db/schema';
import { refreshLights } from '../assignments/light-state';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';
import { FORBIDDEN, requireTask } from './edit';

export interface MilestoneInput {
	/** The milestone being edited, or null for a new one. */
	id: number | null;
	dueOn: string;
	what: string;
}

export function validateMilestones(list: MilestoneInput[]): MilestoneInput[] {
	const clean = list
		.map((m) => ({ id: m.id, dueOn: m.dueOn.trim(), what: m.what.trim() }))
		.filter((m) => m.dueOn || m.what);
	const errors: Record<string, string> = {};
	clean.forEach((m, i) => {
		if (!isIsoDate(m.dueOn)) errors[`dueOn:${i}`] = `第 ${i + 1} 个时间节点的日期无效`;
		if (m.what.length > 200) errors[`what:${i}`] = '内容不能超过 200 字';
	});
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return clean.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** Keeps the history of a task-wide milestone change (every unit of the task sees it on its timeline). */
function keepChange(
	tx: Tx,
	actor: Actor,
	taskId: number,
	c: { id: number; label: string; from: string | null; to: string | null },
	now: number
) {
	tx.insert(deadlineChange)
		.values({
			taskId,
			milestoneId: c.id,
			label: c.label,
			fromDue: c.from,
			toDue: c.to,
			kind: 'milestone',
			actorId: actor.id || null,
			createdAt: now
		})
		.run();
}

/**
 * Writes a task's milestone list. Milestones keep their ids (units' own dates, extension requests and
 * history refer to them): listed rows are updated in place, new ones added, missing ones removed, and
 * every date change is kept. The caller recomputes the lights (an import does so once, at its end).
 */
export function writeMilestones(tx: Tx, actor: Actor, taskId: number, clean: MilestoneInput[], now: number) {
	const before = tx.select().from(milestone).where(eq(milestone.taskId, taskId)).orderBy(asc(milestone.dueOn)).all();
	const byId = new Map(before.map((m) => [m.id, m]));
	if (clean.some((m) => m.id !== null && !byId.has(m.id)))
		throw new DomainError('conflict', '时间节点已被修改（可能在其他窗口中），请刷新页面后再编辑');
	const kept = new Set(clean.flatMap((m) => (m.id === null ? [] : [m.id])));
	for (const old of before)
		if (!kept.has(old.id)) {
			tx.delete(milestone).where(eq(milestone.id, old.id)).run();
			keepChange(tx, actor, taskId, { id: old.id, label: old.what, from: old.dueOn, to: null }, now);
		}
	clean.forEach((m, i) => {
		const old = m.id === null ? undefined : byId.get(m.id);
		if (!old) {
			const id = tx
				.insert(milestone)
				.values({ taskId, dueOn: m.dueOn, what: m.what, sortOrder: i })
				.returning({ id: milestone.id })
				.get().id;
			keepChange(tx, actor, taskId, { id, label: m.what, from: null, to: m.dueOn }, now);
			return;
		}
		if (old.dueOn === m.dueOn && old.what === m.what && old.sortOrder === i) return;
		tx.update(milestone).set({ dueOn: m.dueOn, what: m.what, sortOrder: i }).where(eq(milestone.id, old.id)).run();
		if (old.dueOn !== m.dueOn)
			keepChange(tx, actor, taskId, { id: old.id, label: m.what, from: old.dueOn, to: m.dueOn }, now);
	});
	return before;
}

/** The office saves the milestone list it edited on the task page; the task's lights follow at once. */
export function updateMilestones(db: DB, actor: Actor, taskId: number, list: MilestoneInput[], now = Date.now()): void {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	const clean = validateMilestones(list);
	db.transaction((tx) => {
		const t = requireTask(tx, taskId);
		const before = writeMilestones(tx, actor, taskId, clean, now);
		refreshLights(tx, eq(assignment.taskId, taskId), now);
		recordAudit(tx, actor, {
			action: 'milestone.update',
			objectType: 'task',
			objectId: taskId,
			summary: `修改任务“${t.code}${t.title}”的时间节点：${clean.map((m) => m.dueOn).join('、') || '无'}`,
			detail: {
				before: before.map((m) => ({ id: m.id, dueOn: m.dueOn, what: m.what })),
				after: clean
			}
		});
	});
}
