// What a rule hands the tree: lines in the indicator's own points (before 扣完为止, spreading and
// scaling), and whether the indicator applies to the unit at all.
import type { NEntry } from './normalise';
import { fmt } from './problems';
import type { ScoreSource } from './result-types';
import type { Indicator } from './rubric-types';
import type { AssignmentState, Clock } from './state';

export interface RawLine {
	rule: string;
	source: ScoreSource | null;
	related?: ScoreSource[];
	/** Points in the indicator's own terms; negative for deductions. */
	raw: number;
	text: string;
}

/** 'na': nothing to score (no assignment in scope, no external score yet); 'neutral': no opinion. */
export type RuleStatus = 'ok' | 'na' | 'neutral';

export interface RuleOutcome {
	status: RuleStatus;
	lines: RawLine[];
}

export interface RuleContext {
	clock: Clock;
	indicator: Indicator;
	/** The unit's assignments at asOf, in plan order. */
	states: AssignmentState[];
	/** The unit's entries for this indicator up to asOf, by date. */
	entries: NEntry[];
}

export const entrySource = (e: NEntry): ScoreSource => ({ kind: 'entry', id: e.id });
/** One object per assignment, shared by its lines (read-only, like every line). */
export const assignmentSource = (s: AssignmentState): ScoreSource => s.source;

/** 最多扣 N 分: deduction lines in order until the rule's limit is spent. */
export function applyLimit(lines: RawLine[], limit: number | undefined): RawLine[] {
	if (limit === undefined) return lines;
	let left = limit;
	// Fresh lines from the rule: adjusted in place.
	for (const l of lines) {
		const take = Math.min(-l.raw, left);
		left -= take;
		if (take === -l.raw) continue;
		l.text =
			take === 0
				? `${l.text}；本条最多扣 ${fmt(limit)} 分，已扣满，不再扣分`
				: `${l.text}；本条最多扣 ${fmt(limit)} 分，实扣 ${fmt(take)} 分`;
		l.raw = -take;
	}
	return lines;
}
