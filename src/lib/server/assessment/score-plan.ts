// A work plan scored as of a day: its facts from the database, the rubric in force (or the default),
// the engine. A generator, so a server runs it in slices (steps.ts) and a script at once.
import type { DB } from '../db/client';
import { scoreSteps, type AssignmentSnapshot, type Rubric, type ScoreResult, type ScoringFacts } from '../scoring';
import { factSteps } from '../scoring/load';
import { requireWorkPlan, rubricInForce, type RubricInForce } from './rubrics';

export interface PlanScores {
	plan: { id: number; title: string; year: number; warnDays: number };
	asOf: string;
	rubric: Omit<RubricInForce, 'rubric'> & { name: string; /** 等次 names, best first. */ bands: string[] };
	result: ScoreResult;
	/** Class choices the rubric in force no longer has (those units were classed by kind). */
	warnings: string[];
	facts: ScoringFacts;
	/** Asked for with `snapshots`. */
	snapshots?: AssignmentSnapshot[];
}

/** With `snapshots`, also every assignment's state at asOf, from the same pass (bulletins). */
export function* planScoreSteps(
	db: DB,
	planId: number,
	asOf: string,
	opts: { snapshots?: boolean } = {}
): Generator<void, PlanScores, void> {
	const plan = requireWorkPlan(db, planId);
	const inForce = rubricInForce(db, planId);
	const facts = yield* factSteps(db, planId);
	const warnings: string[] = [];
	const known = new Set(inForce.rubric.classes.map((c) => c.id));
	for (const u of facts.units)
		if (u.class && !known.has(u.class)) {
			warnings.push(`${u.name}指定的考核类别「${u.class}」在评分细则中已不存在，按单位类型归类`);
			delete u.class;
		}
	const snapshots: AssignmentSnapshot[] | undefined = opts.snapshots ? [] : undefined;
	const result = yield* scoreSteps(inForce.rubric, facts, asOf, { snapshots });
	const { rubric, ...version } = inForce;
	return {
		plan: { id: plan.id, title: plan.title, year: plan.year, warnDays: plan.warnDays },
		asOf,
		rubric: { ...version, name: rubric.name, bands: bandNames(rubric) },
		result,
		warnings,
		facts,
		...(snapshots ? { snapshots } : {})
	};
}

/** Every 等次 the rubric can give, best first (a class's own bands after the common ones). */
function bandNames(r: Rubric): string[] {
	const names = r.outcome.bands.map((b) => b.name);
	for (const c of r.classes) for (const b of c.bands ?? []) if (!names.includes(b.name)) names.push(b.name);
	return names;
}
