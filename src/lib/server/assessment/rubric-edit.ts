// The rubric editor's side of 评分细则: what the editor shows (the version in force or an older one,
// the history, the plan's sections and tasks to map, the units and their classes), checking a draft
// without saving it, the rubric to start from (another plan's, a shipped one, an older version),
// assigning many units to classes at once, and the file to export. Saving is rubrics.saveRubric.
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assessmentClass, plan, rubric, section, task, unit } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan, can, type PolicyUser } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { rubricProblems, SHIPPED_RUBRICS, type Rubric, type ShippedRubric } from '../scoring';
import { listUnitClasses } from './classes';
import {
	getRubricVersion,
	listRubricVersions,
	planScopeProblems,
	requireWorkPlan,
	rubricFile,
	rubricInForce
} from './rubrics';

/** The office edits; leaders read; unit staff do not see other units' rules of the game here. */
function assertViewer(viewer: PolicyUser): void {
	if (!can(viewer, 'board.all_units')) throw new DomainError('forbidden', '只有政务公开办和领导可以查看评分细则');
}

export interface RubricEditorData {
	plan: { id: number; title: string; year: number };
	inForce: { version: number; savedAt: number | null; classes: { id: string; name: string }[] };
	/** The version shown (the one in force unless an older one was asked for). */
	shown: { version: number; rubric: Rubric };
	versions: ReturnType<typeof listRubricVersions>;
	sections: { code: string; title: string }[];
	/** Task codes as scopes name them: section code + task code (一(三)). */
	tasks: { code: string; title: string }[];
	units: ReturnType<typeof listUnitClasses>;
	/** Other work plans with a saved rubric, to start from (newest first). */
	otherPlans: { id: number; title: string; year: number }[];
	canEdit: boolean;
}

/** The version asked for, or the one in force. */
function shownVersion(db: DB, planId: number, version?: number): { version: number; rubric: Rubric } {
	const current = rubricInForce(db, planId);
	if (version === undefined || version === current.version) return { version: current.version, rubric: current.rubric };
	const old = version === 0 ? null : getRubricVersion(db, planId, version);
	if (!old) throw new DomainError('not_found', `评分细则没有第 ${version} 版`);
	return { version, rubric: old };
}

export function getRubricEditor(db: DB, viewer: PolicyUser, planId: number, version?: number): RubricEditorData {
	assertViewer(viewer);
	const p = requireWorkPlan(db, planId);
	const current = rubricInForce(db, planId);
	const shown = shownVersion(db, planId, version);
	const sections = db
		.select({ id: section.id, code: section.code, title: section.title })
		.from(section)
		.where(eq(section.planId, planId))
		.orderBy(asc(section.sortOrder))
		.all();
	const codeOf = new Map(sections.map((s) => [s.id, s.code]));
	const tasks = db
		.select({ code: task.code, title: task.title, sectionId: task.sectionId })
		.from(task)
		.where(eq(task.planId, planId))
		.orderBy(asc(task.sortOrder))
		.all()
		.map((t) => ({ code: `${codeOf.get(t.sectionId) ?? ''}${t.code}`, title: t.title }));
	const withRubric = db
		.selectDistinct({ id: plan.id, title: plan.title, year: plan.year })
		.from(plan)
		.innerJoin(rubric, eq(rubric.planId, plan.id))
		.where(and(eq(plan.kind, 'work'), ne(plan.id, planId)))
		.orderBy(desc(plan.year), desc(plan.id))
		.all();
	return {
		plan: { id: p.id, title: p.title, year: p.year },
		inForce: {
			version: current.version,
			savedAt: current.savedAt,
			classes: current.rubric.classes.map((c) => ({ id: c.id, name: c.name }))
		},
		shown,
		versions: listRubricVersions(db, planId),
		sections: sections.map(({ code, title }) => ({ code, title })),
		tasks,
		units: listUnitClasses(db, planId),
		otherPlans: withRubric,
		canEdit: can(viewer, 'score.manage')
	};
}

/** Every problem a draft has, in Chinese, naming the indicator; empty when it can be saved. */
export function checkRubricDraft(db: DB, planId: number, draft: unknown): string[] {
	requireWorkPlan(db, planId);
	const problems = rubricProblems(draft);
	if (problems.length) return problems;
	return planScopeProblems(db, planId, draft as Rubric).map((m) => `与本工作要点不符：${m}`);
}

/** Where a new draft comes from: `plan:<id>` (that plan's rubric in force), `shipped:<key>`, `version:<n>` of this plan. */
export function startingRubric(db: DB, actor: Actor, planId: number, source: string): { rubric: Rubric; note: string } {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以修改评分细则');
	requireWorkPlan(db, planId);
	const [kind, key = ''] = source.split(':');
	if (kind === 'shipped') {
		const shipped = SHIPPED_RUBRICS[key as ShippedRubric];
		if (!shipped || !Object.hasOwn(SHIPPED_RUBRICS, key)) throw new DomainError('invalid', '没有这份内置评分细则');
		return { rubric: structuredClone(shipped), note: `采用内置细则：${shipped.name}` };
	}
	const n = Number(key);
	if (!Number.isSafeInteger(n) || n < 0) throw new DomainError('invalid', '请选择从哪一份评分细则开始');
	if (kind === 'version') {
		const old = n === 0 ? SHIPPED_RUBRICS.default : getRubricVersion(db, planId, n);
		if (!old) throw new DomainError('not_found', `评分细则没有第 ${n} 版`);
		return { rubric: structuredClone(old), note: `恢复第 ${n} 版` };
	}
	if (kind === 'plan') {
		const other = requireWorkPlan(db, n);
		const r = rubricInForce(db, other.id);
		return {
			rubric: structuredClone(r.rubric),
			note: `从“${other.title}”的评分细则${r.version ? `第 ${r.version} 版` : '（内置默认）'}开始`
		};
	}
	throw new DomainError('invalid', '请选择从哪一份评分细则开始');
}

/** Puts several units in classes at once ('' = back to the rubric's rule); returns how many changed. */
export function setUnitClasses(
	db: DB,
	actor: Actor,
	planId: number,
	choices: { unitId: number; classId: string }[],
	now = Date.now()
): number {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以指定考核类别');
	return db.transaction((tx) => {
		const p = requireWorkPlan(tx, planId);
		const { rubric: r } = rubricInForce(tx, planId);
		const before = new Map(
			tx
				.select({ unitId: assessmentClass.unitId, classId: assessmentClass.classId })
				.from(assessmentClass)
				.where(eq(assessmentClass.planId, planId))
				.all()
				.map((c) => [c.unitId, c.classId])
		);
		const wanted = choices.filter((c) => (before.get(c.unitId) ?? '') !== c.classId);
		if (!wanted.length) return 0;
		const names = new Map(
			tx
				.select({ id: unit.id, name: unit.shortName })
				.from(unit)
				.where(
					inArray(
						unit.id,
						wanted.map((c) => c.unitId)
					)
				)
				.all()
				.map((u) => [u.id, u.name])
		);
		for (const c of wanted) {
			const name = names.get(c.unitId);
			if (!name) throw new DomainError('not_found', `单位 ${c.unitId} 不存在`);
			const cls = r.classes.find((x) => x.id === c.classId);
			if (c.classId && !cls) throw new DomainError('invalid', `评分细则中没有考核类别「${c.classId}」`);
			const where = and(eq(assessmentClass.planId, planId), eq(assessmentClass.unitId, c.unitId));
			if (!cls) tx.delete(assessmentClass).where(where).run();
			else
				tx.insert(assessmentClass)
					.values({ planId, unitId: c.unitId, classId: cls.id, updatedAt: now, updatedBy: actor.id || null })
					.onConflictDoUpdate({
						target: [assessmentClass.planId, assessmentClass.unitId],
						set: { classId: cls.id, updatedAt: now, updatedBy: actor.id || null }
					})
					.run();
			recordAudit(tx, actor, {
				action: 'assessment.class',
				objectType: 'unit',
				objectId: c.unitId,
				summary: `“${p.title}”考核中，${name} 的考核类别：${cls ? cls.name : '按评分细则的规则'}`
			});
		}
		return wanted.length;
	});
}

/** The rubric file of a version (default: the one in force), named after the plan and the version. */
export function exportRubric(
	db: DB,
	viewer: PolicyUser,
	planId: number,
	version?: number
): { filename: string; text: string } {
	assertViewer(viewer);
	const p = requireWorkPlan(db, planId);
	const shown = shownVersion(db, planId, version);
	const safe = p.title.replace(/[\\/:*?"<>|\s]+/g, '');
	return {
		filename: `评分细则-${safe}-${shown.version ? `第${shown.version}版` : '内置默认'}.json`,
		text: rubricFile(shown.rubric)
	};
}
