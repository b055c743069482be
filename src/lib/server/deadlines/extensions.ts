// 延期申请: a unit asks for a later due date with a reason; the office approves (with the date it
// grants) or refuses (with a reason). Requests are never edited or deleted: a decision is added to
// the request, and an approval moves the unit's date through change.ts, which keeps the history.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { countRows, type DB, type Tx } from '../db/client';
import { assignment, assignmentEvent, extensionRequest, notice, type ExtensionStatus } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan, type PolicyUser } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';
import { loadAssignment, requireWorkable, type AssignmentContext } from '../assignments/access';
import { selectAssignments, type AssignmentRow } from '../assignments/base';
import { moveDeadline, requireDeadline } from './change';
import { assertPlanOpen } from '../years/guard';

/** Requests the decision list shows at once, oldest first. */
export const LIST_LIMIT = 500;

const MAX_REASON = 500;

function reasonOf(text: string, field: string, what: string): string {
	const r = text.trim();
	if (!r) throw new DomainError('invalid', `请填写${what}`, { [field]: `请填写${what}` });
	if (r.length > MAX_REASON)
		throw new DomainError('invalid', `${what}不能超过 ${MAX_REASON} 字`, { [field]: `不能超过 ${MAX_REASON} 字` });
	return r;
}

/** A new date must be a real date after the one in force, and within the year after the plan's. */
function laterDate(date: string, after: string, planYear: number, field: string): string {
	if (!isIsoDate(date)) throw new DomainError('invalid', '请填写新的期限日期', { [field]: '请填写日期' });
	if (date <= after)
		throw new DomainError('invalid', `新的期限应晚于现在的期限（${after}）`, { [field]: `应晚于 ${after}` });
	if (date > `${planYear + 1}-12-31`)
		throw new DomainError('invalid', `新的期限不能晚于 ${planYear + 1} 年底`, { [field]: '日期过晚' });
	return date;
}

export interface ExtensionInput {
	milestoneId: number | null;
	requestedDue: string;
	reason: string;
}

export function requestExtension(
	db: DB,
	actor: Actor,
	assignmentId: number,
	input: ExtensionInput,
	now = Date.now()
): number {
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		const s = ctx.assignment.status;
		if (s === 'accepted') throw new DomainError('conflict', '已审核通过，无需申请延期');
		if (s === 'submitted') throw new DomainError('conflict', '已提交办结，等待审核期间无需申请延期');
		const d = requireDeadline(tx, ctx, input.milestoneId);
		const requestedDue = laterDate(input.requestedDue, d.dueOn, ctx.plan.year, 'requestedDue');
		const reason = reasonOf(input.reason, 'reason', '延期理由');
		if (pendingOf(tx, assignmentId))
			throw new DomainError('conflict', '已有一份延期申请等待政务公开办审批，请等待结果或先撤回');
		const id = tx
			.insert(extensionRequest)
			.values({
				assignmentId,
				milestoneId: d.milestoneId,
				currentDue: d.dueOn,
				requestedDue,
				reason,
				createdBy: actor.id,
				createdAt: now
			})
			.returning({ id: extensionRequest.id })
			.get().id;
		event(
			tx,
			actor,
			assignmentId,
			'extension_requested',
			`申请延期：${d.what} ${d.dueOn} → ${requestedDue}。理由：${reason}`,
			now
		);
		recordAudit(tx, actor, {
			action: 'extension.request',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 申请“${ctx.task.code}${ctx.task.title}”延期至 ${requestedDue}`,
			detail: { extensionRequestId: id, from: d.dueOn, to: requestedDue }
		});
		return id;
	});
}

function pendingOf(tx: Tx, assignmentId: number) {
	return (
		tx
			.select()
			.from(extensionRequest)
			.where(and(eq(extensionRequest.assignmentId, assignmentId), eq(extensionRequest.status, 'pending')))
			.get() ?? null
	);
}

function event(
	tx: Tx,
	actor: Actor,
	assignmentId: number,
	type: 'extension_requested' | 'extension_refused',
	message: string,
	now: number
) {
	tx.insert(assignmentEvent).values({ assignmentId, type, actorId: actor.id, message, createdAt: now }).run();
}

/** The unit takes back its own pending request. */
export function withdrawExtension(db: DB, actor: Actor, assignmentId: number, now = Date.now()): void {
	db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		const req = pendingOf(tx, assignmentId);
		if (!req) throw new DomainError('conflict', '没有等待审批的延期申请（可能已被审批），请刷新页面');
		tx.update(extensionRequest)
			.set({ status: 'withdrawn', decidedAt: now })
			.where(eq(extensionRequest.id, req.id))
			.run();
		event(tx, actor, assignmentId, 'extension_refused', `撤回延期申请（${req.currentDue} → ${req.requestedDue}）`, now);
		recordAudit(tx, actor, {
			action: 'extension.withdraw',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 撤回“${ctx.task.code}${ctx.task.title}”的延期申请`
		});
	});
}

export interface ExtensionDecision {
	approve: boolean;
	/** The date granted (approval); defaults to the date asked for. */
	decidedDue?: string;
	/** Required when refusing; optional note when approving. */
	note: string;
}

export function decideExtension(db: DB, actor: Actor, requestId: number, input: ExtensionDecision, now = Date.now()) {
	assertCan(actor, 'deadline.manage', undefined, '只有政务公开办可以审批延期申请');
	db.transaction((tx) => {
		const req = tx.select().from(extensionRequest).where(eq(extensionRequest.id, requestId)).get();
		if (!req) throw new DomainError('not_found', '延期申请不存在');
		if (req.status !== 'pending')
			throw new DomainError('conflict', '该延期申请已处理（可能在其他窗口中审批过或已撤回），请刷新页面');
		const ctx = loadAssignment(tx, req.assignmentId)!;
		assertPlanOpen(ctx.plan);
		const decided = { decidedBy: actor.id, decidedAt: now };
		if (!input.approve) {
			const note = reasonOf(input.note, 'note', '不同意延期的理由');
			tx.update(extensionRequest)
				.set({ status: 'refused', decisionNote: note, ...decided })
				.where(eq(extensionRequest.id, req.id))
				.run();
			const text = `延期申请未获同意（${req.currentDue} → ${req.requestedDue}）：${note}`;
			event(tx, actor, req.assignmentId, 'extension_refused', text, now);
			tellUnit(tx, actor, ctx, text, now);
			audit(tx, actor, ctx, req.id, `不同意 ${ctx.unit.shortName}“${ctx.task.code}${ctx.task.title}”延期：${note}`);
			return;
		}
		const d = requireDeadline(tx, ctx, req.milestoneId);
		const due = laterDate(input.decidedDue || req.requestedDue, d.dueOn, ctx.plan.year, 'decidedDue');
		const note = input.note.trim().slice(0, MAX_REASON);
		tx.update(extensionRequest)
			.set({ status: 'approved', decidedDue: due, decisionNote: note, ...decided })
			.where(eq(extensionRequest.id, req.id))
			.run();
		moveDeadline(
			tx,
			actor,
			ctx,
			{
				deadline: d,
				toDue: due,
				kind: 'extension',
				reason: req.reason,
				extensionRequestId: req.id,
				message: `同意延期：${d.what} ${d.dueOn} → ${due}${note ? `。意见：${note}` : ''}`
			},
			now
		);
		audit(tx, actor, ctx, req.id, `同意 ${ctx.unit.shortName}“${ctx.task.code}${ctx.task.title}”延期至 ${due}`);
	});
}

function tellUnit(tx: Tx, actor: Actor, ctx: AssignmentContext, text: string, now: number) {
	tx.insert(notice)
		.values({
			unitId: ctx.assignment.unitId,
			assignmentId: ctx.assignment.id,
			kind: 'deadline',
			message: `${ctx.task.code}${ctx.task.title}：${text}`,
			createdBy: actor.id,
			createdAt: now
		})
		.run();
}

function audit(tx: Tx, actor: Actor, ctx: AssignmentContext, requestId: number, summary: string) {
	recordAudit(tx, actor, {
		action: 'extension.decide',
		objectType: 'assignment',
		objectId: ctx.assignment.id,
		summary: summary.slice(0, 300),
		detail: { extensionRequestId: requestId }
	});
}

export type ExtensionRow = typeof extensionRequest.$inferSelect;

/** An assignment's requests, newest first (the assignment page; access is checked by its caller). */
export function listExtensionsOf(tx: Tx, assignmentId: number): ExtensionRow[] {
	return tx
		.select()
		.from(extensionRequest)
		.where(eq(extensionRequest.assignmentId, assignmentId))
		.orderBy(desc(extensionRequest.createdAt), desc(extensionRequest.id))
		.all();
}

export interface PendingExtension {
	request: ExtensionRow;
	assignment: AssignmentRow;
}

/** The office's list of requests waiting for a decision, oldest first. */
/** How many extension requests wait for a decision (the tab's count: the list shows the oldest 500). */
export function countPendingExtensions(db: DB, viewer: PolicyUser): number {
	assertCan(viewer, 'deadline.manage', undefined, '只有政务公开办可以查看延期申请');
	return countRows(db, extensionRequest, eq(extensionRequest.status, 'pending'));
}

/** The oldest LIST_LIMIT requests in `status`, each with its assignment. */
export function listPendingExtensions(
	db: DB,
	viewer: PolicyUser,
	status: ExtensionStatus = 'pending'
): PendingExtension[] {
	assertCan(viewer, 'deadline.manage', undefined, '只有政务公开办可以查看延期申请');
	const reqs = db
		.select()
		.from(extensionRequest)
		.where(eq(extensionRequest.status, status))
		.orderBy(asc(extensionRequest.createdAt), asc(extensionRequest.id))
		.limit(LIST_LIMIT)
		.all();
	if (!reqs.length) return [];
	const rows = new Map(
		selectAssignments(db)
			.where(inArray(assignment.id, [...new Set(reqs.map((r) => r.assignmentId))]))
			.all()
			.map((r) => [r.id, r])
	);
	return reqs.flatMap((r) => {
		const a = rows.get(r.assignmentId);
		return a ? [{ request: r, assignment: a }] : [];
	});
}
