// 考核类别: which class of the rubric each unit is scored and ranked in. The rubric places units by
// kind (and lists of ids); the office may put a unit in another class for this plan.
import { and, asc, eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assessmentClass, assignment, unit, type UnitKind } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { kindOrder } from '../units/kinds';
import type { Rubric } from '../scoring';
import { requireOpenWorkPlan, rubricInForce } from './rubrics';

export interface UnitClassRow {
	unitId: number;
	name: string;
	kind: UnitKind;
	/** The office's choice for this plan, or null (the rubric's rule applies). */
	chosen: string | null;
	/** The class the rubric's rule gives (kinds, unit lists), or null: not assessed. */
	byRule: string | null;
}

/** The class the rubric itself gives a unit (its unit lists first, then its kinds). */
export function ruleClassOf(r: Rubric, u: { id: number; kind: UnitKind }): string | null {
	return (
		(r.classes.find((c) => c.unitIds?.includes(u.id)) ?? r.classes.find((c) => c.kinds?.includes(u.kind)))?.id ?? null
	);
}

/** Every unit with assignments in the plan, with its class by rule and by choice. */
export function listUnitClasses(db: DB, planId: number): UnitClassRow[] {
	const { rubric: r } = rubricInForce(db, planId);
	const rows = db
		.selectDistinct({ unitId: unit.id, name: unit.shortName, kind: unit.kind, sortOrder: unit.sortOrder })
		.from(assignment)
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(eq(assignment.planId, planId))
		.orderBy(kindOrder(unit.kind), asc(unit.sortOrder))
		.all();
	const chosen = new Map(
		db
			.select({ unitId: assessmentClass.unitId, classId: assessmentClass.classId })
			.from(assessmentClass)
			.where(eq(assessmentClass.planId, planId))
			.all()
			.map((c) => [c.unitId, c.classId])
	);
	return rows.map((u) => ({
		unitId: u.unitId,
		name: u.name,
		kind: u.kind,
		chosen: chosen.get(u.unitId) ?? null,
		byRule: ruleClassOf(r, { id: u.unitId, kind: u.kind })
	}));
}

/** Puts a unit in a class of the rubric in force for this plan, or ('' ) back to the rubric's rule. */
export function setUnitClass(
	db: DB,
	actor: Actor,
	planId: number,
	unitId: number,
	classId: string,
	now = Date.now()
): void {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以指定考核类别');
	db.transaction((tx) => {
		const p = requireOpenWorkPlan(tx, planId);
		const u = tx.select({ id: unit.id, name: unit.shortName }).from(unit).where(eq(unit.id, unitId)).get();
		if (!u) throw new DomainError('not_found', '单位不存在');
		const { rubric: r } = rubricInForce(tx, planId);
		const where = and(eq(assessmentClass.planId, planId), eq(assessmentClass.unitId, unitId));
		if (!classId) tx.delete(assessmentClass).where(where).run();
		else {
			const c = r.classes.find((x) => x.id === classId);
			if (!c) throw new DomainError('invalid', `评分细则中没有考核类别「${classId}」`, { classId: '请选择考核类别' });
			tx.insert(assessmentClass)
				.values({ planId, unitId, classId, updatedAt: now, updatedBy: actor.id || null })
				.onConflictDoUpdate({
					target: [assessmentClass.planId, assessmentClass.unitId],
					set: { classId, updatedAt: now, updatedBy: actor.id || null }
				})
				.run();
		}
		const name = classId ? r.classes.find((x) => x.id === classId)!.name : '按评分细则的规则';
		recordAudit(tx, actor, {
			action: 'assessment.class',
			objectType: 'unit',
			objectId: unitId,
			summary: `“${p.title}”考核中，${u.name} 的考核类别：${name}`
		});
	});
}
