// Reading rectifications with their state, which is the assignment's: 已整改 once the office accepted
// the unit's submission, 待审核 while one waits, 已退回 after a return, 逾期未整改 when its light is red,
// else 整改中. Unit staff see their own unit's; the office and leaders every unit's.
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignment, rectification, review, unit, type AssignmentStatus, type Light } from '../db/schema';
import { can, type PolicyUser } from '../auth/policy';
import type { RectificationStatus } from '../../labels';
import { deadlinesOfAssignments } from '../deadlines/load';
import { finalDue } from '../deadlines/effective';

export function statusOf(a: { status: AssignmentStatus; lastLight: Light | null }): RectificationStatus {
	if (a.status === 'accepted') return 'closed';
	if (a.status === 'submitted') return 'submitted';
	if (a.lastLight === 'red') return 'overdue';
	return a.status === 'returned' ? 'returned' : 'open';
}

export interface RectificationRow {
	id: number;
	planId: number;
	unitId: number;
	unitName: string;
	assignmentId: number;
	problem: string;
	requirement: string;
	dueOn: string;
	openedAt: number;
	status: RectificationStatus;
	source: { entryId: number | null; bulletinId: number | null };
}

function select(tx: Tx) {
	return tx
		.select({
			r: rectification,
			unitName: unit.shortName,
			status: assignment.status,
			lastLight: assignment.lastLight,
			taskId: assignment.taskId
		})
		.from(rectification)
		.innerJoin(unit, eq(unit.id, rectification.unitId))
		.innerJoin(assignment, eq(assignment.id, rectification.assignmentId));
}

const toRow = (x: ReturnType<ReturnType<typeof select>['all']>[number]): RectificationRow => ({
	id: x.r.id,
	planId: x.r.planId,
	unitId: x.r.unitId,
	unitName: x.unitName,
	assignmentId: x.r.assignmentId,
	problem: x.r.problem,
	requirement: x.r.requirement,
	dueOn: x.r.dueOn,
	openedAt: x.r.openedAt,
	status: statusOf(x),
	source: { entryId: x.r.entryId, bulletinId: x.r.bulletinId }
});

/** A plan's rectifications as the viewer may see them, newest first. */
export function listRectifications(db: DB, viewer: PolicyUser, planId: number): RectificationRow[] {
	const own = can(viewer, 'board.all_units') ? undefined : (viewer.unitId ?? -1);
	return select(db)
		.where(and(eq(rectification.planId, planId), own !== undefined ? eq(rectification.unitId, own) : undefined))
		.orderBy(desc(rectification.openedAt), desc(rectification.id))
		.all()
		.map(toRow);
}

/** Rectifications opened from these entries or bulletin rows, by source, for the pages that show sources. */
export function rectificationsBySource(db: DB, planId: number): Map<string, RectificationRow> {
	const out = new Map<string, RectificationRow>();
	for (const x of select(db).where(eq(rectification.planId, planId)).all()) {
		const row = toRow(x);
		if (x.r.entryId) out.set(`entry:${x.r.entryId}`, row);
		if (x.r.bulletinLineId) out.set(`line:${x.r.bulletinLineId}`, row);
		if (x.r.bulletinItemId) out.set(`item:${x.r.bulletinItemId}`, row);
	}
	return out;
}

export interface RectificationAtCutOff extends RectificationRow {
	/** When the office accepted the unit's submission, if by the cut-off. */
	closedAt: number | null;
	state: 'closed' | 'overdue' | 'open';
	/** The due date in force (an approved extension moves it). */
	dueInForce: string;
}

/**
 * Rectifications opened by the end of `cutOff`, as they stood then: closed when the office accepted
 * the unit's submission before the end of that day; overdue when still open after their due date.
 */
export function rectificationsAt(tx: Tx, planId: number, planYear: number, cutOff: string): RectificationAtCutOff[] {
	const end = Date.parse(`${cutOff}T24:00:00+08:00`);
	const rows = select(tx)
		.where(and(eq(rectification.planId, planId), lt(rectification.openedAt, end)))
		.orderBy(asc(rectification.openedAt), asc(rectification.id))
		.all();
	const deadlines = deadlinesOfAssignments(
		tx,
		rows.map((x) => ({ id: x.r.assignmentId, taskId: x.taskId, planYear }))
	);
	return rows.map((x) => {
		const accepted = tx
			.select({ at: review.createdAt })
			.from(review)
			.where(and(eq(review.assignmentId, x.r.assignmentId), eq(review.decision, 'accept'), lt(review.createdAt, end)))
			.orderBy(asc(review.createdAt))
			.get();
		const closedAt = accepted?.at ?? null;
		const dueInForce = finalDue(deadlines.get(x.r.assignmentId) ?? []) || x.r.dueOn;
		const state = closedAt ? 'closed' : dueInForce < cutOff ? 'overdue' : 'open';
		return { ...toRow(x), closedAt, state, dueInForce };
	});
}
