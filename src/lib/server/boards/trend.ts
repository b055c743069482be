// The board's weekly trend: assignments accepted (by the accepted submission's day) and assignments
// falling due (by their task's last deadline), in weeks from the plan's start, with running totals.
import { eq, isNotNull, sql } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, milestone, task, unit } from '../db/schema';
import { addDays, SHANGHAI_SQL_OFFSET } from '../shared/time';
import { yearEnd } from '../deadlines/effective';
import { assignmentWhere, type Board, type Scope, type TrendWeek } from './types';

/** Monday of the week of an ISO date. */
export function weekOf(date: string): string {
	const day = new Date(`${date}T00:00:00Z`).getUTCDay();
	return addDays(date, -((day + 6) % 7));
}

export function boardTrend(db: DB, p: Board['plan'], s: Scope): TrendWeek[] {
	const end = yearEnd(p.year);
	const acceptedRows = db
		.select({
			day: sql<string>`date(${assignment.acceptedAt} / 1000, 'unixepoch', ${SHANGHAI_SQL_OFFSET})`,
			n: sql<number>`count(*)`
		})
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(assignmentWhere(s, [isNotNull(assignment.acceptedAt), eq(assignment.status, 'accepted')]))
		.groupBy(sql`1`)
		.all();
	const finalDue = db
		.select({ taskId: task.id, due: sql<string>`coalesce(max(${milestone.dueOn}), ${end})`.as('due') })
		.from(task)
		.leftJoin(milestone, eq(milestone.taskId, task.id))
		.where(eq(task.planId, p.id))
		.groupBy(task.id)
		.as('final_due');
	const dueRows = db
		.select({ day: finalDue.due, n: sql<number>`count(*)` })
		.from(assignment)
		.innerJoin(finalDue, eq(finalDue.taskId, assignment.taskId))
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(assignmentWhere(s))
		.groupBy(sql`1`)
		.all();
	// Weekly buckets from the plan's start to its last deadline (31 December at the latest of the
	// plan year or after): work accepted later is counted in the last week, earlier in the first.
	const lastDue = dueRows.reduce((m, r) => (r.day > m ? r.day : m), end);
	const first = weekOf(p.start);
	const last = weekOf(lastDue);
	const weeks = new Map<string, { accepted: number; due: number }>();
	for (let w = first; w <= last; w = addDays(w, 7)) weeks.set(w, { accepted: 0, due: 0 });
	const bump = (day: string, key: 'accepted' | 'due', n: number) => {
		const w = weekOf(day);
		weeks.get(w < first ? first : w > last ? last : w)![key] += n;
	};
	for (const r of acceptedRows) if (r.day) bump(r.day, 'accepted', r.n);
	for (const r of dueRows) bump(r.day, 'due', r.n);
	let accTo = 0;
	let dueTo = 0;
	return [...weeks].map(([week, v]) => ({
		week,
		...v,
		acceptedToDate: (accTo += v.accepted),
		dueToDate: (dueTo += v.due)
	}));
}
