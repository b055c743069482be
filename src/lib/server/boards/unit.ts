// A unit's page on the board: all its assignments in a plan with lights, its latest sent report and
// how much sent evidence it has.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { prepared, type DB } from '../db/client';
import { isWorkPlan } from '../plans/kind';
import { evidence, plan, unit, type UnitKind } from '../db/schema';
import { listUnitAssignments, worklistRow, type WorklistRow } from '../assignments/list';
import type { PolicyUser } from '../auth/policy';

export interface UnitBoard {
	unit: { id: number; name: string; shortName: string; kind: UnitKind };
	plan: { id: number; title: string; year: number };
	totals: { total: number; accepted: number; completion: number; red: number; yellow: number; green: number };
	rows: (WorklistRow & { latestReport: { reportedOn: string; content: string } | null; evidenceCount: number })[];
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
	// Sent work only: drafts are the unit's own. The latest per assignment, picked by SQLite: a unit of
	// a province has a dozen reports on each of hundreds of assignments.
	const reports = ids.length
		? (prepared(db, 'unit.latest_reports', (d) =>
				d.$client.prepare(
					`select assignment_id assignmentId, reported_on reportedOn, substr(content, 1, 80) content from (
						select assignment_id, reported_on, content,
							row_number() over (partition by assignment_id order by reported_on desc, id desc) rn
						from progress_report
						where assignment_id in (select value from json_each(?)) and sent_at is not null
					) where rn = 1`
				)
			).all(JSON.stringify(ids)) as { assignmentId: number; reportedOn: string; content: string }[])
		: [];
	const counts = ids.length
		? db
				.select({ assignmentId: evidence.assignmentId, n: sql<number>`count(*)` })
				.from(evidence)
				.where(and(inArray(evidence.assignmentId, ids), isNotNull(evidence.sentAt)))
				.groupBy(evidence.assignmentId)
				.all()
		: [];
	const latest = new Map(reports.map((r) => [r.assignmentId, { reportedOn: r.reportedOn, content: r.content }]));
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
			...worklistRow(r),
			latestReport: latest.get(r.id) ?? null,
			evidenceCount: evidenceCount.get(r.id) ?? 0
		}))
	};
}
