// The office's later changes to an imported plan: who works on a task and the warning days (its
// milestones: milestones.ts). Audited; every change that can move a light recomputes the affected lights in its transaction.
import { and, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, plan, task, unit, type AssignmentRole } from '../db/schema';
import { hasWork } from '../assignments/has-work';
import { refreshLights } from '../assignments/light-state';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { ASSIGNMENT_ROLE_LABEL } from '../../labels';
import { assertPlanIdOpen, assertPlanOpen } from '../years/guard';

export const FORBIDDEN = '只有政务公开办可以修改工作要点';

/** The task, if it exists and its year is open (a closed year's tasks never change). */
export function requireTask(db: Pick<DB, 'select'>, taskId: number) {
	const t = db.select().from(task).where(eq(task.id, taskId)).get();
	if (!t) throw new DomainError('not_found', '任务不存在');
	assertPlanIdOpen(db, t.planId);
	return t;
}

export function addAssignments(
	db: DB,
	actor: Actor,
	taskId: number,
	unitIds: number[],
	role: AssignmentRole,
	now = Date.now()
): number {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
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
		refreshLights(
			tx,
			and(
				eq(assignment.taskId, taskId),
				inArray(
					assignment.unitId,
					fresh.map((u) => u.id)
				)
			)!,
			now
		);
		recordAudit(tx, actor, {
			action: 'assignment.add',
			objectType: 'task',
			objectId: taskId,
			summary: `任务“${t.code}${t.title}”增加${ASSIGNMENT_ROLE_LABEL[role]}单位：${fresh.map((u) => u.shortName).join('、')}`,
			detail: { unitIds: fresh.map((u) => u.id), role }
		});
		return fresh.length;
	});
}

export function removeAssignment(db: DB, actor: Actor, taskId: number, assignmentId: number): void {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
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

/** 黄灯提前天数: how many days before a due date an unfinished assignment turns yellow. */
export function setWarnDays(db: DB, actor: Actor, planId: number, days: number, now = Date.now()): void {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	if (!Number.isInteger(days) || days < 0 || days > 90)
		throw new DomainError('invalid', '提前提醒天数应为 0–90 的整数', { warnDays: '应为 0–90 的整数' });
	db.transaction((tx) => {
		const p = tx
			.select({ title: plan.title, year: plan.year, warnDays: plan.warnDays, closedAt: plan.closedAt })
			.from(plan)
			.where(eq(plan.id, planId))
			.get();
		if (!p) throw new DomainError('not_found', '工作要点不存在');
		assertPlanOpen(p);
		if (p.warnDays === days) return;
		tx.update(plan).set({ warnDays: days }).where(eq(plan.id, planId)).run();
		const moved = refreshLights(tx, eq(assignment.planId, planId), now);
		recordAudit(tx, actor, {
			action: 'plan.update',
			objectType: 'plan',
			objectId: planId,
			summary: `“${p.title}”黄灯提前天数 ${p.warnDays} → ${days}`,
			detail: { notices: moved }
		});
	});
}
