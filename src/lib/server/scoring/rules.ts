// One table from rule kind to the code that scores it.
import { count, deduction, external, level, percent } from './entry-rules';
import { planOverdue, planReports, planReturned, planUnfinished, planWeighted } from './plan-rules';
import type { RuleContext, RuleOutcome } from './rule-types';
import { SCORING_RULES, type Rule } from './rubric-types';

type Scorers = { [K in Rule['kind']]: (rule: Extract<Rule, { kind: K }>, ctx: RuleContext) => RuleOutcome };

const SCORERS: Scorers = {
	deduction,
	count,
	level,
	percent,
	external,
	'plan-weighted': planWeighted,
	'plan-unfinished': planUnfinished,
	'plan-overdue': planOverdue,
	'plan-returned': planReturned,
	'plan-reports': planReports
};

export function scoreRule(rule: Rule, ctx: RuleContext): RuleOutcome {
	return (SCORERS[rule.kind] as (r: Rule, c: RuleContext) => RuleOutcome)(rule, ctx);
}

export const isScoringRule = (rule: Rule): boolean => (SCORING_RULES as readonly string[]).includes(rule.kind);

/** Why a rule found nothing to score, for the 不适用 line. */
export function notApplicableReason(rule: Rule): string {
	if (rule.kind === 'external') return `尚无${rule.source}结果`;
	if (rule.kind === 'level' || rule.kind === 'percent') return '尚未评定';
	return '本单位在本项范围内没有任务';
}

/** Which entry kinds an indicator with these rules accepts. */
export function entryKindsFor(rules: Rule[]): Set<string> {
	const kinds = new Set<string>(['not-applicable']);
	for (const r of rules) {
		if (r.kind === 'external') kinds.add('score');
		else if (r.kind === 'deduction' || r.kind === 'count' || r.kind === 'level' || r.kind === 'percent')
			kinds.add(r.kind);
	}
	return kinds;
}
