// 下发整改: a problem the office found — an entry (扣分), a bulletin's deduction line or red item —
// becomes a rectification for the unit with a deadline. It is answered exactly like an assignment:
// a task of its own in the work plan's rectification plan (整改事项, created on first use), with one
// assignment for the unit, a milestone on the due date and 序时进度 counted from the day it was opened.
// Reports, evidence, 提交办结, the office's review (通过 closes it, 退回 returns it), lights,
// reminders, 我的任务 and the review queue all work on it unchanged.
import { and, count, eq } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import {
	assignment,
	assignmentEvent,
	bulletin,
	bulletinItem,
	bulletinLine,
	milestone,
	notice,
	plan,
	rectification,
	scoreEntry,
	section,
	task,
	unit
} from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate, shanghaiDate } from '../shared/time';
import { refreshLight } from '../assignments/light-state';
import { ENTRY_KIND_LABEL } from '../../labels';
import { assertPlanIdOpen } from '../years/guard';

export const RECTIFICATION_SOURCES = ['entry', 'line', 'item'] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

export interface RectificationInput {
	/** entry: a score entry; line: a bulletin's deduction line; item: a bulletin's red item. */
	source: string;
	sourceId: number;
	requirement: string;
	dueOn: string;
}

interface Found {
	planId: number;
	unitId: number;
	problem: string;
	link: Partial<
		Pick<typeof rectification.$inferInsert, 'entryId' | 'bulletinId' | 'bulletinLineId' | 'bulletinItemId'>
	>;
}

const notFound = () => new DomainError('not_found', '要整改的问题不存在');

/** What the problem is, for which unit and plan, from its source. */
function findSource(tx: Tx, source: RectificationSource, id: number): Found {
	if (source === 'entry') {
		const e = tx.select().from(scoreEntry).where(eq(scoreEntry.id, id)).get();
		if (!e) throw notFound();
		if (e.revokedAt) throw new DomainError('conflict', '该评分录入已撤销，不能据此下发整改');
		if (e.kind === 'bonus') throw new DomainError('invalid', '加分不需要整改');
		return {
			planId: e.planId,
			unitId: e.unitId,
			problem: `${ENTRY_KIND_LABEL[e.kind]}：${e.reason}`,
			link: { entryId: e.id }
		};
	}
	const row =
		source === 'line'
			? tx
					.select({
						bulletinId: bulletinLine.bulletinId,
						unitId: bulletinLine.unitId,
						text: bulletinLine.text,
						points: bulletinLine.points
					})
					.from(bulletinLine)
					.where(eq(bulletinLine.id, id))
					.get()
			: tx
					.select({
						bulletinId: bulletinItem.bulletinId,
						unitId: bulletinItem.unitId,
						text: bulletinItem.label,
						detail: bulletinItem.detail,
						kind: bulletinItem.kind
					})
					.from(bulletinItem)
					.where(eq(bulletinItem.id, id))
					.get();
	if (!row) throw notFound();
	if ('points' in row && row.points >= 0) throw new DomainError('invalid', '只有扣分的明细才能下发整改');
	if ('kind' in row && row.kind !== 'red' && row.kind !== 'yellow')
		throw new DomainError('invalid', '只有红黄灯事项才能下发整改');
	const b = tx
		.select({ planId: bulletin.planId, status: bulletin.status, docNumber: bulletin.docNumber })
		.from(bulletin)
		.where(eq(bulletin.id, row.bulletinId))
		.get();
	if (!b || b.status !== 'issued') throw notFound();
	const text = 'detail' in row ? `${row.text}：${row.detail}` : row.text;
	return {
		planId: b.planId,
		unitId: row.unitId,
		problem: `${b.docNumber}通报：${text}`,
		link: { bulletinId: row.bulletinId, ...(source === 'line' ? { bulletinLineId: id } : { bulletinItemId: id }) }
	};
}

/** The work plan's rectification plan, created with its one section on first use. */
function rectificationPlan(
	tx: Tx,
	actor: Actor,
	workPlanId: number,
	now: number
): { planId: number; sectionId: number } {
	const existing = tx.select({ id: plan.id }).from(plan).where(eq(plan.parentId, workPlanId)).get();
	if (existing) {
		const s = tx.select({ id: section.id }).from(section).where(eq(section.planId, existing.id)).get()!;
		return { planId: existing.id, sectionId: s.id };
	}
	const parent = tx.select().from(plan).where(eq(plan.id, workPlanId)).get()!;
	const planId = tx
		.insert(plan)
		.values({
			title: `${parent.title}·整改事项`,
			year: parent.year,
			issuer: parent.issuer,
			warnDays: parent.warnDays,
			kind: 'rectification',
			parentId: workPlanId,
			createdAt: now,
			createdBy: actor.id || null
		})
		.returning({ id: plan.id })
		.get().id;
	const sectionId = tx
		.insert(section)
		.values({ planId, code: '整改', title: '整改事项', sortOrder: 0 })
		.returning({ id: section.id })
		.get().id;
	return { planId, sectionId };
}

function validate(input: RectificationInput, today: string) {
	const errors: Record<string, string> = {};
	const requirement = input.requirement.trim();
	if (!requirement) errors.requirement = '请写明整改要求';
	else if (requirement.length > 2000) errors.requirement = '整改要求不能超过 2000 字';
	if (!isIsoDate(input.dueOn)) errors.dueOn = '请填写整改期限';
	else if (input.dueOn < today) errors.dueOn = '整改期限不能早于今天';
	if (!RECTIFICATION_SOURCES.includes(input.source as RectificationSource)) errors.source = '请选择要整改的问题';
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return { requirement, dueOn: input.dueOn, source: input.source as RectificationSource };
}

/** Opens the rectification; returns its id. One per problem. */
export function openRectification(db: DB, actor: Actor, input: RectificationInput, now = Date.now()): number {
	assertCan(actor, 'rectification.open', undefined, '只有政务公开办可以下发整改');
	const today = shanghaiDate(now);
	const clean = validate(input, today);
	return db.transaction((tx) => {
		const found = findSource(tx, clean.source, input.sourceId);
		assertPlanIdOpen(tx, found.planId);
		const u = tx
			.select({ id: unit.id, name: unit.shortName, active: unit.active })
			.from(unit)
			.where(eq(unit.id, found.unitId))
			.get();
		if (!u) throw new DomainError('conflict', '该单位已合并或删除，请对合并后的单位另行下发整改');
		const taken = tx
			.select({ id: rectification.id })
			.from(rectification)
			.where(
				found.link.entryId
					? eq(rectification.entryId, found.link.entryId)
					: found.link.bulletinLineId
						? eq(rectification.bulletinLineId, found.link.bulletinLineId)
						: eq(rectification.bulletinItemId, found.link.bulletinItemId!)
			)
			.get();
		if (taken) throw new DomainError('conflict', '这个问题已经下发过整改');
		const { planId, sectionId } = rectificationPlan(tx, actor, found.planId, now);
		const n = tx.select({ n: count() }).from(task).where(eq(task.planId, planId)).get()!.n + 1;
		const title = `整改：${found.problem}`.slice(0, 80);
		const taskId = tx
			.insert(task)
			.values({
				planId,
				sectionId,
				code: `(${n})`,
				title,
				body: `问题：${found.problem}\n整改要求：${clean.requirement}\n整改期限：${clean.dueOn}`,
				unitNote: `责任单位:${u.name}`,
				sortOrder: n,
				startsOn: today
			})
			.returning({ id: task.id })
			.get().id;
		tx.insert(milestone).values({ taskId, dueOn: clean.dueOn, what: '完成整改', sortOrder: 0 }).run();
		const assignmentId = tx
			.insert(assignment)
			.values({ taskId, planId, unitId: u.id, role: 'responsible', createdAt: now, updatedAt: now })
			.returning({ id: assignment.id })
			.get().id;
		const id = tx
			.insert(rectification)
			.values({
				planId: found.planId,
				unitId: u.id,
				assignmentId,
				...found.link,
				problem: found.problem,
				requirement: clean.requirement,
				dueOn: clean.dueOn,
				openedBy: actor.id,
				openedAt: now
			})
			.returning({ id: rectification.id })
			.get().id;
		const message = `下发整改（期限 ${clean.dueOn}）：${found.problem}`.slice(0, 500);
		tx.insert(assignmentEvent)
			.values({ assignmentId, type: 'rectification_opened', actorId: actor.id, message, createdAt: now })
			.run();
		tx.insert(notice)
			.values({
				unitId: u.id,
				assignmentId,
				kind: 'assessment',
				message: `请按要求整改并报送：${message}`,
				createdBy: actor.id,
				createdAt: now
			})
			.run();
		refreshLight(tx, assignmentId, now);
		recordAudit(tx, actor, {
			action: 'rectification.open',
			objectType: 'rectification',
			objectId: id,
			summary: `向 ${u.name} 下发整改（期限 ${clean.dueOn}）：${found.problem}`.slice(0, 300)
		});
		return id;
	});
}

/** The rectification behind an assignment, if it is one (the assignment page links back to it). */
export function rectificationOfAssignment(tx: Tx, assignmentId: number): { id: number; planId: number } | null {
	return (
		tx
			.select({ id: rectification.id, planId: rectification.planId })
			.from(rectification)
			.where(and(eq(rectification.assignmentId, assignmentId)))
			.get() ?? null
	);
}
