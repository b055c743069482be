// A carried-over task's earlier years (结转): each predecessor with how every unit's work stood when
// that year closed — status, progress, reports sent and the last one's date — so the unit picking it
// up this year, and the office, see where it was left. The old task's page has the full history.
import { and, asc, count, eq, inArray, isNotNull, max } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, plan, progressReport, section, task, unit, type AssignmentStatus } from '../db/schema';
import type { PolicyUser } from '../auth/policy';

export interface PastYear {
	taskId: number;
	planId: number;
	year: number;
	where: string;
	title: string;
	closed: boolean;
	/** Progress figures are null where the viewer may not read them (another unit's, unless it led). */
	units: {
		name: string;
		status: AssignmentStatus;
		percent: number | null;
		reports: number | null;
		lastReportedOn: string | null;
	}[];
}

/** How many years back a chain is followed: a task carried over for a decade is already a story. */
const MAX_YEARS = 10;

export function pastYears(db: DB, viewer: PolicyUser, taskId: number): PastYear[] {
	const out: PastYear[] = [];
	let id = db.select({ p: task.predecessorTaskId }).from(task).where(eq(task.id, taskId)).get()?.p ?? null;
	while (id !== null && out.length < MAX_YEARS) {
		const t = db
			.select({
				id: task.id,
				planId: task.planId,
				code: task.code,
				title: task.title,
				predecessor: task.predecessorTaskId,
				sectionCode: section.code,
				year: plan.year,
				closedAt: plan.closedAt
			})
			.from(task)
			.innerJoin(plan, eq(plan.id, task.planId))
			.innerJoin(section, eq(section.id, task.sectionId))
			.where(eq(task.id, id))
			.get();
		if (!t) break;
		const rows = db
			.select({
				id: assignment.id,
				unitId: assignment.unitId,
				role: assignment.role,
				name: unit.shortName,
				status: assignment.status,
				percent: assignment.progressPercent
			})
			.from(assignment)
			.innerJoin(unit, eq(unit.id, assignment.unitId))
			.where(eq(assignment.taskId, t.id))
			.orderBy(asc(unit.sortOrder), asc(unit.id))
			.all();
		const sent = rows.length
			? db
					.select({ a: progressReport.assignmentId, n: count(), last: max(progressReport.reportedOn) })
					.from(progressReport)
					.where(
						and(
							inArray(
								progressReport.assignmentId,
								rows.map((r) => r.id)
							),
							isNotNull(progressReport.sentAt)
						)
					)
					.groupBy(progressReport.assignmentId)
					.all()
			: [];
		const byId = new Map(sent.map((s) => [s.a, s]));
		// As on the task page: a unit reads its own progress, and every unit's on a task it led.
		const led = rows.some((r) => r.unitId === viewer.unitId && r.role === 'lead');
		const reads = (unitId: number) => viewer.role !== 'unit' || led || unitId === viewer.unitId;
		out.push({
			taskId: t.id,
			planId: t.planId,
			year: t.year,
			where: `${t.sectionCode}${t.code}`,
			title: t.title,
			closed: t.closedAt !== null,
			units: rows.map((r) => ({
				name: r.name,
				status: r.status,
				percent: reads(r.unitId) ? r.percent : null,
				reports: reads(r.unitId) ? (byId.get(r.id)?.n ?? 0) : null,
				lastReportedOn: reads(r.unitId) ? (byId.get(r.id)?.last ?? null) : null
			}))
		});
		id = t.predecessor;
	}
	return out;
}
