// 评分细则 as data: the versioned rubric format (docs/rubric.md, docs/rubric.schema.json).
// A rubric holds one or more score tables (评分表); each class of units (考核类别) is scored on one table.
import type { AssignmentRole, Grade, UnitKind } from '../db/schema';

export const RUBRIC_FORMAT = 'yaodian-rubric';
export const RUBRIC_VERSION = 1;

export interface Rubric {
	format: typeof RUBRIC_FORMAT;
	version: typeof RUBRIC_VERSION;
	/** 考核办法 title: 石家庄市2020年度政务公开工作考核评分细则. */
	name: string;
	description?: string;
	classes: UnitClass[];
	tables: ScoreTable[];
	outcome: Outcome;
}

/** 考核类别 — which units are scored on which table and ranked together. */
export interface UnitClass {
	id: string;
	name: string;
	/** The table this class is scored on; two classes may share one. */
	table: string;
	/** Units of these kinds belong here (an explicit unitIds entry or the facts' class override wins). */
	kinds?: UnitKind[];
	unitIds?: number[];
	/** Indicators that do not apply to this class: their points are spread over the others. */
	notApplicable?: string[];
	/** 等次 bands for this class instead of outcome.bands. */
	bands?: Band[];
}

/** 评分表 — an indicator tree with its 加分, 扣分, 重大扣分 and 一票否决 items. */
export interface ScoreTable {
	id: string;
	name: string;
	/** 一级指标: the table's total is the sum of their maxima. */
	indicators: Indicator[];
	/** How an inapplicable indicator's points reach its siblings: evenly (default) or in proportion to their maxima. */
	spread?: 'even' | 'proportional';
	bonus?: BonusGroup;
	deductions?: DeductionGroup;
	/** 重大扣分项: outside every cap. */
	majorDeductions?: AdjustItem[];
	vetoes?: Veto[];
}

/** 指标 — a node of the tree. A leaf has rules; a parent has children. */
export interface Indicator {
	id: string;
	name: string;
	max: number;
	/** The 评分标准 as published, shown beside the score. */
	note?: string;
	children?: Indicator[];
	/**
	 * How children make this score: 'sum' (their maxima add up to this one), 'cap' (they may add up to more;
	 * 累计最高不超过本项分值), 'scale' (they are scored on their own total and scaled to this one — 过程考评占40%).
	 */
	combine?: 'sum' | 'cap' | 'scale';
	/** 扣分不以本项分值为限: deductions past 0 go on in the parent, which still never goes below 0. */
	overflow?: boolean;
	/** Before this date ('YYYY-MM-DD', or 'year-end' = 31 December of the plan year) the indicator is not applicable. */
	availableFrom?: string;
	rules?: Rule[];
}

export type Rule =
	| DeductionRule
	| CountRule
	| LevelRule
	| PercentRule
	| ExternalRule
	| PlanWeightedRule
	| PlanUnfinishedRule
	| PlanOverdueRule
	| PlanReturnedRule
	| PlanReportsRule;

/** Rules that build a score up from 0; a leaf without one starts from its maximum and loses points. */
export const SCORING_RULES = ['count', 'level', 'percent', 'external', 'plan-weighted'] as const;
export const PLAN_RULES = [
	'plan-weighted',
	'plan-unfinished',
	'plan-overdue',
	'plan-returned',
	'plan-reports'
] as const;

/** 每…扣X分 from the office's entries: per item, per case, per month (once in a month), once, or 酌情 (the entry says how much, up to points). */
export interface DeductionRule {
	kind: 'deduction';
	per: 'item' | 'case' | 'month' | 'once' | 'judged';
	points: number;
	/** 最多扣 N 分 for this rule. */
	limit?: number;
	label?: string;
}

/** 一项得X分，最高不超过本项分值. */
export interface CountRule {
	kind: 'count';
	points: number;
	label?: string;
}

/** 好/较好/一般/差 = 10/8/6/0: the latest entry's level. */
export interface LevelRule {
	kind: 'level';
	levels: { name: string; points: number }[];
	/** Not yet assessed: 0 (default), full marks, or not applicable (points spread). */
	whenMissing?: Missing;
}

/** 完成一半得50%: the latest entry's percentage of the maximum. */
export interface PercentRule {
	kind: 'percent';
	label?: string;
	whenMissing?: Missing;
}

export type Missing = 'zero' | 'full' | 'not-applicable';

/** 网站监测 / 第三方评估 / 现场检查 entered per unit, channels blended by weight. */
export interface ExternalRule {
	kind: 'external';
	/** Who scores: 第三方评估. */
	source: string;
	/** The scale the entered scores use (100 for a 百分制 evaluation); default the indicator's maximum. */
	scale?: number;
	/** 网上 80% + 现场 20%; without channels, entries carry none. */
	channels?: { id: string; name: string; weight: number }[];
	/** Several entries of one channel (月度抽检): the latest counts, or their mean. */
	combine?: 'latest' | 'mean';
	/** No entry yet: 0, full marks, or not applicable (points spread). A missing channel's weight goes to the others. */
	whenMissing?: Missing;
}

/** Which assignments a plan-driven rule looks at. */
export interface Scope {
	/** Section codes (一、二…). */
	sections?: string[];
	/** Task codes as they name themselves (一(三)). */
	tasks?: string[];
	roles?: AssignmentRole[];
}

interface PlanRuleBase {
	scope?: Scope;
	/** The unit has no assignment in scope: not applicable (default), full marks, or 0. */
	whenEmpty?: 'not-applicable' | 'full' | 'zero';
}

/** The domain.md default: per assignment result × timeliness, weighted by task weight, scaled to the maximum. */
export interface PlanWeightedRule extends PlanRuleBase {
	kind: 'plan-weighted';
	/** Accepted grade factors; omit to score timeliness alone. */
	result?: { grades: Record<Grade, number>; interimProgress?: number };
	/** Omit to score the result alone. */
	timeliness?: { perDayLate: number; floor: number; perReturn: number; measure?: 'first' | 'accepted' };
}

/** 年度要点任务每有一项未完成扣X分: at year end, or any due by asOf and not done. */
export interface PlanUnfinishedRule extends PlanRuleBase {
	kind: 'plan-unfinished';
	points: number;
	at: 'year-end' | 'as-of';
	limit?: number;
}

/** 逾期一项扣X分 (optionally 每逾期1天扣Y分, up to maxPerItem), on the final deadline or on every milestone. */
export interface PlanOverdueRule extends PlanRuleBase {
	kind: 'plan-overdue';
	points: number;
	perDay?: number;
	maxPerItem?: number;
	milestones?: 'final' | 'each';
	/** Which submission meets the deadline: the first, or the one later accepted. */
	measure?: 'first' | 'accepted';
	limit?: number;
}

/** 被退回一次扣X分. */
export interface PlanReturnedRule extends PlanRuleBase {
	kind: 'plan-returned';
	points: number;
	/** Returns per assignment that cost nothing (the first one, say). */
	free?: number;
	limit?: number;
}

/** 未按月报送进展扣X分: per month, or per assignment and month. */
export interface PlanReportsRule extends PlanRuleBase {
	kind: 'plan-reports';
	points: number;
	per: 'month' | 'assignment-month';
	/** First month that must be reported ('YYYY-MM'); default the plan's start month. */
	fromMonth?: string;
	limit?: number;
}

/** An item of 加分, 扣分 or 重大扣分: per event, per case, once, or judged (entry gives points up to `points`). */
export interface AdjustItem {
	id: string;
	name: string;
	points: number;
	per: 'event' | 'once' | 'judged';
	/** At most this many points from this item. */
	max?: number;
}

/** 加分项: per event, capped in total, optionally only above a base score. */
export interface BonusGroup {
	cap: number;
	/** Only a base score of at least this many points earns bonus (of the whole table, or of one indicator). */
	minBase?: { points: number; of?: string };
	items: AdjustItem[];
}

/** 扣分项 outside the tree, capped in total. */
export interface DeductionGroup {
	cap: number;
	items: AdjustItem[];
}

/** 一票否决: 不合格 whatever the score, or the total set to a fixed score (a lower total stays). */
export interface Veto {
	id: string;
	name: string;
	effect: 'fail' | 'score';
	score?: number;
}

/** 等次: [from, below) on the comparison scale; the top band has no `below`, the lowest no `from`. */
export interface Band {
	name: string;
	from?: number;
	below?: number;
	/** At most this share of the class (0.3 = 30%); the rest move down one band. */
	quota?: number;
}

export interface Outcome {
	/** Compare across classes (ranks, bands) by percent of the class's maximum (default) or by points. */
	compareBy?: 'percent' | 'points';
	bands: Band[];
	/** Quotas count within each class (default) or over all units. */
	quotaScope?: 'class' | 'all';
	/** Band given by a 'fail' veto; default the lowest. */
	vetoBand?: string;
	/** Publish scores and ranks, or only the 等次 lists. */
	publish?: 'scores' | 'bands';
}
