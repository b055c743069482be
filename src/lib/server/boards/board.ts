// 督办看板: where a plan stands. Counts come from the trigger-maintained roll-ups (a few thousand
// rows whatever the number of assignments); the series and lists are bounded queries. A board is
// cached per (plan, filters, viewer scope, day) and thrown away when the plan's data_version moves.
import { and, asc, desc, eq, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { prepared, type DB } from '../db/client';
import { assignment, assignmentRollup, milestone, plan, section, task, unit, type UnitKind } from '../db/schema';
import type { PolicyUser } from '../auth/policy';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { addDays } from '../shared/time';
import { planStart } from '../assignments/light-state';

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

export interface RankingRow extends Completion {
	unitId: number;
	name: string;
	kind: UnitKind;
	red: number;
	submitted: number;
	/** Average grade points (优100 良85 中70 差40) over graded assignments, or null. */
	avgGrade: number | null;
	rank: number;
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
	/** Weeks (Monday) with accepted work and work falling due, and their running totals. */
	trend: { week: string; accepted: number; due: number; acceptedToDate: number; dueToDate: number }[];
	upcoming: {
		milestoneId: number;
		dueOn: string;
		what: string;
		taskId: number;
		label: string;
		pending: number;
		total: number;
	}[];
	overdue: { total: number; rows: { assignmentId: number; unitName: string; label: string; status: string }[] };
	ranking: RankingRow[];
	today: string;
}

const completion = (total: number, accepted: number): Completion => ({
	total,
	accepted,
	completion: total ? accepted / total : 0
});

/** Monday of the week of an ISO date. */
export function weekOf(date: string): string {
	const day = new Date(`${date}T00:00:00Z`).getUTCDay();
	return addDays(date, -((day + 6) % 7));
}

interface Scope {
	planId: number;
	sectionId?: number;
	kind?: UnitKind;
	unitId?: number;
}

function rollupWhere(s: Scope): SQL {
	return and(
		eq(assignmentRollup.planId, s.planId),
		s.sectionId ? eq(assignmentRollup.sectionId, s.sectionId) : undefined,
		s.unitId ? eq(assignmentRollup.unitId, s.unitId) : undefined,
		s.kind ? eq(unit.kind, s.kind) : undefined,
		sql`${assignmentRollup.total} > 0`
	)!;
}

function assignmentWhere(s: Scope, extra: (SQL | undefined)[] = []): SQL {
	return and(
		eq(assignment.planId, s.planId),
		s.sectionId ? eq(task.sectionId, s.sectionId) : undefined,
		s.unitId ? eq(assignment.unitId, s.unitId) : undefined,
		s.kind ? eq(unit.kind, s.kind) : undefined,
		...extra
	)!;
}

const sumOf = (col: SQLiteColumn) => sql<number>`cast(sum(${col}) as integer)`;

function ranking(db: DB, s: Scope): RankingRow[] {
	const rows = db
		.select({
			unitId: unit.id,
			name: unit.shortName,
			kind: unit.kind,
			sortOrder: unit.sortOrder,
			total: sumOf(assignmentRollup.total),
			accepted: sumOf(assignmentRollup.accepted),
			submitted: sumOf(assignmentRollup.submitted),
			red: sumOf(assignmentRollup.red),
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

function computeBoard(db: DB, p: Board['plan'], s: Scope, scopeUnit: Board['scopeUnit'], today: string): Board {
	const sections = db
		.select({ id: section.id, code: section.code, title: section.title })
		.from(section)
		.where(eq(section.planId, p.id))
		.orderBy(asc(section.sortOrder))
		.all();

	// Totals and lights over the whole scope, and per section (one statement each, over roll-ups).
	const agg = {
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
	const bySectionRows = db
		.select({ sectionId: assignmentRollup.sectionId, ...agg })
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
	const KIND_ORDER: UnitKind[] = ['department', 'county', 'zone', 'office', 'other'];

	// Trend: accepted per day and assignments falling due per final deadline, folded into weeks.
	const yearEnd = `${p.year}-12-31`;
	const acceptedRows = db
		.select({
			day: sql<string>`date(${assignment.acceptedAt} / 1000, 'unixepoch', '+8 hours')`,
			n: sql<number>`count(*)`
		})
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(assignmentWhere(s, [isNotNull(assignment.acceptedAt), eq(assignment.status, 'accepted')]))
		.groupBy(sql`1`)
		.all();
	const finalDue = db
		.select({ taskId: task.id, due: sql<string>`coalesce(max(${milestone.dueOn}), ${yearEnd})`.as('due') })
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
	const lastDue = dueRows.reduce((m, r) => (r.day > m ? r.day : m), yearEnd);
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
	const trend: Board['trend'] = [...weeks].map(([week, v]) => ({
		week,
		...v,
		acceptedToDate: (accTo += v.accepted),
		dueToDate: (dueTo += v.due)
	}));

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
		.where(assignmentWhere(s, [gte(milestone.dueOn, today), lte(milestone.dueOn, addDays(today, 30))]))
		.groupBy(milestone.id)
		.orderBy(asc(milestone.dueOn))
		.limit(50)
		.all();

	const overdueRows = db
		.select({
			assignmentId: assignment.id,
			unitName: unit.shortName,
			label: sql<string>`${section.code} || ${task.code} || ' ' || ${task.title}`,
			status: assignment.status
		})
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(assignmentWhere(s, [eq(assignment.lastLight, 'red')]))
		.orderBy(asc(assignment.id))
		.limit(50)
		.all();

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
		byKind: KIND_ORDER.filter((k) => kinds.has(k)).map((k) => ({
			kind: k,
			...completion(kinds.get(k)!.total, kinds.get(k)!.accepted)
		})),
		trend,
		upcoming,
		overdue: { total: t.red, rows: overdueRows },
		ranking: rank,
		today
	};
}

// ---------------------------------------------------------------- cache

const CACHE_MAX = 200;
const CACHE_TTL_MS = 60_000;
const cache = new Map<string, { version: number; at: number; board: Board }>();

export function clearBoardCache(): void {
	cache.clear();
}

export function latestPlanId(db: DB): number | null {
	return db.select({ id: plan.id }).from(plan).orderBy(desc(plan.year), desc(plan.id)).limit(1).get()?.id ?? null;
}

/**
 * The board for a plan as the viewer may see it (unit staff: their own unit only). Returns null
 * when the plan does not exist. `useCache: false` always recomputes (tests count statements).
 */
export function getBoard(
	db: DB,
	viewer: PolicyUser & { unitName?: string | null },
	filter: BoardFilter,
	today: string,
	opts: { useCache?: boolean; now?: number } = {}
): Board | null {
	// The one statement a cached board costs: prepared once per database.
	const row = prepared(db, 'board.plan', (d) =>
		d
			.select({
				id: plan.id,
				title: plan.title,
				year: plan.year,
				dataVersion: plan.dataVersion,
				issuedOn: plan.issuedOn
			})
			.from(plan)
			.where(eq(plan.id, sql.placeholder('id')))
			.prepare()
	).get({ id: filter.planId });
	if (!row) return null;
	const { issuedOn, ...rest } = row;
	const p = { ...rest, start: planStart({ year: row.year, issuedOn }) };
	const scopeUnit = viewer.role === 'unit' && viewer.unitId ? { id: viewer.unitId, name: viewer.unitName ?? '' } : null;
	const scope: Scope = { planId: p.id, sectionId: filter.sectionId, kind: filter.kind, unitId: scopeUnit?.id };
	const key = JSON.stringify([scope, today]);
	const now = opts.now ?? Date.now();
	if (opts.useCache !== false) {
		const hit = cache.get(key);
		if (hit && hit.version === p.dataVersion && now - hit.at < CACHE_TTL_MS) return hit.board;
	}
	const board = computeBoard(db, p, scope, scopeUnit, today);
	if (opts.useCache !== false) {
		if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
		cache.set(key, { version: p.dataVersion, at: now, board });
	}
	return board;
}

export function listPlanChoices(db: DB): { id: number; title: string; year: number }[] {
	return prepared(db, 'board.plans', (d) =>
		d
			.select({ id: plan.id, title: plan.title, year: plan.year })
			.from(plan)
			.orderBy(desc(plan.year), desc(plan.id))
			.prepare()
	).all();
}
