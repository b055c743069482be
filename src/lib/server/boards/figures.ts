// The board's figures for one scope: totals, lights, sections, kinds and ranking from the trigger-kept
// roll-ups (a few thousand rows whatever the number of assignments), plus the bounded lists of
// upcoming milestones and red assignments. A fixed number of statements per board.
import { asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, assignmentRollup, milestone, section, task, unit, type UnitKind } from '../db/schema';
import { addDays } from '../shared/time';
import { selectAssignments } from '../assignments/base';
import { UNIT_KIND_ORDER } from '../units/kinds';
import { boardTrend } from './trend';
import { assignmentWhere, completion, rollupWhere, sumOf, type Board, type RankingRow, type Scope } from './types';

/** Lists on the board show at most this many rows; the 台账 has them all. */
const LIST_LIMIT = 50;
const UPCOMING_DAYS = 30;

/** The roll-up counts summed over a group of rows. */
const sums = {
	total: sumOf(assignmentRollup.total),
	accepted: sumOf(assignmentRollup.accepted),
	submitted: sumOf(assignmentRollup.submitted),
	inProgress: sumOf(assignmentRollup.inProgress),
	notStarted: sumOf(assignmentRollup.notStarted),
	returned: sumOf(assignmentRollup.returned),
	red: sumOf(assignmentRollup.red),
	yellow: sumOf(assignmentRollup.yellow),
	green: sumOf(assignmentRollup.green)
};

export function ranking(db: DB, s: Scope): RankingRow[] {
	const rows = db
		.select({
			unitId: unit.id,
			name: unit.shortName,
			kind: unit.kind,
			sortOrder: unit.sortOrder,
			total: sums.total,
			accepted: sums.accepted,
			submitted: sums.submitted,
			red: sums.red,
			gradePoints: sumOf(assignmentRollup.gradePoints),
			graded: sumOf(assignmentRollup.graded)
		})
		.from(assignmentRollup)
		.innerJoin(unit, eq(unit.id, assignmentRollup.unitId))
		.where(rollupWhere(s))
		.groupBy(unit.id)
		.all();
	const out = rows.map((r) => ({
		unitId: r.unitId,
		name: r.name,
		kind: r.kind,
		...completion(r.total, r.accepted),
		red: r.red,
		submitted: r.submitted,
		avgGrade: r.graded ? Math.round((r.gradePoints / r.graded) * 10) / 10 : null,
		rank: 0,
		sortOrder: r.sortOrder
	}));
	out.sort(
		(a, b) =>
			b.completion - a.completion || a.red - b.red || (b.avgGrade ?? 0) - (a.avgGrade ?? 0) || a.sortOrder - b.sortOrder
	);
	// Equal completion, overdue count and grade share a rank (1, 2, 2, 4 …).
	out.forEach((r, i) => {
		const prev = out[i - 1];
		r.rank =
			prev && prev.completion === r.completion && prev.red === r.red && prev.avgGrade === r.avgGrade
				? prev.rank
				: i + 1;
	});
	return out.map(({ sortOrder: _s, ...r }) => r);
}

export function computeBoard(db: DB, p: Board['plan'], s: Scope, scopeUnit: Board['scopeUnit'], today: string): Board {
	const sections = db
		.select({ id: section.id, code: section.code, title: section.title })
		.from(section)
		.where(eq(section.planId, p.id))
		.orderBy(asc(section.sortOrder))
		.all();

	// Totals and lights over the whole scope, and per section (one statement, over roll-ups).
	const bySectionRows = db
		.select({ sectionId: assignmentRollup.sectionId, ...sums })
		.from(assignmentRollup)
		.innerJoin(unit, eq(unit.id, assignmentRollup.unitId))
		.where(rollupWhere(s))
		.groupBy(assignmentRollup.sectionId)
		.all();
	const t = bySectionRows.reduce(
		(acc, r) => {
			for (const k of Object.keys(acc) as (keyof typeof acc)[]) acc[k] += r[k] ?? 0;
			return acc;
		},
		{ total: 0, accepted: 0, submitted: 0, inProgress: 0, notStarted: 0, returned: 0, red: 0, yellow: 0, green: 0 }
	);
	const rank = ranking(db, s);
	const kinds = new Map<UnitKind, { total: number; accepted: number }>();
	for (const r of rank) {
		const k = kinds.get(r.kind) ?? { total: 0, accepted: 0 };
		k.total += r.total;
		k.accepted += r.accepted;
		kinds.set(r.kind, k);
	}

	// Milestones due in the next 30 days, with how many of their assignments are not yet accepted.
	const upcoming = db
		.select({
			milestoneId: milestone.id,
			dueOn: milestone.dueOn,
			what: milestone.what,
			taskId: task.id,
			label: sql<string>`${section.code} || ${task.code} || ' ' || ${task.title}`,
			total: sql<number>`count(${assignment.id})`,
			pending: sql<number>`coalesce(sum(${assignment.status} != 'accepted'), 0)`
		})
		.from(milestone)
		.innerJoin(task, eq(task.id, milestone.taskId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.innerJoin(assignment, eq(assignment.taskId, task.id))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(assignmentWhere(s, [gte(milestone.dueOn, today), lte(milestone.dueOn, addDays(today, UPCOMING_DAYS))]))
		.groupBy(milestone.id)
		.orderBy(asc(milestone.dueOn))
		.limit(LIST_LIMIT)
		.all();

	const overdueRows = selectAssignments(db)
		.where(assignmentWhere(s, [eq(assignment.lastLight, 'red')]))
		.orderBy(asc(assignment.id))
		.limit(LIST_LIMIT)
		.all()
		.map((r) => ({
			assignmentId: r.id,
			unitName: r.unitName,
			label: `${r.taskCode} ${r.taskTitle}`,
			status: r.status
		}));

	return {
		plan: p,
		sections,
		filter: { planId: p.id, sectionId: s.sectionId, kind: s.kind },
		scopeUnit,
		totals: {
			...completion(t.total, t.accepted),
			submitted: t.submitted,
			inProgress: t.inProgress,
			notStarted: t.notStarted,
			returned: t.returned,
			lights: { red: t.red, yellow: t.yellow, green: t.green, unknown: t.total - t.red - t.yellow - t.green }
		},
		bySection: sections
			.map((sec) => {
				const r = bySectionRows.find((x) => x.sectionId === sec.id);
				return { id: sec.id, label: `${sec.code}、${sec.title}`, ...completion(r?.total ?? 0, r?.accepted ?? 0) };
			})
			.filter((x) => x.total > 0),
		byKind: UNIT_KIND_ORDER.filter((k) => kinds.has(k)).map((k) => ({
			kind: k,
			...completion(kinds.get(k)!.total, kinds.get(k)!.accepted)
		})),
		trend: boardTrend(db, p, s),
		upcoming,
		overdue: { total: t.red, rows: overdueRows },
		ranking: rank,
		today
	};
}
