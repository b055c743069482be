// The due dates an assignment must meet: its task's milestones, each replaced by the date the office
// set for this unit (by hand or by approving an extension). Pure, so lights, scoring and pages agree.

/** A task milestone as stored. */
export interface TaskMilestone {
	id: number;
	dueOn: string;
	what: string;
}

/** A unit's own date for one milestone (`milestoneId` null: the year-end deadline of a task without one). */
export interface DeadlineOverride {
	milestoneId: number | null;
	dueOn: string;
}

export interface Deadline {
	milestoneId: number | null;
	what: string;
	/** The date in force for this unit. */
	dueOn: string;
	/** The task's own date (31 December of the plan year for a task without milestones). */
	taskDueOn: string;
}

export const yearEnd = (planYear: number) => `${planYear}-12-31`;

/** The assignment's deadlines in date order; a task without milestones is due at the year's end. */
export function effectiveDeadlines(
	milestones: readonly TaskMilestone[],
	overrides: readonly DeadlineOverride[],
	planYear: number
): Deadline[] {
	const own = new Map(overrides.map((o) => [o.milestoneId, o.dueOn]));
	const list: Deadline[] = milestones.length
		? milestones.map((m) => ({ milestoneId: m.id, what: m.what, dueOn: own.get(m.id) ?? m.dueOn, taskDueOn: m.dueOn }))
		: [
				{ milestoneId: null, what: '完成时限', dueOn: own.get(null) ?? yearEnd(planYear), taskDueOn: yearEnd(planYear) }
			];
	return list.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || (a.milestoneId ?? 0) - (b.milestoneId ?? 0));
}

/** The last date in force: what a submission is measured against. */
export function finalDue(deadlines: readonly Deadline[]): string {
	return deadlines.reduce((m, d) => (d.dueOn > m ? d.dueOn : m), deadlines[0]?.dueOn ?? '');
}
