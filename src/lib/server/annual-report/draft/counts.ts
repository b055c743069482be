// The counts the draft states about a set of assignments (a section, a plan): by status, overdue,
// returned, graded 差, led. Pure, over the rows facts.ts reads.
import type { AssignmentRow } from '../../assignments/base';

export interface WorkCounts {
	tasks: number;
	assignments: number;
	units: number;
	accepted: number;
	submitted: number;
	returned: number;
	inProgress: number;
	notStarted: number;
	/** Not accepted and overdue (red light). */
	red: number;
	/** Neither accepted nor waiting for review, and not overdue: still being worked on in time. */
	openInTime: number;
	/** Assignments returned at least once, and returns in all. */
	everReturned: number;
	returns: number;
	/** Accepted with the grade 差. */
	poor: number;
	/** Of them, assignments in which the unit leads the task. */
	lead: number;
}

export function countWork(rows: readonly AssignmentRow[], tasks: number): WorkCounts {
	const c: WorkCounts = {
		tasks,
		assignments: rows.length,
		units: new Set(rows.map((r) => r.unitId)).size,
		accepted: 0,
		submitted: 0,
		returned: 0,
		inProgress: 0,
		notStarted: 0,
		red: 0,
		openInTime: 0,
		everReturned: 0,
		returns: 0,
		poor: 0,
		lead: 0
	};
	for (const r of rows) {
		if (r.status === 'accepted') c.accepted++;
		else if (r.status === 'submitted') c.submitted++;
		else if (r.status === 'returned') c.returned++;
		else if (r.status === 'in_progress') c.inProgress++;
		else c.notStarted++;
		if (r.status !== 'accepted' && r.lastLight === 'red') c.red++;
		else if (r.status !== 'accepted' && r.status !== 'submitted') c.openInTime++;
		if (r.returnCount > 0) c.everReturned++;
		c.returns += r.returnCount;
		if (r.status === 'accepted' && r.grade === 'poor') c.poor++;
		if (r.role === 'lead') c.lead++;
	}
	return c;
}
