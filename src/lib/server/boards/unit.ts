// A unit's page on the board: all its assignments in a plan with lights, its latest sent report and
// how much sent evidence it has.
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DB } from '../db/client';
import { isWorkPlan } from '../plans/kind';
import { evidence, plan, progressReport, unit, type UnitKind } from '../db/schema';
import { listUnitAssignments, type AssignmentListRow } from '../assignments/list';
import type { PolicyUser } from '../auth/policy';

export interface UnitBoard {
	unit: { id: number; name: string; shortName: string; kind: UnitKind };
	plan: { id: number; title: string; year: number };
	totals: { total: number; accepted: number; completion: number; red: number; yellow: number; green: number };
	rows: (AssignmentListRow & { latestReport: { reportedOn: string; content: string } | null; evidenceCount: number })[];
}

export function unitBoard(db: DB, viewer: PolicyUser, unitId: number, planId: number, today: string): UnitBoard | null {
	const u = db
		.select({ id: unit.id, name: unit.name, shortName: unit.shortName, kind: unit.kind })
		.from(unit)
		.where(eq(unit.id, unitId))
		.get();
	const p = db
		.select({ id: plan.id, title: plan.title, year: plan.year })
		.from(plan)
		.where(and(eq(plan.id, planId), isWorkPlan))
		.get();
	if (!u || !p) return null;
	const rows = listUnitAssignments(db, viewer, unitId, planId, today);
	const ids = rows.map((r) => r.id);
	// Sent work only: drafts are the unit's own.
	const reports = ids.length
		? db
				.select({
					assignmentId: progressReport.assignmentId,
					reportedOn: progressReport.reportedOn,
					content: progressReport.content
				})
				.from(progressReport)
				.where(and(inArray(progressReport.assignmentId, ids), isNotNull(progressReport.sentAt)))
				.orderBy(desc(progressReport.reportedOn), desc(progressReport.id))
				.all()
		: [];
	const counts = ids.length
		? db
				.select({ assignmentId: evidence.assignmentId, n: sql<number>`count(*)` })
				.from(evidence)
				.where(and(inArray(evidence.assignmentId, ids), isNotNull(evidence.sentAt)))
				.groupBy(evidence.assignmentId)
				.all()
		: [];
	const latest = new Map<number, { reportedOn: string; content: string }>();
	for (const r of reports)
		if (!latest.has(r.assignmentId))
			latest.set(r.assignmentId, { reportedOn: r.reportedOn, content: r.content.slice(0, 80) });
	const evidenceCount = new Map(counts.map((c) => [c.assignmentId, c.n]));
	const accepted = rows.filter((r) => r.status === 'accepted').length;
	const light = (l: string) => rows.filter((r) => r.light.light === l).length;
	return {
		unit: u,
		plan: p,
		totals: {
			total: rows.length,
			accepted,
			completion: rows.length ? accepted / rows.length : 0,
			red: light('red'),
			yellow: light('yellow'),
			green: light('green')
		},
		rows: rows.map((r) => ({
			...r,
			latestReport: latest.get(r.id) ?? null,
			evidenceCount: evidenceCount.get(r.id) ?? 0
		}))
	};
}
