// Loading the deadlines in force for many assignments at once: two statements per 500 tasks or
// assignments, whatever their number.
import { asc, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assignmentDeadline, milestone } from '../db/schema';
import { effectiveDeadlines, type Deadline, type DeadlineOverride, type TaskMilestone } from './effective';

/** SQLite binds at most 32766 parameters; keep IN lists short. */
const CHUNK = 500;

function inChunks<T>(ids: number[], read: (chunk: number[]) => T[]): T[] {
	const out: T[] = [];
	for (let i = 0; i < ids.length; i += CHUNK) out.push(...read(ids.slice(i, i + CHUNK)));
	return out;
}

/** The milestones of the given tasks, by task id, in date order. */
export function milestonesByTask(tx: Tx, taskIds: number[]): Map<number, TaskMilestone[]> {
	const rows = inChunks([...new Set(taskIds)], (chunk) =>
		tx
			.select({ id: milestone.id, taskId: milestone.taskId, dueOn: milestone.dueOn, what: milestone.what })
			.from(milestone)
			.where(inArray(milestone.taskId, chunk))
			.orderBy(asc(milestone.dueOn), asc(milestone.sortOrder))
			.all()
	);
	const out = new Map<number, TaskMilestone[]>();
	for (const { taskId, ...m } of rows) {
		const list = out.get(taskId);
		if (list) list.push(m);
		else out.set(taskId, [m]);
	}
	return out;
}

/** The units' own dates, by assignment id. */
export function overridesByAssignment(tx: Tx, assignmentIds: number[]): Map<number, DeadlineOverride[]> {
	const rows = inChunks([...new Set(assignmentIds)], (chunk) =>
		tx
			.select({
				assignmentId: assignmentDeadline.assignmentId,
				milestoneId: assignmentDeadline.milestoneId,
				dueOn: assignmentDeadline.dueOn
			})
			.from(assignmentDeadline)
			.where(inArray(assignmentDeadline.assignmentId, chunk))
			.all()
	);
	const out = new Map<number, DeadlineOverride[]>();
	for (const { assignmentId, ...o } of rows) out.set(assignmentId, [...(out.get(assignmentId) ?? []), o]);
	return out;
}

/** Every assignment's deadlines in force, by assignment id. */
export function deadlinesOfAssignments(
	tx: Tx,
	rows: readonly { id: number; taskId: number; planYear: number }[]
): Map<number, Deadline[]> {
	const ms = milestonesByTask(
		tx,
		rows.map((r) => r.taskId)
	);
	const own = overridesByAssignment(
		tx,
		rows.map((r) => r.id)
	);
	return new Map(rows.map((r) => [r.id, effectiveDeadlines(ms.get(r.taskId) ?? [], own.get(r.id) ?? [], r.planYear)]));
}
