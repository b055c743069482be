// An assignment as it stood at the end of asOf (Shanghai): only what had happened by then counts,
// so interim and final scores come from the same code.
import { dateOf } from './days';
import type { NAssignment, NChange, NReport, NReview, NSubmission } from './normalise';

export interface AssignmentState {
	a: NAssignment;
	reports: NReport[];
	submissions: NSubmission[];
	/** The decision on each submission, when made by asOf. */
	reviewOf: Map<number, NReview>;
	returns: NReview[];
	accepted: { submission: NSubmission; review: NReview } | null;
	/** The latest submission, when it still waits for review. */
	pending: NSubmission | null;
	/** What finishes the assignment: the accepted submission, else one waiting for review. */
	completing: NSubmission | null;
	/** Percentage of the latest sent report or submission. */
	progress: number;
	/** Deadlines in force at asOf, earliest first (the last is the final one). */
	dueDays: number[];
}

export interface Clock {
	asOfDay: number;
	/** First instant after asOf in Shanghai. */
	asOfEnd: number;
	yearEndDay: number;
	startDay: number;
	/** asOf is before the plan year's end. */
	interim: boolean;
}

export function stateAt(a: NAssignment, clock: Clock): AssignmentState {
	const end = clock.asOfEnd;
	const reports = a.reports.filter((r) => r.sentAt < end);
	const submissions = a.submissions.filter((s) => s.at < end);
	const reviewOf = new Map<number, NReview>();
	const returns: NReview[] = [];
	let accepted: AssignmentState['accepted'] = null;
	for (const r of a.reviews) {
		if (r.at >= end) break;
		reviewOf.set(r.submission.id, r);
		if (r.decision === 'return') returns.push(r);
		else if (!accepted) accepted = { submission: r.submission, review: r };
	}
	const latest = submissions.at(-1) ?? null;
	const pending = latest && !reviewOf.has(latest.id) ? latest : null;
	const lastReport = reports.at(-1);
	const progress =
		latest && (!lastReport || latest.at >= lastReport.sentAt) ? latest.percent : (lastReport?.percent ?? 0);
	return {
		a,
		reports,
		submissions,
		reviewOf,
		returns,
		accepted,
		pending,
		completing: accepted?.submission ?? pending,
		progress,
		dueDays: a.deadlines.map((d) => dueIn(d.originalDay, d.changes, end)).sort((x, y) => x - y)
	};
}

/** A deadline's date in force just before instant `t`. */
function dueIn(originalDay: number, changes: NChange[], t: number): number {
	let day = originalDay;
	for (const c of changes) if (c.at < t) day = c.toDay;
	return day;
}

/** The final deadline in force when `t` happened, and the change that set it (if any). */
export function finalDueAt(a: NAssignment, t: number): { day: number; change: NChange | null } {
	let best = { day: -Infinity, change: null as NChange | null };
	for (const d of a.deadlines) {
		let day = d.originalDay;
		let change: NChange | null = null;
		for (const c of d.changes)
			if (c.at < t) {
				day = c.toDay;
				change = c;
			}
		if (day > best.day) best = { day, change };
	}
	return best;
}

export interface Lateness {
	days: number;
	dueDay: number;
	/** The submission that met (or missed) the deadline; null while still open. */
	submission: NSubmission | null;
	/** The deadline change in force, for the explanation. */
	change: NChange | null;
}

/** How late the assignment was finished, or is so far when still open at asOf. */
export function latenessOf(s: AssignmentState, measure: 'first' | 'accepted', clock: Clock): Lateness {
	const sub = measure === 'first' ? (s.submissions[0] ?? null) : s.completing;
	if (sub) {
		const due = finalDueAt(s.a, sub.at);
		const dueDay = sub.stampedDueDay ?? due.day;
		return { days: Math.max(0, sub.day - dueDay), dueDay, submission: sub, change: due.change };
	}
	const due = finalDueAt(s.a, clock.asOfEnd);
	return { days: Math.max(0, clock.asOfDay - due.day), dueDay: due.day, submission: null, change: due.change };
}

/** 「（期限经批准延期至 2020-10-31）」 when a change set the deadline. */
export function changeNote(change: NChange | null): string {
	if (!change) return '';
	return change.kind === 'extension'
		? `（期限经批准延期至 ${dateOf(change.toDay)}）`
		: `（期限由政务公开办调整为 ${dateOf(change.toDay)}）`;
}
