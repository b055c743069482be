// Next year's draft from a closed year: the unfinished assignments (computed here from the database)
// and the annual report's stated improvements become candidates; the office keeps, drops or merges
// them, adds the new text, and confirming writes the new plan with links back to the old tasks.
import { describe, expect, it } from 'vitest';
import { and, eq, ne } from 'drizzle-orm';
import { assignment, plan, task } from '../../../src/lib/server/db/schema';
import * as next from '../../../src/lib/server/years/next-year';
import * as importer from '../../../src/lib/server/plans/import';
import * as reviews from '../../../src/lib/server/reviews';
import { importReport } from '../../../src/lib/server/annual-report/imports';
import { newReport } from '../../../src/lib/annual-report/document';
import { domainError } from '../../helpers/errors';
import { unitIdByShortName } from '../../helpers/db';
import { closeYear } from '../../helpers/years';
import { assignmentWorld, ON, sendOn, submitOn, versionOf } from '../../helpers/assignments';

const IMPROVEMENTS = [
	'（一）存在的主要问题。政策解读形式较为单一，基层政务公开标准化规范化程度不高。',
	'（二）改进措施。一是丰富政策解读形式，更多运用图表图解、视频解读等方式；二是深化基层政务公开标准化规范化建设，完善事项目录；三是加强政务公开培训，提升工作人员业务能力。'
];

const NEW_TEXT = `石家庄市2021年政务公开工作要点
一、深化重点领域信息公开
（一）推进疫情防控信息公开。及时发布疫情防控政策措施。（责任单位：市卫健委）
（二）加强政策解读。围绕重要政策开展多形式解读。（牵头单位：市政府办公室；责任单位：市政府各部门）`;

async function closedYear() {
	const w = await assignmentWorld();
	const planId = w.db.select({ id: plan.id }).from(plan).get()!.id;
	const done = w.assignmentOf('市司法局', '加强政务信息规范管理');
	sendOn(w.db, w.staffA, done, '2020-11-01', 90);
	submitOn(w.db, w.staffA, done, '2020-11-02');
	reviews.accept(w.db, w.admin, done, { grade: 'good', comment: '', version: versionOf(w.db, done) }, ON('2020-12-20'));
	sendOn(w.db, w.staffB, w.assignmentOf('正定县政府', '加强政务信息规范管理'), '2020-11-03', 40);
	const report = newReport({ title: '石家庄市2020年政府信息公开工作年度报告', year: 2020 });
	report.sections[4].paragraphs = IMPROVEMENTS;
	importReport(w.db, w.admin, { unitId: null }, report, ON('2021-01-15'));
	await closeYear(w.db, w.admin, planId, { bulletinOn: ON('2021-01-18'), closeOn: ON('2021-01-20') });
	return { ...w, planId, done };
}

describe("next year's draft", () => {
	it('is refused while the year is open, and only the office may start it', async () => {
		const w = await assignmentWorld();
		const planId = w.db.select({ id: plan.id }).from(plan).get()!.id;
		expect(domainError(() => next.startNextYear(w.db, w.admin, planId)).message).toContain('请先关闭2020年度');
		expect(domainError(() => next.startNextYear(w.db, w.leader, planId)).code).toBe('forbidden');
	});

	it("holds exactly the unfinished work and the report's improvements; confirming links back", async () => {
		const w = await closedYear();
		const draftId = next.startNextYear(w.db, w.admin, w.planId);
		expect(next.startNextYear(w.db, w.admin, w.planId), 'the open draft is reused').toBe(draftId);
		const draft = importer.getDraft(w.db, draftId)!;
		expect(draft.parsed.plan).toMatchObject({ title: '石家庄市2021年政务公开工作要点', year: 2021 });

		// Expected from the database: every task with an assignment that was not accepted.
		const unfinishedTasks = new Set(
			w.db
				.select({ t: assignment.taskId })
				.from(assignment)
				.where(and(eq(assignment.planId, w.planId), ne(assignment.status, 'accepted')))
				.all()
				.map((r) => r.t)
		);
		const carry = draft.candidates.filter((c) => c.kind === 'carry');
		expect(new Set(carry.map((c) => c.predecessorTaskId))).toEqual(unfinishedTasks);
		// The accepted assignment is not carried; its task still is, for the units that did not finish.
		const regulated = carry.find((c) => c.title === '加强政务信息规范管理')!;
		const sifa = unitIdByShortName(w.db, '市司法局');
		expect(regulated.units.map((u) => u.unitId)).not.toContain(sifa);
		expect(regulated.progress.find((p) => p.startsWith('正定县'))).toContain('40%');
		expect(regulated.originNote).toMatch(/^结转自2020年“一\(四\)/);

		const improvements = draft.candidates.filter((c) => c.kind === 'improvement');
		expect(improvements.map((c) => c.title)).toEqual([
			'丰富政策解读形式',
			'深化基层政务公开标准化规范化建设',
			'加强政务公开培训'
		]);

		await next.addNewYearText(w.db, w.admin, draftId, { file: null, text: NEW_TEXT });
		const fresh = importer.getDraft(w.db, draftId)!;
		const preview = importer.previewImport(w.db, fresh);
		expect(preview.fromPlan).toMatchObject({ id: w.planId, year: 2020 });
		const d = importer.defaultDecisions(preview);
		const dropped = carry[0];
		d.carry[dropped.key] = { action: 'drop' };
		// 丰富政策解读形式 merges into the new text's 加强政策解读.
		d.carry[improvements[0].key] = { action: 'merge', into: '0.1' };
		const result = importer.confirmImport(w.db, w.admin, draftId, d, ON('2021-02-01'));

		const newPlan = w.db.select().from(plan).where(eq(plan.id, result.planId)).get()!;
		expect(newPlan).toMatchObject({ year: 2021, fromPlanId: w.planId, closedAt: null });
		const tasks = w.db.select().from(task).where(eq(task.planId, result.planId)).all();
		// 2 from the text, every candidate kept but the dropped and the merged one.
		expect(tasks.length).toBe(2 + draft.candidates.length - 2);
		const carried = tasks.filter((t) => t.predecessorTaskId !== null && t.title !== '加强政策解读');
		expect(new Set(carried.map((t) => t.predecessorTaskId))).toEqual(
			new Set([...unfinishedTasks].filter((id) => id !== dropped.predecessorTaskId))
		);
		const regulatedNew = tasks.find((t) => t.predecessorTaskId === regulated.predecessorTaskId)!;
		const units = w.db.select().from(assignment).where(eq(assignment.taskId, regulatedNew.id)).all();
		expect(units.map((a) => a.unitId).sort()).toEqual(regulated.units.map((u) => u.unitId).sort());
		expect(units.every((a) => a.status === 'not_started')).toBe(true);
		const merged = tasks.find((t) => t.title === '加强政策解读')!;
		expect(merged.originNote).toContain('“五、存在的主要问题及改进情况”第 1 条');
		expect(tasks.find((t) => t.title === '加强政务公开培训')?.originNote).toContain('第 3 条');
		// The closed year is untouched.
		expect(w.db.select().from(assignment).where(eq(assignment.id, w.done)).get()!.status).toBe('accepted');
	});

	it('refuses a merge into a dropped candidate, naming it, and an update of another plan', async () => {
		const w = await closedYear();
		const draftId = next.startNextYear(w.db, w.admin, w.planId);
		const preview = importer.previewImport(w.db, importer.getDraft(w.db, draftId)!);
		const [a, b] = preview.candidates;
		const d = importer.defaultDecisions(preview);
		d.carry[a.key] = { action: 'drop' };
		d.carry[b.key] = { action: 'merge', into: a.key };
		const e = domainError(() => importer.confirmImport(w.db, w.admin, draftId, d));
		expect(e.message).toContain(`“${b.title}”要合并到的任务不存在、已删除或本身已合并`);
		const none = importer.defaultDecisions(preview);
		for (const c of preview.candidates) none.carry[c.key] = { action: 'drop' };
		expect(domainError(() => importer.confirmImport(w.db, w.admin, draftId, none)).message).toContain(
			'草稿中没有任何任务'
		);
		expect(domainError(() => importer.confirmImport(w.db, w.admin, draftId, { ...none, mode: 'update' })).message).toBe(
			'下一年度草稿只能新建工作要点'
		);
	});
});
