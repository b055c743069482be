// An assignment as it stood at the end of asOf (Shanghai): only what had happened by then counts,
// so interim and final scores come from the same code.
import { dateOf } from './days';
import { shanghaiDayOf } from './days';
import type { NAssignment, NChange, NReports, NReview, NSubmission } from './normalise';

export interface AssignmentState {
	a: NAssignment;
	/** The assignment as a line's source. */
	source: { kind: 'assignment'; id: number };
	/** The assignment's sent reports; the first `reportCount` of its rows were sent by asOf. */
	reports: NReports;
	reportCount: number;
	submissions: NSubmission[];
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

const EMPTY: never[] = [];

/** The clock for scoring as of the end of `asOfDay` (a day number) in a plan year. */
export function clockAt(asOfDay: number, year: { startDay: number; yearEndDay: number }): Clock {
	return {
		asOfDay,
		asOfEnd: (asOfDay + 1) * 86_400_000 - 8 * 3_600_000,
		yearEndDay: year.yearEndDay,
		startDay: year.startDay,
		interim: asOfDay < year.yearEndDay
	};
}

export function stateAt(a: NAssignment, clock: Clock): AssignmentState {
	const end = clock.asOfEnd;
	const { reports } = a;
	const { at, start } = reports;
	let reportCount = reports.count;
	while (reportCount > 0 && at[start + reportCount - 1] >= end) reportCount--;
	const all = a.submissions;
	const submissions = !all.length || all[all.length - 1].at < end ? all : all.filter((s) => s.at < end);
	let returns: NReview[] = EMPTY;
	let accepted: AssignmentState['accepted'] = null;
	for (const r of a.reviews) {
		if (r.at >= end) break;
		if (r.decision === 'return') returns = returns === EMPTY ? [r] : [...returns, r];
		else if (!accepted) accepted = { submission: r.submission, review: r };
	}
	const latest = submissions.length ? submissions[submissions.length - 1] : null;
	const pending = latest && !(latest.review && latest.review.at < end) ? latest : null;
	const lastAt = reportCount ? at[start + reportCount - 1] : -Infinity;
	const progress =
		latest && latest.at >= lastAt ? latest.percent : reportCount ? reports.percent[start + reportCount - 1] : 0;
	return {
		a,
		source: { kind: 'assignment', id: a.id },
		reports,
		reportCount,
		submissions,
		returns,
		accepted,
		pending,
		completing: accepted?.submission ?? pending,
		progress,
		dueDays: a.fixedDueDays ?? dueDaysAt(a, end, clock.yearEndDay)
	};
}

/** A deadline's date in force just before instant `t`, or null when it was not in force then. */
function dueIn(originalDay: number | null, changes: NChange[], t: number): number | null {
	let day = originalDay;
	for (const c of changes) if (c.at < t) day = c.toDay;
	return day;
}

/** The deadlines in force just before `t`, earliest first; none left means 31 December. */
function dueDaysAt(a: NAssignment, t: number, yearEndDay: number): number[] {
	const days: number[] = [];
	for (const d of a.deadlines) {
		const day = dueIn(d.originalDay, d.changes, t);
		if (day !== null) days.push(day);
	}
	return days.length ? days.sort((x, y) => x - y) : [yearEndDay];
}

/** The final deadline in force when `t` happened, and the change that set it (if any). */
export function finalDueAt(a: NAssignment, t: number, yearEndDay: number): { day: number; change: NChange | null } {
	// Deadlines that never changed: the last of them, at any time (nine assignments in ten).
	if (a.fixedDueDays?.length) return { day: a.fixedDueDays[a.fixedDueDays.length - 1], change: null };
	let best = { day: -Infinity, change: null as NChange | null };
	for (const d of a.deadlines) {
		let day = d.originalDay;
		let change: NChange | null = null;
		for (const c of d.changes)
			if (c.at < t) {
				day = c.toDay;
				change = c;
			}
		if (day !== null && day > best.day) best = { day, change };
	}
	return best.day === -Infinity ? { day: yearEndDay, change: null } : best;
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
		const due = finalDueAt(s.a, sub.at, clock.yearEndDay);
		const dueDay = sub.stampedDueDay ?? due.day;
		return { days: Math.max(0, sub.day - dueDay), dueDay, submission: sub, change: due.change };
	}
	const due = finalDueAt(s.a, clock.asOfEnd, clock.yearEndDay);
	return { days: Math.max(0, clock.asOfDay - due.day), dueDay: due.day, submission: null, change: due.change };
}

/** 「（期限经批准延期至 2020-10-31）」 when a change set the deadline. */
export function changeNote(change: NChange | null): string {
	if (!change || change.toDay === null) return '';
	const to = dateOf(change.toDay);
	if (change.kind === 'extension') return `（期限经批准延期至 ${to}）`;
	return change.kind === 'office' ? `（期限由政务公开办调整为 ${to}）` : `（时间节点调整为 ${to}）`;
}

/** The Shanghai day each report by asOf was sent on, in order. */
export function reportDays(s: AssignmentState): number[] {
	const out: number[] = [];
	const { at, start } = s.reports;
	for (let i = 0; i < s.reportCount; i++) out.push(shanghaiDayOf(at[start + i]));
	return out;
}
