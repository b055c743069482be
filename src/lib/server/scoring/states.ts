// Every assignment as it stood at the end of asOf — status, percentage, latest report's date, the
// deadlines then in force — from the same reading of the facts the engine scores (state.ts), so a
// bulletin's red and yellow lists and its scores describe the same moment. Every unit, classed or not.
import type { AssignmentStatus } from '../db/schema';
import { dateOf, dayOf } from './days';
import type { ScoringFacts } from './facts';
import { normaliseSteps, readAssignments } from './normalise';
import { clockAt, stateAt, type AssignmentState } from './state';

export interface AssignmentSnapshot {
	id: number;
	unitId: number;
	taskId: number;
	status: AssignmentStatus;
	progressPercent: number;
	/** The date the latest sent report covered, or null. */
	lastReportedOn: string | null;
	/** Due dates in force, earliest first. */
	dueDates: string[];
}

function statusOf(s: AssignmentState): AssignmentStatus {
	if (s.accepted) return 'accepted';
	if (s.pending) return 'submitted';
	if (s.returns.length) return 'returned';
	return s.reportCount || s.submissions.length ? 'in_progress' : 'not_started';
}

/** An assignment's snapshot from its state. */
export function snapshotOf(s: AssignmentState): AssignmentSnapshot {
	const a = s.a;
	return {
		id: a.id,
		unitId: a.unitId,
		taskId: a.task.id,
		status: statusOf(s),
		progressPercent: s.progress,
		lastReportedOn: s.reportCount ? dateOf(s.reports.coversDay[s.reports.start + s.reportCount - 1]) : null,
		dueDates: s.dueDays.map(dateOf)
	};
}

/**
 * Yields after each unit; throws DomainError('invalid') on bad facts, like computeScores. (A bulletin
 * takes its snapshots from the scoring pass instead: scoreSteps with `snapshots`.)
 */
export function* snapshotSteps(
	factsInput: ScoringFacts | unknown,
	asOf: string
): Generator<void, AssignmentSnapshot[], void> {
	const facts = yield* normaliseSteps(factsInput);
	yield;
	const clock = clockAt(dayOf(asOf), facts);
	const out: AssignmentSnapshot[] = [];
	for (const unit of facts.units) {
		for (const a of readAssignments(facts, unit.id)) out.push(snapshotOf(stateAt(a, clock)));
		yield;
	}
	facts.problems.throwIfAny('考核数据有误');
	return out;
}
