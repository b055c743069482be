// Reading plans: the list by year, a plan's tree, one task with its units. Each takes the viewer:
// unit staff get the plan as issued and their own work, never other units' progress (auth/policy.ts).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { isWorkPlan } from './kind';
import type { DB } from '../db/client';
import { can, type PolicyUser } from '../auth/policy';
import {
	assignment,
	milestone,
	plan,
	section,
	task,
	unit,
	type AssignmentRole,
	type AssignmentStatus,
	type Light,
	type UnitKind
} from '../db/schema';

export interface PlanListRow {
	id: number;
	title: string;
	year: number;
	docNumber: string;
	issuedOn: string;
	tasks: number;
	/** The whole plan's for the office and leaders; the viewer's own unit's for unit staff. */
	assignments: number;
	accepted: number;
}

export function listPlans(db: DB, viewer: PolicyUser): PlanListRow[] {
	// Unit staff count only their own unit's assignments. The counts come from the roll-up the
	// triggers keep (per plan, section and unit), not from counting a province's assignments per view.
	// Written out with table names: drizzle leaves a column unqualified in a one-table select, and
	// inside a subquery "id" would then be the subquery's own row.
	const own = can(viewer, 'board.all_units') ? sql`1` : sql`r.unit_id = ${viewer.unitId ?? -1}`;
	return db
		.select({
			id: plan.id,
			title: plan.title,
			year: plan.year,
			docNumber: plan.docNumber,
			issuedOn: plan.issuedOn,
			tasks: sql<number>`(select count(*) from task t where t.plan_id = "plan"."id")`,
			assignments: sql<number>`(select coalesce(sum(r.total), 0) from assignment_rollup r where r.plan_id = "plan"."id" and ${own})`,
			accepted: sql<number>`(select coalesce(sum(r.accepted), 0) from assignment_rollup r where r.plan_id = "plan"."id" and ${own})`
		})
		.from(plan)
		.where(isWorkPlan)
		.orderBy(desc(plan.year), asc(plan.id))
		.all();
}

export type PlanRow = typeof plan.$inferSelect;

export interface TaskUnitSummary {
	/** Units named directly, by role. */
	lead: { id: number; name: string }[];
	responsible: { id: number; name: string }[];
	/** Responsible units that came in through a group: group name → count. */
	groups: { name: string; count: number }[];
	total: number;
}

export interface TreeTask {
	id: number;
	code: string;
	title: string;
	openList: boolean;
	pickedGroups: string[];
	milestones: { dueOn: string; what: string }[];
	units: TaskUnitSummary;
	/** The viewer's own unit's assignment on this task, if any. */
	mine: { id: number; role: AssignmentRole; status: AssignmentStatus } | null;
	/** Accepted assignments of the task: null for unit staff (other units' progress is not theirs). */
	accepted: number | null;
}

export interface PlanTree {
	plan: Omit<PlanRow, 'sourceText'>;
	sections: { id: number; code: string; title: string; tasks: TreeTask[] }[];
	counts: { sections: number; tasks: number; assignments: number; tasksWithoutUnits: number };
}

export function getPlanTree(db: DB, viewer: PolicyUser, planId: number): PlanTree | null {
	const viewerUnitId = viewer.role === 'unit' ? viewer.unitId : null;
	const seesAll = can(viewer, 'board.all_units');
	const p = db
		.select()
		.from(plan)
		.where(and(eq(plan.id, planId), isWorkPlan))
		.get();
	if (!p) return null;
	const { sourceText: _omit, ...planRow } = p;
	const sections = db.select().from(section).where(eq(section.planId, planId)).orderBy(asc(section.sortOrder)).all();
	const tasks = db.select().from(task).where(eq(task.planId, planId)).orderBy(asc(task.sortOrder), asc(task.id)).all();
	const milestones = db
		.select({ taskId: milestone.taskId, dueOn: milestone.dueOn, what: milestone.what })
		.from(milestone)
		.innerJoin(task, eq(task.id, milestone.taskId))
		.where(eq(task.planId, planId))
		.orderBy(asc(milestone.dueOn))
		.all();
	const assignments = db
		.select({
			id: assignment.id,
			taskId: assignment.taskId,
			unitId: assignment.unitId,
			role: assignment.role,
			viaGroup: assignment.viaGroup,
			status: assignment.status,
			name: unit.shortName,
			sortOrder: unit.sortOrder
		})
		.from(assignment)
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(eq(assignment.planId, planId))
		.orderBy(asc(unit.sortOrder), asc(unit.id))
		.all();
	const msByTask = groupBy(milestones, (m) => m.taskId);
	const asByTask = groupBy(assignments, (a) => a.taskId);
	const treeTasks = new Map<number, TreeTask[]>();
	for (const t of tasks) {
		const as = asByTask.get(t.id) ?? [];
		const groups = new Map<string, number>();
		for (const a of as)
			if (a.viaGroup && a.role === 'responsible') groups.set(a.viaGroup, (groups.get(a.viaGroup) ?? 0) + 1);
		const mine = viewerUnitId ? as.find((a) => a.unitId === viewerUnitId) : undefined;
		const list = treeTasks.get(t.sectionId) ?? [];
		list.push({
			id: t.id,
			code: t.code,
			title: t.title,
			openList: t.openList,
			pickedGroups: t.pickedGroups,
			milestones: (msByTask.get(t.id) ?? []).map((m) => ({ dueOn: m.dueOn, what: m.what })),
			units: {
				lead: as.filter((a) => a.role === 'lead').map((a) => ({ id: a.unitId, name: a.name })),
				responsible: as
					.filter((a) => a.role === 'responsible' && !a.viaGroup)
					.map((a) => ({ id: a.unitId, name: a.name })),
				groups: [...groups].map(([name, count]) => ({ name, count })),
				total: as.length
			},
			mine: mine ? { id: mine.id, role: mine.role, status: mine.status } : null,
			accepted: seesAll ? as.filter((a) => a.status === 'accepted').length : null
		});
		treeTasks.set(t.sectionId, list);
	}
	return {
		plan: planRow,
		sections: sections.map((s) => ({ id: s.id, code: s.code, title: s.title, tasks: treeTasks.get(s.id) ?? [] })),
		counts: {
			sections: sections.length,
			tasks: tasks.length,
			assignments: assignments.length,
			tasksWithoutUnits: tasks.filter((t) => !asByTask.get(t.id)?.length).length
		}
	};
}

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
	const out = new Map<K, T[]>();
	for (const r of rows) {
		const k = key(r);
		const list = out.get(k);
		if (list) list.push(r);
		else out.set(k, [r]);
	}
	return out;
}

export interface TaskAssignmentRow {
	id: number;
	unitId: number;
	unitName: string;
	unitKind: UnitKind;
	role: AssignmentRole;
	viaGroup: string;
	status: AssignmentStatus;
	progressPercent: number;
	light: Light | null;
}

/** What unit staff see of another unit's row: that it is on the task, nothing of its progress. */
export type TaskAssignmentView = Omit<TaskAssignmentRow, 'status' | 'progressPercent' | 'light'> & {
	status: AssignmentStatus | null;
	progressPercent: number | null;
	light: Light | null;
};

export interface TaskDetail {
	task: typeof task.$inferSelect;
	plan: { id: number; title: string; year: number };
	section: { id: number; code: string; title: string };
	milestones: (typeof milestone.$inferSelect)[];
	assignments: TaskAssignmentView[];
}

export function getTaskDetail(db: DB, viewer: PolicyUser, taskId: number): TaskDetail | null {
	const row = db
		.select({
			task,
			plan: { id: plan.id, title: plan.title, year: plan.year },
			section: { id: section.id, code: section.code, title: section.title }
		})
		.from(task)
		.innerJoin(plan, eq(plan.id, task.planId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.where(and(eq(task.id, taskId), isWorkPlan))
		.get();
	if (!row) return null;
	const rows: TaskAssignmentRow[] = db
		.select({
			id: assignment.id,
			unitId: assignment.unitId,
			unitName: unit.shortName,
			unitKind: unit.kind,
			role: assignment.role,
			viaGroup: assignment.viaGroup,
			status: assignment.status,
			progressPercent: assignment.progressPercent,
			light: assignment.lastLight
		})
		.from(assignment)
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(and(eq(assignment.taskId, taskId)))
		.orderBy(sql`case ${assignment.role} when 'lead' then 0 else 1 end`, asc(unit.sortOrder), asc(unit.id))
		.all();
	// Progress only of what the viewer may read: its own row, or every row of a task its unit leads.
	const leadUnitIds = rows.filter((a) => a.role === 'lead').map((a) => a.unitId);
	const assignments = rows.map((a) =>
		can(viewer, 'assignment.view', { unitId: a.unitId, leadUnitIds })
			? a
			: { ...a, status: null, progressPercent: null, light: null }
	);
	return {
		...row,
		milestones: db
			.select()
			.from(milestone)
			.where(eq(milestone.taskId, taskId))
			.orderBy(asc(milestone.dueOn), asc(milestone.sortOrder))
			.all(),
		assignments
	};
}
