// 沿用: next year's plan starts from the closed year's 考核 set-up, for the office to change from there —
// the rubric in force (its latest version becomes the new plan's first) and the office's class choices
// (考核类别), which after a 机构改革 go to the units that carry the work today where that is
// unambiguous (a split's successors; a merger of units all in the same class). Warning days are the plan's own column, copied by the confirm. Runs inside the
// confirm's transaction: the new plan and its set-up are written together or not at all.
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assessmentClass, assignment, plan, rubric } from '../db/schema';
import type { Actor } from '../shared/actor';
import { planScopeProblems, rubricInForce } from '../assessment/rubrics';
import { currentSuccessors } from '../units/reform';

export interface InheritedAssessment {
	/** The copied rubric, or null: the closed year was scored on the shipped default, and so is the new one. */
	rubric: { name: string; fromVersion: number; scopeProblems: string[] } | null;
	/** Class choices copied. */
	classes: number;
}

export function inheritAssessment(
	tx: Tx,
	actor: Actor,
	fromPlanId: number,
	toPlanId: number,
	now: number
): InheritedAssessment {
	const from = tx.select({ year: plan.year }).from(plan).where(eq(plan.id, fromPlanId)).get();
	if (!from) return { rubric: null, classes: 0 };
	const inForce = rubricInForce(tx, fromPlanId);
	let copied: InheritedAssessment['rubric'] = null;
	if (inForce.id !== null) {
		// Sections and tasks the rubric names may not all be in the new text: kept, and said, for the office to adjust.
		const problems = planScopeProblems(tx, toPlanId, inForce.rubric);
		const note = `沿用${from.year}年度评分细则第 ${inForce.version} 版${problems.length ? `；范围待调整：${problems.join('；')}` : ''}`;
		tx.insert(rubric)
			.values({
				planId: toPlanId,
				version: 1,
				name: inForce.rubric.name,
				content: inForce.rubric as unknown as Record<string, unknown>,
				note: note.slice(0, 300),
				createdBy: actor.id || null,
				createdAt: now
			})
			.run();
		copied = { name: inForce.rubric.name, fromVersion: inForce.version, scopeProblems: problems };
	}
	const classIds = new Set(inForce.rubric.classes.map((c) => c.id));
	const chosen = new Map(
		tx
			.select({ unitId: assessmentClass.unitId, classId: assessmentClass.classId })
			.from(assessmentClass)
			.where(eq(assessmentClass.planId, fromPlanId))
			.all()
			.filter((c) => classIds.has(c.classId))
			.map((c) => [c.unitId, c.classId])
	);
	// Every unit of the closed year, chosen or not: a merged unit inherits a choice only when all the
	// units it was formed from had that same one; else the rubric's rule places it.
	const units = tx
		.selectDistinct({ unitId: assignment.unitId })
		.from(assignment)
		.where(eq(assignment.planId, fromPlanId))
		.all()
		.map((u) => u.unitId);
	const bySuccessor = new Map<number, (string | null)[]>();
	for (const u of new Set([...units, ...chosen.keys()]))
		for (const id of currentSuccessors(tx, u))
			bySuccessor.set(id, [...(bySuccessor.get(id) ?? []), chosen.get(u) ?? null]);
	const rows = [...bySuccessor].flatMap(([unitId, choices]) =>
		choices[0] && choices.every((c) => c === choices[0])
			? [{ planId: toPlanId, unitId, classId: choices[0], updatedAt: now, updatedBy: actor.id || null }]
			: []
	);
	for (let i = 0; i < rows.length; i += 500)
		tx.insert(assessmentClass)
			.values(rows.slice(i, i + 500))
			.run();
	return { rubric: copied, classes: rows.length };
}
