// 我的任务: a unit's assignments in a plan with live lights (the same function that stores them), what
// a lead unit may read of the other units on its tasks, and the list's filters and counts.
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, plan, section, task, unit, LIGHTS, ASSIGNMENT_STATUSES } from '../db/schema';
import type { AssignmentStatus, Light } from '../db/schema';
import { assertCan, type PolicyUser } from '../auth/policy';
import { LIGHT_ORDER, type LightResult } from './lights';
import { lightsOf } from './light-state';
import { selectAssignments, type AssignmentRow } from './base';

export type AssignmentListRow = AssignmentRow & { light: LightResult };

function listWithLights(db: DB, where: SQL, today: string): AssignmentListRow[] {
	const rows = selectAssignments(db)
		.where(where)
		.orderBy(asc(section.sortOrder), asc(task.sortOrder), asc(unit.sortOrder))
		.all();
	const lights = lightsOf(db, rows, today);
	return rows.map((r) => ({ ...r, light: lights.get(r.id)!.light }));
}

/** Unit staff read only their own unit's list; the office and leaders any unit's. */
function assertUnitReadable(viewer: PolicyUser, unitId: number): void {
	assertCan(viewer, 'assignment.view', { unitId }, '只能查看本单位的任务');
}

/** Plans in which the unit has assignments, newest first. */
export function plansOfUnit(db: DB, viewer: PolicyUser, unitId: number): { id: number; title: string; year: number }[] {
	assertUnitReadable(viewer, unitId);
	return (
		db
			.selectDistinct({ id: plan.id, title: plan.title, year: plan.year })
			.from(assignment)
			.innerJoin(plan, eq(plan.id, assignment.planId))
			.where(eq(assignment.unitId, unitId))
			// Work plans before their rectification plans (整改事项), so the newest work plan is the default.
			.orderBy(desc(plan.year), sql`${plan.kind} = 'rectification'`, desc(plan.id))
			.all()
	);
}

export function listUnitAssignments(
	db: DB,
	viewer: PolicyUser,
	unitId: number,
	planId: number,
	today: string
): AssignmentListRow[] {
	assertUnitReadable(viewer, unitId);
	return listWithLights(db, and(eq(assignment.unitId, unitId), eq(assignment.planId, planId))!, today);
}

/** The other units' assignments on tasks this unit leads (read-only for the lead unit). */
export function listLedAssignments(
	db: DB,
	viewer: PolicyUser,
	unitId: number,
	planId: number,
	today: string
): AssignmentListRow[] {
	assertUnitReadable(viewer, unitId);
	const led = db
		.select({ taskId: assignment.taskId })
		.from(assignment)
		.where(and(eq(assignment.unitId, unitId), eq(assignment.planId, planId), eq(assignment.role, 'lead')))
		.all()
		.map((r) => r.taskId);
	if (!led.length) return [];
	return listWithLights(db, and(inArray(assignment.taskId, led), ne(assignment.unitId, unitId))!, today);
}

export function sortByUrgency(rows: AssignmentListRow[]): AssignmentListRow[] {
	return [...rows].sort(
		(a, b) =>
			LIGHT_ORDER[a.light.light] - LIGHT_ORDER[b.light.light] ||
			(a.light.nextDue ?? '9999').localeCompare(b.light.nextDue ?? '9999') ||
			a.sectionSort - b.sectionSort ||
			a.taskSort - b.taskSort
	);
}

export interface ListFilter {
	light: Light | '';
	status: AssignmentStatus | '';
	sectionId: number;
	sort: 'urgency' | 'section';
}

/** Reads the list's filters from query parameters; anything unknown means "all". */
export function parseListFilter(p: URLSearchParams): ListFilter {
	const light = p.get('light') ?? '';
	const status = p.get('status') ?? '';
	return {
		light: (LIGHTS as readonly string[]).includes(light) ? (light as Light) : '',
		status: (ASSIGNMENT_STATUSES as readonly string[]).includes(status) ? (status as AssignmentStatus) : '',
		sectionId: Number(p.get('section')) || 0,
		sort: p.get('sort') === 'section' ? 'section' : 'urgency'
	};
}

/** What 我的任务 shows of an assignment: the page's fields only (a unit of a province has thousands). */
export type WorklistRow = Pick<
	AssignmentListRow,
	'id' | 'taskId' | 'status' | 'progressPercent' | 'grade' | 'role' | 'unitName' | 'taskTitle' | 'taskCode'
> & { light: Pick<LightResult, 'light' | 'reason' | 'nextDue'> };

export const worklistRow = (r: AssignmentListRow): WorklistRow => ({
	id: r.id,
	taskId: r.taskId,
	status: r.status,
	progressPercent: r.progressPercent,
	grade: r.grade,
	role: r.role,
	unitName: r.unitName,
	taskTitle: r.taskTitle,
	taskCode: r.taskCode,
	light: { light: r.light.light, reason: r.light.reason, nextDue: r.light.nextDue }
});

export interface UnitWorklist {
	plans: { id: number; title: string; year: number }[];
	plan: { id: number; title: string; year: number } | null;
	filter: ListFilter;
	sections: { id: number; label: string }[];
	counts: Record<Light, number>;
	total: number;
	rows: WorklistRow[];
	led: WorklistRow[];
}

/** 我的任务 as the page shows it: the chosen plan (default the newest), filtered, counted, sorted. */
export function unitWorklist(
	db: DB,
	viewer: PolicyUser,
	unitId: number,
	opts: { planId?: number; filter: ListFilter; today: string }
): UnitWorklist {
	const plans = plansOfUnit(db, viewer, unitId);
	const chosen = plans.find((x) => x.id === opts.planId) ?? plans[0] ?? null;
	const all = chosen ? listUnitAssignments(db, viewer, unitId, chosen.id, opts.today) : [];
	const f = opts.filter;
	const shown = all.filter(
		(r) =>
			(!f.light || r.light.light === f.light) &&
			(!f.status || r.status === f.status) &&
			(!f.sectionId || r.sectionId === f.sectionId)
	);
	const counts = { red: 0, yellow: 0, green: 0 };
	for (const r of all) counts[r.light.light]++;
	return {
		plans,
		plan: chosen,
		filter: f,
		sections: [
			...new Map(
				all.map((r) => [r.sectionId, { id: r.sectionId, label: `${r.sectionCode}、${r.sectionTitle}` }])
			).values()
		],
		counts,
		total: all.length,
		rows: (f.sort === 'urgency' ? sortByUrgency(shown) : shown).map(worklistRow),
		led: chosen ? sortByUrgency(listLedAssignments(db, viewer, unitId, chosen.id, opts.today)).map(worklistRow) : []
	};
}
