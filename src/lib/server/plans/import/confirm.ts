// Confirming a draft: everything is written in one transaction, or nothing is.
import { and, eq } from 'drizzle-orm';
import type { DB, Tx } from '../../db/client';
import { assignment, milestone, plan, planImport, section, task } from '../../db/schema';
import { recordAudit } from '../../audit';
import { assertCan } from '../../auth/policy';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/errors';
import { refreshLights } from '../../assignments/light-state';
import { FORBIDDEN, getDraft } from './drafts';
import { previewImport } from './preview';
import { validateDecisions, type ImportDecisions } from './decisions';
import { registrySnapshot } from './snapshot';
import { applyMappings, planTasks, taskColumns, type PlannedTask } from './tasks';
import { updatePlan } from './reimport';
import { assertPlanOpen } from '../../years/guard';
import { planCandidates } from '../../years/carry-over';
import { inheritAssessment, type InheritedAssessment } from '../../years/inherit';

export interface ImportResult {
	planId: number;
	created: { sections: number; tasks: number; milestones: number; assignments: number; units: number; aliases: number };
	removed: { tasks: number; assignments: number };
	kept: string[];
	/** A next year's plan: the closed year's 考核 set-up it starts from. */
	inherited?: InheritedAssessment;
}

/** SQLite allows 32766 bound parameters; stay well below with rows of up to ~10 columns. */
export function chunks<T>(rows: T[], size = 500): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
	return out;
}

export function insertTasks(
	tx: Tx,
	planId: number,
	sectionIds: number[],
	tasks: PlannedTask[],
	startOrder: number,
	result: ImportResult
) {
	const ids: number[] = [];
	tasks.forEach((t, i) => {
		ids.push(
			tx
				.insert(task)
				.values({
					planId,
					sectionId: sectionIds[t.sectionIndex],
					code: t.code,
					...taskColumns(t, startOrder + i)
				})
				.returning({ id: task.id })
				.get().id
		);
	});
	const ms = tasks.flatMap((t, i) =>
		t.milestones.map((m, j) => ({ taskId: ids[i], dueOn: m.date, what: m.what, sortOrder: j }))
	);
	for (const c of chunks(ms)) tx.insert(milestone).values(c).run();
	const as = tasks.flatMap((t, i) =>
		[...t.units].map(([unitId, u]) => ({ taskId: ids[i], planId, unitId, role: u.role, viaGroup: u.viaGroup }))
	);
	for (const c of chunks(as)) tx.insert(assignment).values(c).run();
	result.created.tasks += tasks.length;
	result.created.milestones += ms.length;
	result.created.assignments += as.length;
	return ids;
}

/** Confirms a draft. Everything is written in one transaction, or nothing is. */
export function confirmImport(
	db: DB,
	actor: Actor,
	draftId: number,
	d: ImportDecisions,
	now = Date.now()
): ImportResult {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	const draft = getDraft(db, draftId);
	if (!draft) throw new DomainError('not_found', '导入草稿不存在');
	if (draft.status !== 'draft')
		throw new DomainError(
			'conflict',
			draft.status === 'confirmed' ? '该草稿已确认导入，请勿重复提交' : '该草稿已取消，请重新导入'
		);
	const preview = previewImport(db, draft);
	const reg = registrySnapshot(db);
	// The title/year typed on the form decide which plan this is.
	const existing =
		db
			.select({ id: plan.id, title: plan.title, year: plan.year, closedAt: plan.closedAt })
			.from(plan)
			.where(and(eq(plan.title, d.meta.title.trim()), eq(plan.year, d.meta.year)))
			.get() ?? null;
	validateDecisions({ ...preview, existing }, d, reg);
	if (d.mode === 'update' && !existing)
		throw new DomainError('invalid', '没有找到同名同年度的已导入要点，请选择“新建”');
	if (d.mode === 'update' && existing) assertPlanOpen(existing);

	return db.transaction((tx) => {
		// Re-check inside the transaction: another confirm may have won the race.
		const fresh = tx.select({ status: planImport.status }).from(planImport).where(eq(planImport.id, draftId)).get();
		if (fresh?.status !== 'draft') throw new DomainError('conflict', '该草稿已确认导入，请勿重复提交');
		const result: ImportResult = {
			planId: 0,
			created: { sections: 0, tasks: 0, milestones: 0, assignments: 0, units: 0, aliases: 0 },
			removed: { tasks: 0, assignments: 0 },
			kept: []
		};
		const newUnitIds = applyMappings(tx, d, result);
		const tasks = planTasks(draft, preview, d, newUnitIds);
		// A next year's draft: the closed year's kept candidates join the new text's tasks.
		const carried = planCandidates(draft.candidates, draft.parsed, d.carry, tasks);
		if (!tasks.length && !carried.tasks.length)
			throw new DomainError('invalid', '草稿中没有任何任务：请保留候选任务，或粘贴、上传新年度的工作要点');
		const from =
			draft.fromPlanId === null
				? null
				: (tx.select({ id: plan.id, warnDays: plan.warnDays }).from(plan).where(eq(plan.id, draft.fromPlanId)).get() ??
					null);
		const meta = {
			title: d.meta.title.trim(),
			year: d.meta.year,
			docNumber: d.meta.docNumber.trim(),
			issuer: d.meta.issuer.trim(),
			issuedOn: d.meta.issuedOn,
			sourceText: draft.sourceText
		};
		if (d.mode === 'create') {
			const planId = tx
				.insert(plan)
				.values({
					...meta,
					createdBy: actor.id || null,
					...(from ? { fromPlanId: from.id, warnDays: from.warnDays } : {})
				})
				.returning({ id: plan.id })
				.get().id;
			result.planId = planId;
			const sectionIds = [...draft.parsed.sections, ...carried.extraSections].map(
				(s, i) =>
					tx
						.insert(section)
						.values({ planId, code: s.code, title: s.title || '工作任务', sortOrder: i })
						.returning({ id: section.id })
						.get().id
			);
			result.created.sections = sectionIds.length;
			insertTasks(tx, planId, sectionIds, [...tasks, ...carried.tasks], 0, result);
			if (from) result.inherited = inheritAssessment(tx, actor, from.id, planId, now);
		} else {
			result.planId = existing!.id;
			updatePlan(tx, existing!.id, meta, draft, tasks, result, actor, now);
		}
		// The new assignments get their lights now, in this transaction, like every later change.
		refreshLights(tx, eq(assignment.planId, result.planId), now);
		tx.update(planImport).set({ status: 'confirmed', planId: result.planId }).where(eq(planImport.id, draftId)).run();
		recordAudit(tx, actor, {
			action: d.mode === 'create' ? 'plan.import' : 'plan.update',
			objectType: 'plan',
			objectId: result.planId,
			summary:
				d.mode === 'create'
					? `导入“${meta.title}”：${result.created.sections} 个部分、${result.created.tasks} 项任务、${result.created.assignments} 条任务分工`
					: `更新“${meta.title}”：新增 ${result.created.tasks} 项任务、${result.created.assignments} 条分工，移除 ${result.removed.tasks} 项任务、${result.removed.assignments} 条分工`,
			detail: {
				draftId,
				created: result.created,
				removed: result.removed,
				kept: result.kept.slice(0, 50),
				...(result.inherited ? { inherited: result.inherited } : {})
			}
		});
		return result;
	});
}

/** What the office is told once the import is written. */
export function importSummary(result: ImportResult, mode: 'create' | 'update'): string {
	const c = result.created;
	if (mode === 'create')
		return `已导入：${c.sections} 个部分、${c.tasks} 项任务、${c.milestones} 个时间节点、${c.assignments} 条任务分工${inheritedSummary(result.inherited)}`;
	if (c.tasks + c.assignments + result.removed.tasks + result.removed.assignments === 0)
		return '已核对：与已导入的要点一致，没有新增内容';
	return `已更新：新增 ${c.tasks} 项任务、${c.assignments} 条分工；移除 ${result.removed.tasks} 项任务、${result.removed.assignments} 条分工`;
}

function inheritedSummary(i: InheritedAssessment | undefined): string {
	if (!i) return '';
	const rubric = i.rubric
		? `评分细则《${i.rubric.name}》（原第 ${i.rubric.fromVersion} 版${i.rubric.scopeProblems.length ? '，其中部分指标的范围需按新要点调整' : ''}）`
		: '内置默认评分细则';
	return `；沿用上一年度的${rubric}、预警天数${i.classes ? `和 ${i.classes} 个单位的考核类别` : ''}`;
}
