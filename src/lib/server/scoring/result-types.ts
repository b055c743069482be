// What computeScores returns: per unit the total, 等次, ranks, veto state, the indicator tree and the
// breakdown lines. Every point is a line: a unit's lines add up to its total, and the lines under a
// node add up to that node's score (all rounded to 0.01 so that the sums hold exactly).

export const RESULT_FORMAT = 'yaodian-scores';

export type SourceKind = 'assignment' | 'report' | 'submission' | 'review' | 'deadline-change' | 'entry';

export interface ScoreSource {
	kind: SourceKind;
	id: number;
}

export interface ScoreLine {
	/** The indicator, or the 加分 / 扣分 / 重大扣分 / 一票否决 item, the line belongs to. */
	indicator: string;
	indicatorName: string;
	/** The rule kind that produced it, or base / cap / overflow / not-applicable / bonus / deduction / major-deduction / veto / floor. */
	rule: string;
	source: ScoreSource | null;
	related?: ScoreSource[];
	/** Contribution to the unit's total. */
	points: number;
	text: string;
}

export interface ScoreNode {
	id: string;
	name: string;
	/** This node's share of the total for this unit (after spreading inapplicable points and scaling). */
	max: number;
	/** The maximum the rubric states. */
	statedMax: number;
	score: number;
	notApplicable: boolean;
	children?: ScoreNode[];
}

export interface VetoState {
	effect: 'fail' | 'score';
	/** The fixed score, when effect is 'score'. */
	score?: number;
	items: { id: string; name: string; entryId: number }[];
}

export interface UnitScore {
	unitId: number;
	name: string;
	classId: string;
	className: string;
	/** Points, 加分 and 扣分 included. */
	total: number;
	/** The table's maximum before 加分. */
	max: number;
	/** total / max × 100: what ranks and bands compare when compareBy is 'percent'. */
	percent: number;
	/** The tree's score before 加分, 扣分 and vetoes. */
	base: number;
	band: string;
	/** The band the score earned, when a quota moved the unit down. */
	bandBeforeQuota?: string;
	rank: number;
	classRank: number;
	veto: VetoState | null;
	tree: ScoreNode[];
	lines: ScoreLine[];
}

export interface ScoreResult {
	format: typeof RESULT_FORMAT;
	version: 1;
	rubric: string;
	asOf: string;
	/** asOf is on or after 31 December of the plan year: the 年度考核 result. */
	final: boolean;
	compareBy: 'percent' | 'points';
	publish: 'scores' | 'bands';
	classes: { id: string; name: string; table: string; max: number; units: number }[];
	/** Units in rank order (ties in the facts' order). */
	units: UnitScore[];
	/** Units no class takes, or with nothing applicable to score. */
	excluded: { unitId: number; name: string; reason: string }[];
}
