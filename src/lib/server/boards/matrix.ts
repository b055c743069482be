// 台账: the task × unit matrix. Paged by tasks (rows) with the units of the chosen kind as columns,
// or the reverse; three statements per page whatever the plan's size.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DB } from '../db/client';
import { isWorkPlan } from '../plans/kind';
import {
	assignment,
	assignmentRollup,
	plan,
	section,
	task,
	unit,
	type AssignmentStatus,
	type Grade,
	type Light,
	type UnitKind
} from '../db/schema';
import type { PolicyUser } from '../auth/policy';
import { kindOrder } from '../units/kinds';

export interface MatrixFilter {
	planId: number;
	sectionId?: number;
	kind?: UnitKind;
	/** 'tasks': rows are tasks, columns units (default); 'units': the reverse. */
	orient?: 'tasks' | 'units';
	page?: number;
	pageSize?: number;
	/** Columns come in pages too: a province has hundreds of units. */
	colPage?: number;
	colPageSize?: number;
	/** Every row and column on one page (exports). */
	all?: boolean;
}

export interface MatrixCell {
	assignmentId: number;
	status: AssignmentStatus;
	light: Light | null;
	grade: Grade | null;
	role: 'lead' | 'responsible';
}

export interface MatrixAxisItem {
	id: number;
	label: string;
	/** Tasks: the section code; units: the unit kind. */
	group: string;
}

export interface Matrix {
	plan: { id: number; title: string; year: number };
	filter: Required<Pick<MatrixFilter, 'planId' | 'orient' | 'page' | 'pageSize' | 'colPage' | 'colPageSize'>> &
		Pick<MatrixFilter, 'sectionId' | 'kind'>;
	sections: { id: number; code: string; title: string }[];
	rows: MatrixAxisItem[];
	columns: MatrixAxisItem[];
	/** cells[rowIndex][columnIndex], null where the unit has no assignment on the task. */
	cells: (MatrixCell | null)[][];
	totalRows: number;
	pages: number;
	totalColumns: number;
	colPages: number;
}

const DEFAULT_PAGE = 40;
const DEFAULT_COL_PAGE = 60;

/** Units that have assignments in the plan (and scope), from the roll-ups. */
function unitsInPlan(db: DB, f: MatrixFilter, onlyUnit?: number) {
	return db
		.select({ id: unit.id, label: unit.shortName, group: unit.kind })
		.from(assignmentRollup)
		.innerJoin(unit, eq(unit.id, assignmentRollup.unitId))
		.where(
			and(
				eq(assignmentRollup.planId, f.planId),
				f.sectionId ? eq(assignmentRollup.sectionId, f.sectionId) : undefined,
				f.kind ? eq(unit.kind, f.kind) : undefined,
				onlyUnit ? eq(unit.id, onlyUnit) : undefined,
				sql`${assignmentRollup.total} > 0`
			)
		)
		.groupBy(unit.id)
		.orderBy(kindOrder(unit.kind), asc(unit.sortOrder), asc(unit.id))
		.all();
}

function tasksInPlan(db: DB, f: MatrixFilter) {
	return db
		.select({ id: task.id, label: sql<string>`${task.code} || ' ' || ${task.title}`, group: section.code })
		.from(task)
		.innerJoin(section, eq(section.id, task.sectionId))
		.where(and(eq(task.planId, f.planId), f.sectionId ? eq(task.sectionId, f.sectionId) : undefined))
		.orderBy(asc(section.sortOrder), asc(task.sortOrder))
		.all();
}

export function getMatrix(db: DB, viewer: PolicyUser, input: MatrixFilter): Matrix | null {
	const p = db
		.select({ id: plan.id, title: plan.title, year: plan.year })
		.from(plan)
		.where(and(eq(plan.id, input.planId), isWorkPlan))
		.get();
	if (!p) return null;
	const onlyUnit = viewer.role === 'unit' && viewer.unitId ? viewer.unitId : undefined;
	const f = {
		planId: p.id,
		sectionId: input.sectionId,
		kind: input.kind,
		orient: input.orient === 'units' ? ('units' as const) : ('tasks' as const),
		pageSize: input.all ? Number.MAX_SAFE_INTEGER : Math.min(Math.max(input.pageSize ?? DEFAULT_PAGE, 5), 200),
		page: Math.max(input.page ?? 1, 1),
		colPageSize: input.all
			? Number.MAX_SAFE_INTEGER
			: Math.min(Math.max(input.colPageSize ?? DEFAULT_COL_PAGE, 5), 200),
		colPage: Math.max(input.colPage ?? 1, 1)
	};
	const sections = db
		.select({ id: section.id, code: section.code, title: section.title })
		.from(section)
		.where(eq(section.planId, p.id))
		.orderBy(asc(section.sortOrder))
		.all();
	// Both axes are at most a few hundred items (tasks of a plan, units of a kind): page the rows.
	const tasks = tasksInPlan(db, f);
	const units = unitsInPlan(db, f, onlyUnit);
	const [rowsAll, columnsAll] = f.orient === 'tasks' ? [tasks, units] : [units, tasks];
	const pages = Math.max(1, Math.ceil(rowsAll.length / f.pageSize));
	const page = Math.min(f.page, pages);
	const rows = rowsAll.slice((page - 1) * f.pageSize, page * f.pageSize);
	const colPages = Math.max(1, Math.ceil(columnsAll.length / f.colPageSize));
	const colPage = Math.min(f.colPage, colPages);
	const columns = columnsAll.slice((colPage - 1) * f.colPageSize, colPage * f.colPageSize);
	const rowIds = rows.map((r) => r.id);
	const cellsRaw = rowIds.length
		? db
				.select({
					taskId: assignment.taskId,
					unitId: assignment.unitId,
					assignmentId: assignment.id,
					status: assignment.status,
					light: assignment.lastLight,
					grade: assignment.grade,
					role: assignment.role
				})
				.from(assignment)
				// By task ids alone when rows are tasks (they belong to the plan): with plan_id in the
				// condition SQLite may pick the plan index and read the whole plan's assignments.
				.where(
					and(
						f.orient === 'tasks'
							? inArray(assignment.taskId, rowIds)
							: and(eq(assignment.planId, p.id), inArray(assignment.unitId, rowIds)),
						onlyUnit ? eq(assignment.unitId, onlyUnit) : undefined
					)
				)
				.all()
		: [];
	const colIndex = new Map(columns.map((c, i) => [c.id, i]));
	const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
	const cells: (MatrixCell | null)[][] = rows.map(() => columns.map(() => null));
	for (const c of cellsRaw) {
		const [r, k] =
			f.orient === 'tasks'
				? [rowIndex.get(c.taskId), colIndex.get(c.unitId)]
				: [rowIndex.get(c.unitId), colIndex.get(c.taskId)];
		if (r === undefined || k === undefined) continue;
		cells[r][k] = { assignmentId: c.assignmentId, status: c.status, light: c.light, grade: c.grade, role: c.role };
	}
	return {
		plan: p,
		filter: { ...f, page, colPage },
		sections,
		rows,
		columns,
		cells,
		totalRows: rowsAll.length,
		pages,
		totalColumns: columnsAll.length,
		colPages
	};
}
