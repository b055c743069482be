// Importing a plan again onto the one already in the system: sections and tasks matched by code,
// work never deleted.
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { assignment, milestone, plan, section, task } from '../../db/schema';
import { hasWork } from '../../assignments/has-work';
import type { Actor } from '../../shared/actor';
import { writeMilestones } from '../milestones';
import type { Draft } from './drafts';
import type { ImportResult } from './confirm';
import { insertTasks } from './confirm';
import { taskColumns, type PlannedTask } from './tasks';

/**
 * Re-import onto an existing plan: sections and tasks are matched by their codes; titles, text and
 * milestones follow the new text; new tasks and units are added; tasks and assignments the text
 * no longer names are removed only when no unit has worked on them (else kept and reported).
 */
export function updatePlan(
	tx: Tx,
	planId: number,
	meta: { title: string; year: number; docNumber: string; issuer: string; issuedOn: string; sourceText: string },
	draft: Draft,
	tasks: PlannedTask[],
	result: ImportResult,
	actor: Actor,
	now: number
): void {
	const cur = tx.select().from(plan).where(eq(plan.id, planId)).get()!;
	if (
		cur.docNumber !== meta.docNumber ||
		cur.issuer !== meta.issuer ||
		cur.issuedOn !== meta.issuedOn ||
		cur.sourceText !== meta.sourceText
	)
		tx.update(plan).set(meta).where(eq(plan.id, planId)).run();

	const sections = tx.select().from(section).where(eq(section.planId, planId)).orderBy(asc(section.sortOrder)).all();
	const sectionIds = draft.parsed.sections.map((s, i) => {
		const found = sections.find((x) => x.code === s.code && (s.code !== '' || x.sortOrder === i));
		if (found) {
			if (found.title !== (s.title || '工作任务') || found.sortOrder !== i)
				tx.update(section)
					.set({ title: s.title || '工作任务', sortOrder: i })
					.where(eq(section.id, found.id))
					.run();
			return found.id;
		}
		result.created.sections++;
		return tx
			.insert(section)
			.values({ planId, code: s.code, title: s.title || '工作任务', sortOrder: i })
			.returning({ id: section.id })
			.get().id;
	});

	const oldTasks = tx.select().from(task).where(eq(task.planId, planId)).all();
	const byPath = new Map(oldTasks.map((t) => [`${t.sectionId}|${t.code}`, t]));
	const matched = new Set<number>();
	const fresh: PlannedTask[] = [];
	tasks.forEach((t, order) => {
		const old = byPath.get(`${sectionIds[t.sectionIndex]}|${t.code}`);
		if (!old || matched.has(old.id)) {
			fresh.push(t);
			return;
		}
		matched.add(old.id);
		const changes = taskColumns(t, order);
		const same =
			old.title === changes.title &&
			old.body === changes.body &&
			old.unitNote === changes.unitNote &&
			old.openList === changes.openList &&
			JSON.stringify(old.pickedGroups) === JSON.stringify(changes.pickedGroups) &&
			JSON.stringify(old.duties) === JSON.stringify(changes.duties) &&
			old.sortOrder === order;
		if (!same) tx.update(task).set(changes).where(eq(task.id, old.id)).run();
		syncMilestones(tx, actor, old.id, t.milestones, now);
		syncAssignments(tx, planId, old.id, t, result);
	});
	if (fresh.length) insertTasks(tx, planId, sectionIds, fresh, oldTasks.length + 1, result);
	for (const old of oldTasks) {
		if (matched.has(old.id)) continue;
		const as = tx.select({ id: assignment.id }).from(assignment).where(eq(assignment.taskId, old.id)).all();
		if (as.some((a) => hasWork(tx, a.id))) {
			result.kept.push(`${old.code}${old.title}`);
			continue;
		}
		// Assignments first, so the roll-up triggers can still see the task's section.
		tx.delete(assignment).where(eq(assignment.taskId, old.id)).run();
		tx.delete(task).where(eq(task.id, old.id)).run();
		result.removed.tasks++;
		result.removed.assignments += as.length;
	}
	// Drop sections left empty by the update.
	for (const s of sections) {
		if (sectionIds.includes(s.id)) continue;
		if (!tx.select({ id: task.id }).from(task).where(eq(task.sectionId, s.id)).get())
			tx.delete(section).where(eq(section.id, s.id)).run();
	}
}

/** The new text's milestones, matched to the stored ones by position: edited in place, history kept. */
function syncMilestones(
	tx: Tx,
	actor: Actor,
	taskId: number,
	wanted: { date: string; what: string }[],
	now: number
): void {
	const cur = tx.select().from(milestone).where(eq(milestone.taskId, taskId)).orderBy(asc(milestone.sortOrder)).all();
	const same =
		cur.length === wanted.length && cur.every((m, i) => m.dueOn === wanted[i].date && m.what === wanted[i].what);
	if (same) return;
	writeMilestones(
		tx,
		actor,
		taskId,
		wanted.map((m, i) => ({ id: cur[i]?.id ?? null, dueOn: m.date, what: m.what })),
		now
	);
}

function syncAssignments(tx: Tx, planId: number, taskId: number, t: PlannedTask, result: ImportResult): void {
	const cur = tx.select().from(assignment).where(eq(assignment.taskId, taskId)).all();
	const have = new Map(cur.map((a) => [a.unitId, a]));
	const add = [...t.units].filter(([id]) => !have.has(id));
	if (add.length) {
		tx.insert(assignment)
			.values(add.map(([unitId, u]) => ({ taskId, planId, unitId, role: u.role, viaGroup: u.viaGroup })))
			.run();
		result.created.assignments += add.length;
	}
	for (const a of cur) {
		const want = t.units.get(a.unitId);
		if (want) {
			if (want.role !== a.role || want.viaGroup !== a.viaGroup)
				tx.update(assignment).set({ role: want.role, viaGroup: want.viaGroup }).where(eq(assignment.id, a.id)).run();
			continue;
		}
		if (hasWork(tx, a.id)) {
			result.kept.push(`${t.code}${t.title}：${a.unitId}`);
			continue;
		}
		tx.delete(assignment).where(eq(assignment.id, a.id)).run();
		result.removed.assignments++;
	}
}
