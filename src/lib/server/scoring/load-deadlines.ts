// One assignment's deadline history in the facts' terms, from what the database keeps: the task's
// milestones, the task-wide changes (a milestone edited for everyone) and the unit's own (the office
// set a date, an extension was approved). Replays them in time order with the live rule of
// deadlines/effective.ts — the unit's own date wins over the task's while it stands, and a removed
// milestone takes the unit's date with it — so the date in force at any moment is exactly the one the
// unit saw then. Pure.
import type { FactDeadline, FactDeadlineChange } from './facts';

export interface StoredChange {
	id: number;
	/** null: the unit-wide (year-end) deadline of a task without milestones. */
	milestoneId: number | null;
	fromDue: string | null;
	toDue: string | null;
	kind: FactDeadlineChange['kind'];
	reason: string;
	at: number;
	/** The change was made for one unit (office, extension) rather than the whole task. */
	own: boolean;
}

/**
 * The assignment's deadlines, or undefined when none ever changed (the task's milestones stand).
 * `milestones` are the task's current ones; `taskChanges` and `ownChanges` in any order.
 */
export function deadlineHistory(
	milestones: readonly { id: number; dueOn: string }[],
	taskChanges: readonly StoredChange[],
	ownChanges: readonly StoredChange[],
	yearEnd: string
): FactDeadline[] | undefined {
	if (!taskChanges.length && !ownChanges.length) return undefined;
	const current = new Map(milestones.map((m) => [m.id, m.dueOn]));
	const keys = new Set<number | null>(milestones.map((m) => m.id));
	for (const c of taskChanges) keys.add(c.milestoneId);
	// The year-end deadline stands only for a task that never had a milestone.
	const yearEndOnly = keys.size === 0;
	if (yearEndOnly) keys.add(null);
	for (const c of ownChanges) if (c.milestoneId !== null || yearEndOnly) keys.add(c.milestoneId);
	const out: FactDeadline[] = [];
	for (const key of keys) {
		const events = [
			...taskChanges.filter((c) => c.milestoneId === key),
			...ownChanges.filter((c) => c.milestoneId === key)
		].sort((a, b) => a.at - b.at || a.id - b.id);
		const firstTask = events.find((e) => !e.own);
		const original = firstTask ? firstTask.fromDue : key === null ? yearEnd : (current.get(key) ?? null);
		// A unit's change on a milestone that no longer exists and never had history: nothing stands.
		if (original === null && !firstTask) continue;
		let taskDue = original;
		let own: string | null = null;
		let inForce = original;
		const changes: FactDeadlineChange[] = [];
		for (const e of events) {
			if (!e.own) {
				taskDue = e.toDue;
				if (taskDue === null) own = null;
			} else own = e.toDue === taskDue ? null : e.toDue;
			const next = taskDue === null ? null : (own ?? taskDue);
			if (next === inForce) continue;
			changes.push({ id: e.id, at: e.at, kind: e.kind, from: inForce, to: next, reason: e.reason });
			inForce = next;
		}
		out.push({ milestoneId: key, dueOn: original, ...(changes.length ? { changes } : {}) });
	}
	return out.length ? out : undefined;
}
