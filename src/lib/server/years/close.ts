// 关闭年度: after the annual 考核, the office closes the plan. Closing freezes the year's assignments,
// reports, evidence, submissions, reviews, deadlines and tasks, and its 考核 (entries, rubric, classes,
// rectifications, bulletins) — read-only from then on, in the domain and by triggers. It is refused
// while work is waiting for the office and until the year's annual 考核 bulletin is issued. Reopening
// needs a reason.
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignment, extensionRequest, objection, plan, planClosure, scoreEntry, unit } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { refreshLights } from '../assignments/light-state';
import { selectAssignments } from '../assignments/base';
import { getAnnualBulletin } from '../bulletins/read';
import { assertPlanOpen } from './guard';

const FORBIDDEN = '只有政务公开办可以关闭或重新打开年度';
/** How many waiting items the refusal names before it says “等 N 项”. */
const NAMED = 10;

function requirePlan(tx: Tx, planId: number) {
	const p = tx.select().from(plan).where(eq(plan.id, planId)).get();
	if (!p) throw new DomainError('not_found', '工作要点不存在');
	return p;
}

/** What still waits for the office in the plan: submissions to review, extension requests to decide, 异议 to answer. */
export function waitingWork(tx: Tx, planId: number): string[] {
	const rect = tx.select({ id: plan.id }).from(plan).where(eq(plan.parentId, planId)).get();
	const plans = rect ? [planId, rect.id] : [planId];
	const submitted = selectAssignments(tx)
		.where(and(inArray(assignment.planId, plans), eq(assignment.status, 'submitted')))
		.all()
		.map((r) => `${r.unitName}“${r.taskCode}${r.taskTitle}”待审核`);
	// Joined, not an IN list of the plan's assignment ids: a province's plan has more than SQLite's
	// limit of bound parameters.
	const pending = tx
		.selectDistinct({ assignmentId: extensionRequest.assignmentId })
		.from(extensionRequest)
		.innerJoin(assignment, eq(assignment.id, extensionRequest.assignmentId))
		.where(and(eq(extensionRequest.status, 'pending'), inArray(assignment.planId, plans)))
		.all();
	const ext = pending.length
		? selectAssignments(tx)
				.where(
					inArray(
						assignment.id,
						pending.map((p) => p.assignmentId)
					)
				)
				.all()
				.map((r) => `${r.unitName}“${r.taskCode}${r.taskTitle}”延期申请待审批`)
		: [];
	const objections = tx
		.select({ id: objection.id, unitName: unit.shortName, entryId: objection.entryId })
		.from(objection)
		.innerJoin(scoreEntry, eq(scoreEntry.id, objection.entryId))
		.innerJoin(unit, eq(unit.id, objection.unitId))
		.where(and(eq(scoreEntry.planId, planId), isNull(objection.answer)))
		.orderBy(objection.id)
		.all()
		.map((o) => `${o.unitName}对评分录入 ${o.entryId} 的异议待答复`);
	return [...submitted, ...ext, ...objections];
}

/** Why a year without its annual bulletin cannot be closed, and what to do. */
export const noAnnualBulletin = (year: number) =>
	`${year}年度的年度考核通报尚未印发，不能关闭年度：请先在“考核 → 通报”中印发${year}年度的年度考核通报，再关闭年度`;

export function closePlan(db: DB, actor: Actor, planId: number, input: { reason: string }, now = Date.now()): void {
	assertCan(actor, 'year.close', undefined, FORBIDDEN);
	db.transaction((tx) => {
		const p = requirePlan(tx, planId);
		assertPlanOpen(p);
		const waiting = waitingWork(tx, planId);
		if (waiting.length) {
			const named = waiting.slice(0, NAMED).join('；');
			throw new DomainError(
				'conflict',
				`还有 ${waiting.length} 项待处理，处理完才能关闭年度：${named}${waiting.length > NAMED ? `等 ${waiting.length} 项` : ''}`
			);
		}
		// The year's 考核 ends with its annual bulletin; once closed, none can be issued any more.
		if (!getAnnualBulletin(tx, planId)) throw new DomainError('conflict', noAnnualBulletin(p.year));
		// The stored lights as they stood when the year closed, its 整改 included: the last word on the year.
		const rect = tx.select({ id: plan.id }).from(plan).where(eq(plan.parentId, planId)).get();
		refreshLights(tx, inArray(assignment.planId, rect ? [planId, rect.id] : [planId]), now);
		// The plan's 整改 (its rectification plan) closes with it.
		tx.update(plan)
			.set({ closedAt: now, closedBy: actor.id })
			.where(or(eq(plan.id, planId), eq(plan.parentId, planId)))
			.run();
		tx.insert(planClosure)
			.values({ planId, action: 'close', reason: input.reason.trim().slice(0, 500), actorId: actor.id, createdAt: now })
			.run();
		recordAudit(tx, actor, {
			action: 'year.close',
			objectType: 'plan',
			objectId: planId,
			summary: `关闭年度：${p.title}（${p.year}年）`
		});
	});
}

export function reopenPlan(db: DB, actor: Actor, planId: number, input: { reason: string }, now = Date.now()): void {
	assertCan(actor, 'year.close', undefined, FORBIDDEN);
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('invalid', '重新打开已关闭的年度必须说明理由', { reason: '请填写理由' });
	if (reason.length > 500) throw new DomainError('invalid', '理由不能超过 500 字', { reason: '不能超过 500 字' });
	db.transaction((tx) => {
		const p = requirePlan(tx, planId);
		if (p.closedAt === null) throw new DomainError('conflict', '该年度没有关闭');
		tx.update(plan)
			.set({ closedAt: null, closedBy: null })
			.where(or(eq(plan.id, planId), eq(plan.parentId, planId)))
			.run();
		tx.insert(planClosure).values({ planId, action: 'reopen', reason, actorId: actor.id, createdAt: now }).run();
		recordAudit(tx, actor, {
			action: 'year.reopen',
			objectType: 'plan',
			objectId: planId,
			summary: `重新打开年度：${p.title}（${p.year}年）。理由：${reason}`.slice(0, 300),
			detail: { reason }
		});
	});
}

export function closureHistory(db: DB, planId: number) {
	return db.select().from(planClosure).where(eq(planClosure.planId, planId)).all();
}
