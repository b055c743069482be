// Loading one assignment with what access decisions need, and the checks themselves. A unit user
// who may not see an assignment gets "not found", so ids of other units' work reveal nothing.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assignment, plan, section, task, unit } from '../db/schema';
import { can, type PolicyUser } from '../auth/policy';
import { DomainError } from '../shared/errors';
import { assertPlanOpen } from '../years/guard';

export interface AssignmentContext {
	assignment: typeof assignment.$inferSelect;
	/** `code` carries the section's numeral (一(三)), so it names the task on its own. */
	task: { id: number; code: string; title: string; body: string; sectionId: number; duties: string[] };
	plan: { id: number; title: string; year: number; issuedOn: string; warnDays: number; closedAt: number | null };
	unit: { id: number; shortName: string };
	/** Units leading the task: they may read (not change) the other units' submitted work. */
	leadUnitIds: number[];
}

export function loadAssignment(tx: Tx, id: number): AssignmentContext | null {
	const row = tx
		.select({
			assignment,
			task: {
				id: task.id,
				code: sql<string>`${section.code} || ${task.code}`,
				title: task.title,
				body: task.body,
				sectionId: task.sectionId,
				duties: task.duties
			},
			plan: {
				id: plan.id,
				title: plan.title,
				year: plan.year,
				issuedOn: plan.issuedOn,
				warnDays: plan.warnDays,
				closedAt: plan.closedAt
			},
			unit: { id: unit.id, shortName: unit.shortName }
		})
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.innerJoin(plan, eq(plan.id, assignment.planId))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(eq(assignment.id, id))
		.get();
	if (!row) return null;
	const leads = tx
		.select({ unitId: assignment.unitId })
		.from(assignment)
		.where(and(eq(assignment.taskId, row.task.id), eq(assignment.role, 'lead')))
		.all();
	return { ...row, leadUnitIds: leads.map((l) => l.unitId) };
}

const NOT_FOUND = '任务分工不存在，或您无权查看';

/** The assignment, if the viewer may read it; otherwise not found. */
export function requireViewable(tx: Tx, viewer: PolicyUser, id: number): AssignmentContext {
	const ctx = loadAssignment(tx, id);
	if (!ctx || !can(viewer, 'assignment.view', { unitId: ctx.assignment.unitId, leadUnitIds: ctx.leadUnitIds }))
		throw new DomainError('not_found', NOT_FOUND);
	return ctx;
}

/** The assignment, if the viewer's unit owns it; a reader who may only look gets forbidden. */
export function requireWorkable(tx: Tx, viewer: PolicyUser, id: number): AssignmentContext {
	const ctx = requireViewable(tx, viewer, id);
	if (!can(viewer, 'assignment.work', { unitId: ctx.assignment.unitId }))
		throw new DomainError('forbidden', '只有承担该任务的单位可以报送进展和材料');
	assertPlanOpen(ctx.plan);
	return ctx;
}

/** Drafts (unsubmitted reports and evidence) belong to the owning unit alone. */
export function seesDrafts(viewer: PolicyUser, ctx: AssignmentContext): boolean {
	return viewer.role === 'unit' && viewer.unitId === ctx.assignment.unitId;
}

/** Reports and evidence may change only before submission, and again after a return. */
export function assertEditable(ctx: AssignmentContext): void {
	const s = ctx.assignment.status;
	if (s === 'submitted') throw new DomainError('conflict', '已提交审核，审核结果出来前不能修改；如需补充请等待退回');
	if (s === 'accepted') throw new DomainError('conflict', '已审核通过，不能再修改');
}
