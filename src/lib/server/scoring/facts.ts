// The facts the engine scores: plain JSON, exactly what the progress model holds (issue 8). The
// database loader and scenario files produce this; nothing here knows where it came from.
// Timestamps are ISO 8601 strings with an offset (2020-09-30T17:20:00+08:00) or, from the in-process
// database loader, epoch milliseconds (reading 400,000 timestamps as text costs more than scoring them);
// calendar dates are 'YYYY-MM-DD' in Asia/Shanghai.
import type { AssignmentRole, Grade, UnitKind } from '../db/schema';

/** A point in time: ISO 8601 with an offset, or epoch milliseconds. */
export type Instant = string | number;

export interface ScoringFacts {
	plan: FactPlan;
	units: FactUnit[];
	sections: FactSection[];
	tasks: FactTask[];
	assignments: FactAssignment[];
	entries?: FactEntry[];
}

export interface FactPlan {
	id?: number;
	title?: string;
	year: number;
	/** When work starts counting (the plan's issue date); default 1 January. */
	startsOn?: string;
}

export interface FactUnit {
	id: number;
	name: string;
	kind: UnitKind;
	/** The office's class assignment for this unit, overriding the rubric's kinds and unit lists. */
	class?: string;
}

export interface FactSection {
	id: number;
	/** 一、二… */
	code: string;
	title: string;
}

export interface FactTask {
	id: number;
	sectionId: number;
	/** The task as it names itself, section included: 一(三). */
	code: string;
	title: string;
	/** Scoring weight; default 1. */
	weight?: number;
	/** The task's 时间节点; none means 31 December of the plan year. */
	milestones?: FactMilestone[];
}

export interface FactMilestone {
	id: number;
	dueOn: string;
	what?: string;
}

export interface FactAssignment {
	id: number;
	taskId: number;
	unitId: number;
	role: AssignmentRole;
	/** When the unit was given the task (units added later owe no earlier monthly reports). */
	assignedOn?: string;
	/** The deadlines for this unit and every change to them; absent: the task's milestones, never changed. */
	deadlines?: FactDeadline[];
	/** Sent progress reports (报送); drafts never appear here. */
	reports?: FactReport[];
	/**
	 * The same reports as columns, which the database loader gives instead of `reports` (a province's
	 * 360,000 reports as four arrays per assignment rather than an object and a string each, which the
	 * garbage collector would otherwise copy and keep). Not part of the JSON format.
	 */
	reportColumns?: ReportColumns;
	submissions?: FactSubmission[];
	reviews?: FactReview[];
}

export interface FactDeadline {
	/** The task milestone this deadline stands for, or null for one the office set for this unit alone. */
	milestoneId: number | null;
	/** The date first in force; null for a milestone added later (its first change has `from` null). */
	dueOn: string | null;
	changes?: FactDeadlineChange[];
}

/**
 * A change of one due date: 'milestone' (the task's milestone edited for every unit), 'office' (a date
 * the office set for this unit) or 'extension' (延期 approved on the unit's request).
 */
export interface FactDeadlineChange {
	id: number;
	/** When the change took effect (the edit, or the approval). */
	at: Instant;
	kind: DeadlineChangeKind;
	/** null: the milestone was added by this change. */
	from: string | null;
	/** null: the milestone was removed by this change. */
	to: string | null;
	reason?: string;
}

export const DEADLINE_CHANGE_KINDS = ['milestone', 'office', 'extension'] as const;
export type DeadlineChangeKind = (typeof DEADLINE_CHANGE_KINDS)[number];

export interface FactReport {
	id: number;
	/** The date the report covers, chosen by the unit. */
	coversOn: string;
	/** Server time of sending. */
	sentAt: Instant;
	percent: number;
}

export interface ReportColumns {
	id: number[];
	/** Epoch milliseconds. */
	sentAt: number[];
	/** Day numbers (days since 1970-01-01) of the dates covered. */
	coversDay: number[];
	percent: number[];
}

export interface FactSubmission {
	id: number;
	/** Server time of submitting (提交办结). */
	at: Instant;
	percent: number;
	/** The final deadline in force at that moment, as the system stamped it; derived from the deadlines when absent. */
	dueOn?: string;
}

export interface FactReview {
	id: number;
	at: Instant;
	submissionId: number;
	decision: 'accept' | 'return';
	grade?: Grade;
	reason?: string;
}

export const ENTRY_KINDS = [
	'score',
	'level',
	'count',
	'percent',
	'deduction',
	'bonus',
	'major-deduction',
	'veto',
	'not-applicable'
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** What the office enters per unit: external scores, levels, counts, 加分, 扣分, 重大扣分, vetoes, 不适用. */
export interface FactEntry {
	id: number;
	unitId: number;
	kind: EntryKind;
	/** The rubric id it scores: an indicator, or a bonus / deduction / major-deduction / veto item. */
	indicator: string;
	/** A score, a level's name, a count, a percentage, points (judged items) or a number of events. */
	value?: number | string;
	/** For external scores with channels. */
	channel?: string;
	reason: string;
	/** The date of the fact (检查日期); entries after asOf are ignored. */
	on: string;
	/** A link or a stored file's reference. */
	evidence?: string;
}
