// The engine's indexed form of the facts (normalise.ts builds it): timestamps and dates as numbers,
// references checked, histories sorted by time.
import type { AssignmentRole, Grade, UnitKind } from '../db/schema';
import type { DefaultDeadlines } from './history';
import type { DeadlineChangeKind, EntryKind, FactAssignment } from './facts';
import type { Problems } from './problems';

export interface NUnit {
	id: number;
	name: string;
	kind: UnitKind;
	classOverride: string | null;
	order: number;
}
export interface NTask {
	id: number;
	code: string;
	title: string;
	weight: number;
	sectionCode: string;
	order: number;
}
export interface NChange {
	id: number;
	at: number;
	kind: DeadlineChangeKind;
	/** null: added by this change. */
	fromDay: number | null;
	/** null: removed by this change. */
	toDay: number | null;
	reason: string;
}
export interface NDeadline {
	milestoneId: number | null;
	/** null: not in force until a change adds it. */
	originalDay: number | null;
	changes: NChange[];
}
/**
 * Sent reports in time order, as columns: sentAt (epoch ms), id, percentage, day covered. The columns
 * hold every report of the unit (one allocation per unit, not four arrays per assignment: a province
 * is 360,000 reports); this assignment's are rows [start, start + count).
 */
export interface NReports {
	at: Float64Array;
	id: Float64Array;
	percent: Float64Array;
	coversDay: Float64Array;
	start: number;
	count: number;
}
export interface NSubmission {
	id: number;
	at: number;
	day: number;
	percent: number;
	stampedDueDay: number | null;
	/** The decision on this submission, if any. */
	review: NReview | null;
}
export interface NReview {
	id: number;
	at: number;
	day: number;
	submission: NSubmission;
	decision: 'accept' | 'return';
	grade: Grade | null;
	reason: string;
}
export interface NAssignment {
	id: number;
	task: NTask;
	unitId: number;
	role: AssignmentRole;
	assignedDay: number | null;
	deadlines: NDeadline[];
	/** The deadlines sorted, when none ever changed (the same at any asOf). */
	fixedDueDays: number[] | null;
	reports: NReports;
	submissions: NSubmission[];
	reviews: NReview[];
}
export interface NEntry {
	id: number;
	unitId: number;
	kind: EntryKind;
	indicator: string;
	value: number | string | null;
	channel: string | null;
	reason: string;
	day: number;
	evidence: string | null;
}
export interface NFacts {
	year: number;
	startDay: number;
	yearEndDay: number;
	units: NUnit[];
	sectionCodes: Set<string>;
	taskCodes: Set<string>;
	/** What is wrong so far; the engine adds what reading each unit's history finds, then refuses. */
	problems: Problems;
	tasks: Map<number, NTask>;
	defaultDeadlines: Map<number, DefaultDeadlines>;
	/** Each unit's assignments as given, checked for identity and references only. */
	rawAssignmentsByUnit: Map<number, FactAssignment[]>;
	/** Each unit's entries by date, then id. */
	entriesByUnit: Map<number, NEntry[]>;
}
