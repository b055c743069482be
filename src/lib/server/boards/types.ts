// What a board is made of, and the scope every one of its queries shares.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { assignment, assignmentRollup, task, unit, type AssignmentStatus, type UnitKind } from '../db/schema';

export interface BoardFilter {
	planId: number;
	sectionId?: number;
	kind?: UnitKind;
}

export interface Completion {
	total: number;
	accepted: number;
	/** accepted / total, 0 when there is nothing. */
	completion: number;
}

/** One unit's completion in the scope (no score: scores are the engine's, from the plan's rubric). */
export interface UnitCompletionRow extends Completion {
	unitId: number;
	name: string;
	kind: UnitKind;
	red: number;
	submitted: number;
}

export interface TrendWeek {
	/** Monday of the week. */
	week: string;
	accepted: number;
	due: number;
	acceptedToDate: number;
	dueToDate: number;
}

export interface Board {
	plan: { id: number; title: string; year: number; dataVersion: number; start: string };
	sections: { id: number; code: string; title: string }[];
	filter: BoardFilter;
	/** Set for unit staff: the board covers only their unit. */
	scopeUnit: { id: number; name: string } | null;
	totals: Completion & {
		submitted: number;
		inProgress: number;
		notStarted: number;
		returned: number;
		lights: { red: number; yellow: number; green: number; unknown: number };
	};
	bySection: (Completion & { id: number; label: string })[];
	byKind: (Completion & { kind: UnitKind })[];
	/** Weeks with accepted work and work falling due, and their running totals. */
	trend: TrendWeek[];
	upcoming: {
		milestoneId: number;
		dueOn: string;
		what: string;
		taskId: number;
		label: string;
		pending: number;
		total: number;
	}[];
	overdue: {
		total: number;
		rows: { assignmentId: number; unitName: string; label: string; status: AssignmentStatus }[];
	};
	/** Every unit in scope by completion, furthest ahead first. */
	units: UnitCompletionRow[];
	today: string;
}

/** What one board covers: a plan, optionally one section and one kind of unit, or one unit (unit staff). */
export interface Scope {
	planId: number;
	sectionId?: number;
	kind?: UnitKind;
	unitId?: number;
}

export const completion = (total: number, accepted: number): Completion => ({
	total,
	accepted,
	completion: total ? accepted / total : 0
});

export function rollupWhere(s: Scope): SQL {
	return and(
		eq(assignmentRollup.planId, s.planId),
		s.sectionId ? eq(assignmentRollup.sectionId, s.sectionId) : undefined,
		s.unitId ? eq(assignmentRollup.unitId, s.unitId) : undefined,
		s.kind ? eq(unit.kind, s.kind) : undefined,
		sql`${assignmentRollup.total} > 0`
	)!;
}

export function assignmentWhere(s: Scope, extra: (SQL | undefined)[] = []): SQL {
	return and(
		eq(assignment.planId, s.planId),
		s.sectionId ? eq(task.sectionId, s.sectionId) : undefined,
		s.unitId ? eq(assignment.unitId, s.unitId) : undefined,
		s.kind ? eq(unit.kind, s.kind) : undefined,
		...extra
	)!;
}

export const sumOf = (col: SQLiteColumn) => sql<number>`cast(sum(${col}) as integer)`;
