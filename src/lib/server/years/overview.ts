// What the office sees before closing a year and after: what still waits and whether the annual 考核
// bulletin is issued (both block closing), how much of the work was finished, the closures and reopenings with their reasons, and the next year's
// draft or plan once started.
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, plan, planClosure, planImport, user } from '../db/schema';
import { waitingWork } from './close';
import { getAnnualBulletin } from '../bulletins/read';

export interface YearOverview {
	plan: { id: number; title: string; year: number; closedAt: number | null; closedBy: string | null };
	/** Blocks closing: submissions to review, extension requests to decide. */
	waiting: string[];
	assignments: { total: number; accepted: number };
	history: { action: 'close' | 'reopen'; reason: string; actor: string; at: number }[];
	/** The plan's issued annual 考核 bulletin: without it the year cannot be closed. */
	annualBulletin: { id: number; title: string; docNumber: string } | null;
	nextDraftId: number | null;
	nextPlans: { id: number; title: string; year: number }[];
}

export function yearOverview(db: DB, planId: number): YearOverview | null {
	const p = db.select().from(plan).where(eq(plan.id, planId)).get();
	if (!p) return null;
	const nameOf = (id: number | null) =>
		id === null ? null : (db.select({ n: user.displayName }).from(user).where(eq(user.id, id)).get()?.n ?? '');
	const byStatus = db
		.select({ status: assignment.status, n: count() })
		.from(assignment)
		.where(eq(assignment.planId, planId))
		.groupBy(assignment.status)
		.all();
	const history = db
		.select({
			action: planClosure.action,
			reason: planClosure.reason,
			actor: user.displayName,
			at: planClosure.createdAt
		})
		.from(planClosure)
		.innerJoin(user, eq(user.id, planClosure.actorId))
		.where(eq(planClosure.planId, planId))
		.orderBy(asc(planClosure.createdAt), asc(planClosure.id))
		.all();
	const draft = db
		.select({ id: planImport.id })
		.from(planImport)
		.where(and(eq(planImport.fromPlanId, planId), eq(planImport.status, 'draft')))
		.orderBy(desc(planImport.id))
		.get();
	return {
		plan: { id: p.id, title: p.title, year: p.year, closedAt: p.closedAt, closedBy: nameOf(p.closedBy) },
		waiting: p.closedAt === null ? waitingWork(db, planId) : [],
		assignments: {
			total: byStatus.reduce((n, r) => n + r.n, 0),
			accepted: byStatus.find((r) => r.status === 'accepted')?.n ?? 0
		},
		history,
		annualBulletin: getAnnualBulletin(db, planId),
		nextDraftId: draft?.id ?? null,
		nextPlans: db
			.select({ id: plan.id, title: plan.title, year: plan.year })
			.from(plan)
			.where(eq(plan.fromPlanId, planId))
			.all()
	};
}
