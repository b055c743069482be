// A plan's 评分细则: kept as versions (every save adds one, none is ever changed), the newest in force;
// a plan without one is scored on the shipped default (domain.md). Saving refuses a rubric that
// contradicts itself or names sections and tasks the plan does not have, with the message naming
// the indicator, so the office fixes it before anyone is scored on it.
import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assessmentClass, plan, rubric, section, task, user } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { parseRubric, scopeProblems, SHIPPED_RUBRICS, type Rubric, type ShippedRubric } from '../scoring';
import { assertPlanOpen } from '../years/guard';

export interface RubricInForce {
	rubric: Rubric;
	/** The saved version's row id, or null for the shipped default. */
	id: number | null;
	/** 0 for the shipped default. */
	version: number;
	savedAt: number | null;
}

const MAX_RUBRIC_BYTES = 2 * 1024 * 1024;

/** The work plan, or not found (a rectification plan has no rubric of its own). */
export function requireWorkPlan(tx: Tx, planId: number) {
	const p = tx
		.select({
			id: plan.id,
			title: plan.title,
			year: plan.year,
			kind: plan.kind,
			warnDays: plan.warnDays,
			closedAt: plan.closedAt
		})
		.from(plan)
		.where(eq(plan.id, planId))
		.get();
	if (!p || p.kind !== 'work') throw new DomainError('not_found', '工作要点不存在');
	return p;
}

/** The work plan, refused when its year is closed (关闭年度): rubric, classes and entries stay as they were. */
export function requireOpenWorkPlan(tx: Tx, planId: number) {
	const p = requireWorkPlan(tx, planId);
	assertPlanOpen(p);
	return p;
}

export function rubricInForce(tx: Tx, planId: number): RubricInForce {
	const row = tx
		.select({ id: rubric.id, version: rubric.version, content: rubric.content, createdAt: rubric.createdAt })
		.from(rubric)
		.where(eq(rubric.planId, planId))
		.orderBy(desc(rubric.version))
		.get();
	if (!row) return { rubric: SHIPPED_RUBRICS.default, id: null, version: 0, savedAt: null };
	return { rubric: row.content as unknown as Rubric, id: row.id, version: row.version, savedAt: row.createdAt };
}

export interface RubricVersionRow {
	id: number;
	version: number;
	name: string;
	note: string;
	createdAt: number;
	createdBy: string;
}

/** Every saved version, newest first (readable by anyone who may see the plan's scores). */
export function listRubricVersions(db: DB, planId: number): RubricVersionRow[] {
	return db
		.select({
			id: rubric.id,
			version: rubric.version,
			name: rubric.name,
			note: rubric.note,
			createdAt: rubric.createdAt,
			createdBy: user.displayName
		})
		.from(rubric)
		.leftJoin(user, eq(user.id, rubric.createdBy))
		.where(eq(rubric.planId, planId))
		.orderBy(desc(rubric.version))
		.all()
		.map((r) => ({ ...r, createdBy: r.createdBy ?? '' }));
}

/** One saved version's rubric, or null. */
export function getRubricVersion(db: DB, planId: number, version: number): Rubric | null {
	const row = db
		.select({ content: rubric.content })
		.from(rubric)
		.where(and(eq(rubric.planId, planId), eq(rubric.version, version)))
		.get();
	return row ? (row.content as unknown as Rubric) : null;
}

/** Problems a rubric has with this plan: sections or tasks its scopes name that the plan lacks. */
export function planScopeProblems(tx: Tx, planId: number, r: Rubric): string[] {
	const sections = tx
		.select({ id: section.id, code: section.code })
		.from(section)
		.where(eq(section.planId, planId))
		.all();
	const codeOf = new Map(sections.map((s) => [s.id, s.code]));
	const tasks = tx
		.select({ code: task.code, sectionId: task.sectionId })
		.from(task)
		.where(eq(task.planId, planId))
		.all();
	return scopeProblems(
		r,
		new Set(sections.map((s) => s.code)),
		new Set(tasks.map((t) => `${codeOf.get(t.sectionId) ?? ''}${t.code}`))
	);
}

export interface SaveOptions {
	/** The version the office edited: a save over a newer one is refused (edited in another window). */
	baseVersion: number;
	/** What changed, for the version list. */
	note: string;
	now?: number;
}

/** Checks and saves a new version; returns its number. Class choices the new rubric lacks are cleared. */
export function saveRubric(db: DB, actor: Actor, planId: number, input: unknown, opts: SaveOptions): number {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以修改评分细则');
	const r = parseRubric(input);
	if (JSON.stringify(r).length > MAX_RUBRIC_BYTES) throw new DomainError('too_large', '评分细则超过 2 MB');
	const now = opts.now ?? Date.now();
	return db.transaction((tx) => {
		const p = requireOpenWorkPlan(tx, planId);
		const scope = planScopeProblems(tx, planId, r);
		if (scope.length)
			throw new DomainError('invalid', `评分细则与本工作要点不符：\n${scope.map((m) => `- ${m}`).join('\n')}`);
		const current = rubricInForce(tx, planId);
		if (current.version !== opts.baseVersion)
			throw new DomainError(
				'conflict',
				`评分细则已被修改为第 ${current.version} 版（可能在其他窗口中），请刷新页面后再保存`
			);
		const version = current.version + 1;
		const id = tx
			.insert(rubric)
			.values({
				planId,
				version,
				name: r.name,
				content: r as unknown as Record<string, unknown>,
				note: opts.note.slice(0, 300),
				createdBy: actor.id || null,
				createdAt: now
			})
			.returning({ id: rubric.id })
			.get().id;
		const cleared = tx
			.delete(assessmentClass)
			.where(
				and(
					eq(assessmentClass.planId, planId),
					notInArray(
						assessmentClass.classId,
						r.classes.map((c) => c.id)
					)
				)
			)
			.returning({ unitId: assessmentClass.unitId })
			.all().length;
		recordAudit(tx, actor, {
			action: 'rubric.save',
			objectType: 'rubric',
			objectId: id,
			summary:
				`保存“${p.title}”的评分细则第 ${version} 版：${opts.note}${cleared ? `；${cleared} 个单位指定的类别已不存在，改按单位类型归类` : ''}`.slice(
					0,
					300
				)
		});
		return version;
	});
}

/** 导入: a rubric file (the format this system exports) becomes the next version. */
export function importRubric(
	db: DB,
	actor: Actor,
	planId: number,
	file: { name: string; text: string },
	baseVersion: number
): number {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以修改评分细则');
	if (file.text.length > MAX_RUBRIC_BYTES) throw new DomainError('too_large', '评分细则文件超过 2 MB');
	let json: unknown;
	try {
		json = JSON.parse(file.text.replace(/^\uFEFF/, ''));
	} catch (e) {
		throw new DomainError('invalid', `不是有效的 JSON 文件：${e instanceof Error ? e.message : String(e)}`);
	}
	return saveRubric(db, actor, planId, json, { baseVersion, note: `导入文件 ${file.name || '（粘贴的内容）'}` });
}

/** Starts (or starts over) from a rubric that ships with the system. */
export function useShippedRubric(db: DB, actor: Actor, planId: number, key: string, baseVersion: number): number {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以修改评分细则');
	const shipped = SHIPPED_RUBRICS[key as ShippedRubric];
	if (!shipped) throw new DomainError('invalid', '没有这份内置评分细则');
	return saveRubric(db, actor, planId, structuredClone(shipped), {
		baseVersion,
		note: `采用内置细则：${shipped.name}`
	});
}

/** The rubric as a file the office can keep or import next year (pretty-printed JSON). */
export function rubricFile(r: Rubric): string {
	return `${JSON.stringify(r, null, '\t')}\n`;
}
