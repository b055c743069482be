// The one base query over an assignment with its task, section, plan and unit: 我的任务, the review
// queue, reminders, the light refresh and the boards all select from it, so a task is always named
// the same way (一(三) — item numbers repeat across sections) and a light always gets the same inputs.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assignment, plan, section, task, unit } from '../db/schema';

export const assignmentColumns = {
	id: assignment.id,
	taskId: assignment.taskId,
	planId: assignment.planId,
	unitId: assignment.unitId,
	role: assignment.role,
	status: assignment.status,
	progressPercent: assignment.progressPercent,
	grade: assignment.grade,
	returnCount: assignment.returnCount,
	submittedAt: assignment.submittedAt,
	lastReportedOn: assignment.lastReportedOn,
	lastLight: assignment.lastLight,
	version: assignment.version,
	/** The task's code with its section's numeral (一(三)), so it names the task on its own. */
	taskCode: sql<string>`${section.code} || ${task.code}`.as('task_code'),
	taskTitle: task.title,
	taskSort: task.sortOrder,
	sectionId: section.id,
	sectionCode: section.code,
	sectionTitle: section.title,
	sectionSort: section.sortOrder,
	planTitle: plan.title,
	planYear: plan.year,
	issuedOn: plan.issuedOn,
	warnDays: plan.warnDays,
	/** Set when the year is closed: nothing of it changes, its lights included. */
	planClosedAt: plan.closedAt,
	unitName: unit.shortName,
	unitKind: unit.kind,
	unitSort: unit.sortOrder
};

export function selectAssignments(tx: Tx) {
	return tx
		.select(assignmentColumns)
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.innerJoin(plan, eq(plan.id, assignment.planId))
		.innerJoin(unit, eq(unit.id, assignment.unitId));
}

export type AssignmentRow = ReturnType<ReturnType<typeof selectAssignments>['all']>[number];
