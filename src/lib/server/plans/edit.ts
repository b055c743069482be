// The office's later changes to an imported plan: who works on a task, and its milestones. Audited.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, milestone, plan, task, unit, type AssignmentRole } from '../db/schema';
import { hasWork } from '../assignments/has-work';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';

function requireTask(db: Pick<DB, 'select'>, taskId: number) {
	const t = db.select().from(task).where(eq(task.id, taskId)).get();
	if (!t) throw new DomainError('not_found', '任务不存在');
	return t;
}

export function addAssignments(db: DB, actor: Actor, taskId: number, unitIds: number[], role: AssignmentRole): number {
	const ids = [...new Set(unitIds)];
	if (!ids.length) throw new DomainError('invalid', '请选择要增加的单位', { unitIds: '请选择单位' });
	if (role !== 'lead' && role !== 'responsible') throw new DomainError('invalid', '请选择牵头或责任');
	return db.transaction((tx) => {
		const t = requireTask(tx, taskId);
		const units = tx.select().from(unit).where(inArray(unit.id, ids)).all();
		if (units.length !== ids.length || units.some((u) => !u.active))
			throw new DomainError('invalid', '所选单位不存在或已停用');
		const existing = new Set(
			tx
				.select({ unitId: assignment.unitId })
				.from(assignment)
				.where(eq(assignment.taskId, taskId))
				.all()
				.map((a) => a.unitId)
		);
		const fresh = units.filter((u) => !existing.has(u.id));
		if (!fresh.length) throw new DomainError('conflict', '所选单位已在该任务中');
		tx.insert(assignment)
			.values(fresh.map((u) => ({ taskId, planId: t.planId, unitId: u.id, role })))
			.run();
		recordAudit(tx, actor, {
			action: 'assignment.add',
			objectType: 'task',
			objectId: taskId,
			summary: `任务“${t.code}${t.title}”增加${role === 'lead' ? '牵头' : '责任'}单位：${fresh.map((u) => u.shortName).join('、')}`,
			detail: { unitIds: fresh.map((u) => u.id), role }
		});
		return fresh.length;
	});
}

export function removeAssignment(db: DB, actor: Actor, taskId: number, assignmentId: number): void {
	db.transaction((tx) => {
		const t = requireTask(tx, taskId);
		const a = tx
			.select({ id: assignment.id, status: assignment.status, unitName: unit.shortName })
			.from(assignment)
			.innerJoin(unit, eq(unit.id, assignment.unitId))
			.where(and(eq(assignment.id, assignmentId), eq(assignment.taskId, taskId)))
			.get();
		if (!a) throw new DomainError('not_found', '任务分工不存在');
		if (hasWork(tx, a.id)) throw new DomainError('conflict', `${a.unitName}已报送进展或材料，不能取消其分工`);
		tx.delete(assignment).where(eq(assignment.id, a.id)).run();
		recordAudit(tx, actor, {
			action: 'assignment.remove',
			objectType: 'task',
			objectId: taskId,
			summary: `任务“${t.code}${t.title}”取消单位：${a.unitName}`,
			detail: { assignmentId: a.id }
		});
	});
}

export interface MilestoneInput {
	dueOn: string;
	what: string;
}

/** Replaces a task's milestones with the list the office edited. */
export function updateMilestones(db: DB, actor: Actor, taskId: number, list: MilestoneInput[]): void {
	const clean = list.map((m) => ({ dueOn: m.dueOn.trim(), what: m.what.trim() })).filter((m) => m.dueOn || m.what);
	const errors: Record<string, string> = {};
	clean.forEach((m, i) => {
		if (!isIsoDate(m.dueOn)) errors[`dueOn:${i}`] = `第 ${i + 1} 个时间节点的日期无效`;
		if (m.what.length > 200) errors[`what:${i}`] = '内容不能超过 200 字';
	});
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	clean.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
	db.transaction((tx) => {
		const t = requireTask(tx, taskId);
		const before = tx.select().from(milestone).where(eq(milestone.taskId, taskId)).orderBy(asc(milestone.dueOn)).all();
		tx.delete(milestone).where(eq(milestone.taskId, taskId)).run();
		if (clean.length)
			tx.insert(milestone)
				.values(clean.map((m, i) => ({ taskId, dueOn: m.dueOn, what: m.what, sortOrder: i })))
				.run();
		recordAudit(tx, actor, {
			action: 'milestone.update',
			objectType: 'task',
			objectId: taskId,
			summary: `修改任务“${t.code}${t.title}”的时间节点：${clean.map((m) => m.dueOn).join('、') || '无'}`,
			detail: { before: before.map((m) => ({ dueOn: m.dueOn, what: m.what })), after: clean }
		});
	});
}

/** 黄灯提前天数: how many days before a milestone an unsubmitted assignment turns yellow. */
export function setWarnDays(db: DB, actor: Actor, planId: number, days: number): void {
	if (!Number.isInteger(days) || days < 0 || days > 90)
		throw new DomainError('invalid', '提前提醒天数应为 0–90 的整数', { warnDays: '应为 0–90 的整数' });
	db.transaction((tx) => {
		const p = tx.select({ title: plan.title, warnDays: plan.warnDays }).from(plan).where(eq(plan.id, planId)).get();
		if (!p) throw new DomainError('not_found', '工作要点不存在');
		if (p.warnDays === days) return;
		tx.update(plan).set({ warnDays: days }).where(eq(plan.id, planId)).run();
		recordAudit(tx, actor, {
			action: 'plan.update',
			objectType: 'plan',
			objectId: planId,
			summary: `“${p.title}”黄灯提前天数 ${p.warnDays} → ${days}`
		});
	});
}
