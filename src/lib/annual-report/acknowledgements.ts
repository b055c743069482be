// Soft warnings a unit (or the office, for the body's report) acknowledges with a note before it
// submits or marks the text final; hard errors cannot be acknowledged. A warning is known by its
// check and where it points, so an acknowledgement lapses when the warning changes (S1 on other
// columns) and holds while the same warning stands.

import type { CheckId, CheckResult } from './types';

export type Acknowledgements = Record<string, string>;

/** The stable key of a finding: its check id and its cells, or its section for text findings. */
export function findingKey(r: CheckResult): string {
	const place = r.where.cells.length ? r.where.cells.join(',') : r.where.section ? `section${r.where.section}` : '';
	return `${r.id}:${place}`;
}

export const NOTE_MAX = 500;

export interface Blockers {
	errors: CheckResult[];
	/** Warnings without an acknowledgement note. */
	unacknowledged: CheckResult[];
}

/** What stands in the way of submitting (or marking final): every error, and unacknowledged warnings. */
export function blockersOf(checks: readonly CheckResult[], acks: Acknowledgements): Blockers {
	return {
		errors: checks.filter((c) => c.level === 'error'),
		unacknowledged: checks.filter((c) => c.level === 'warning' && !acks[findingKey(c)]?.trim())
	};
}

/** The checks the statistics form runs; the others (text, form, 雷同) are the draft's. */
export const STATISTICS_CHECKS: readonly CheckId[] = ['H1', 'H2', 'H3', 'H4', 'H5', 'S1', 'S2', 'S3'];

/**
 * The acknowledgements after `checks` (the checks `ids` stand for) ran again: those of these checks
 * that no longer answer a warning are dropped; those of other checks are kept as they are.
 */
export function liveAcknowledgements(
	checks: readonly CheckResult[],
	acks: Acknowledgements,
	ids: readonly CheckId[]
): Acknowledgements {
	const keys = new Set(checks.filter((c) => c.level === 'warning').map(findingKey));
	return Object.fromEntries(
		Object.entries(acks).filter(([k]) => !ids.includes(k.split(':')[0] as CheckId) || keys.has(k))
	);
}
