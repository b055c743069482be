// Next year's draft from a closed year: the unfinished assignments (computed here from the database),
// the annual report's stated improvements and the open rectifications become candidates; the office
// keeps, drops or merges them, adds the new text, and confirming writes the new plan with links back
// to the old tasks, starting from the closed year's rubric, warning days and class choices.
import { describe, expect, it } from 'vitest';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import {
	assessmentClass,
	assignment,
	plan,
	planImport,
	rectification,
	rubric,
	section,
	task
} from '../../../src/lib/server/db/schema';
import * as next from '../../../src/lib/server/years/next-year';
import * as importer from '../../../src/lib/server/plans/import';
import * as reviews from '../../../src/lib/server/reviews';
import { importReport } from '../../../src/lib/server/annual-report/imports';
import { newReport } from '../../../src/lib/annual-report/document';
import * as reform from '../../../src/lib/server/units/reform';
import { setWarnDays } from '../../../src/lib/server/plans/edit';
import {
	planScopeProblems,
	rubricInForce,
	saveRubric,
	useShippedRubric
} from '../../../src/lib/server/assessment/rubrics';
import { setUnitClass } from '../../../src/lib/server/assessment/classes';
import { addEntry } from '../../../src/lib/server/assessment/entries';
import { openRectification } from '../../../src/lib/server/rectifications/open';
import { SHIPPED_RUBRICS, type Rubric } from '../../../src/lib/server/scoring';
import { statusOf } from '../../../src/lib/server/rectifications/list';
import { RECTIFICATION_STATUS_LABEL } from '../../../src/lib/labels';
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

	it("starts the new plan from the closed year's rubric in force, warning days and class choices", async () => {
		const w = await assignmentWorld();
		const planId = w.db.select({ id: plan.id }).from(plan).get()!.id;
		const sifa = unitIdByShortName(w.db, '市司法局');
		const zd = unitIdByShortName(w.db, '正定县政府');
		setWarnDays(w.db, w.admin, planId, 20);
		// Two versions: the latest is in force and is what the new plan starts from.
		useShippedRubric(w.db, w.admin, planId, 'shijiazhuang-2020', 0);
		const revised: Rubric = {
			...structuredClone(SHIPPED_RUBRICS['shijiazhuang-2020']),
			name: '石家庄市考核评分细则（修订）'
		};
		saveRubric(w.db, w.admin, planId, revised, { baseVersion: 1, note: '改名' });
		// The office's choices over the rubric's rule (a department among the counties, and the reverse).
		setUnitClass(w.db, w.admin, planId, sifa, 'county');
		setUnitClass(w.db, w.admin, planId, zd, 'dept');
		await closeYear(w.db, w.admin, planId, { bulletinOn: ON('2021-01-18'), closeOn: ON('2021-01-20') });
		// After the year closed, 市司法局 is split: both successors carry its work, and its class.
		const split = reform.confirmReform(
			w.db,
			w.admin,
			{
				kind: 'split',
				fromUnitIds: [sifa],
				to: [
					{ name: '石家庄市司法行政局', shortName: '市司法行政局', kind: 'department' },
					{ name: '石家庄市法律援助中心', shortName: '市法律援助中心', kind: 'department' }
				],
				effectiveOn: '2021-02-01',
				note: ''
			},
			ON('2021-02-01')
		);
		const draftId = next.startNextYear(w.db, w.admin, planId);
		await next.addNewYearText(w.db, w.admin, draftId, { file: null, text: NEW_TEXT });
		const preview = importer.previewImport(w.db, importer.getDraft(w.db, draftId)!);
		// One transaction with the confirm: a failure copying the classes leaves no plan and no rubric.
		const c = w.db.$client;
		const counts = () => c.prepare('select (select count(*) from plan) p, (select count(*) from rubric) r').get();
		const before = counts();
		c.exec(
			`create temp trigger fail_copy before insert on assessment_class when new.plan_id != ${planId} begin select raise(abort, 'copy failed'); end`
		);
		expect(() =>
			importer.confirmImport(w.db, w.admin, draftId, importer.defaultDecisions(preview), ON('2021-02-10'))
		).toThrow('copy failed');
		c.exec('drop trigger fail_copy');
		expect(counts()).toEqual(before);
		expect(importer.getDraft(w.db, draftId)!.status).toBe('draft');
		const result = importer.confirmImport(w.db, w.admin, draftId, importer.defaultDecisions(preview), ON('2021-02-10'));

		// Expected from the closed year's rows.
		const old = w.db.select().from(plan).where(eq(plan.id, planId)).get()!;
		const latest = w.db.select().from(rubric).where(eq(rubric.planId, planId)).orderBy(desc(rubric.version)).get()!;
		expect(latest.version).toBe(2);
		const fresh = w.db.select().from(plan).where(eq(plan.id, result.planId)).get()!;
		expect(fresh.warnDays).toBe(old.warnDays);
		expect(fresh.warnDays).toBe(20);
		const copied = w.db.select().from(rubric).where(eq(rubric.planId, result.planId)).all();
		expect(copied).toHaveLength(1);
		expect(copied[0]).toMatchObject({ version: 1, name: latest.name, content: latest.content });
		expect(rubricInForce(w.db, result.planId).rubric).toEqual(rubricInForce(w.db, planId).rubric);
		// The new text has none of the rubric's sections 二 to 五: kept, and noted for the office.
		const problems = planScopeProblems(w.db, result.planId, rubricInForce(w.db, planId).rubric);
		expect(problems.length).toBeGreaterThan(0);
		expect(copied[0].note).toContain(`沿用2020年度评分细则第 ${latest.version} 版`);
		expect(copied[0].note).toContain(problems[0]);
		expect(result.inherited).toEqual({
			rubric: { name: latest.name, fromVersion: latest.version, scopeProblems: problems },
			classes: expect.any(Number)
		});
		// Every choice of the closed year, on the units that carry the work today.
		const choices = w.db.select().from(assessmentClass).where(eq(assessmentClass.planId, planId)).all();
		const expected = choices
			.flatMap((c) => reform.currentSuccessors(w.db, c.unitId).map((u) => [u, c.classId]))
			.sort((a, b) => Number(a[0]) - Number(b[0]));
		expect(expected).toEqual(
			[...split.map((u) => [u, 'county']), [zd, 'dept']].sort((a, b) => Number(a[0]) - Number(b[0]))
		);
		const inherited = w.db
			.select({ unitId: assessmentClass.unitId, classId: assessmentClass.classId })
			.from(assessmentClass)
			.where(eq(assessmentClass.planId, result.planId))
			.orderBy(asc(assessmentClass.unitId))
			.all()
			.map((c) => [c.unitId, c.classId]);
		expect(inherited).toEqual(expected);
		expect(result.inherited!.classes).toBe(expected.length);
		expect(importer.importSummary(result, 'create')).toContain(`沿用上一年度的评分细则《${latest.name}》`);
		// The closed year keeps its own.
		expect(w.db.select().from(rubric).where(eq(rubric.planId, planId)).all()).toHaveLength(2);
		expect(w.db.select().from(assessmentClass).where(eq(assessmentClass.planId, planId)).all()).toEqual(choices);
	});

	it('gives a merged unit its predecessors’ class only when they all had the same one', async () => {
		const w = await assignmentWorld();
		const planId = w.db.select({ id: plan.id }).from(plan).get()!.id;
		const [sci, cult, fin, com] = ['市科技局', '市文广旅局', '市财政局', '市商务局'].map((n) =>
			unitIdByShortName(w.db, n)
		);
		useShippedRubric(w.db, w.admin, planId, 'shijiazhuang-2020', 0);
		// Two departments the office put among the counties, and two it split between the classes.
		for (const u of [sci, cult, fin]) setUnitClass(w.db, w.admin, planId, u, 'county');
		setUnitClass(w.db, w.admin, planId, com, 'dept');
		await closeYear(w.db, w.admin, planId, { bulletinOn: ON('2021-01-18'), closeOn: ON('2021-01-20') });
		const merge = (fromUnitIds: number[], name: string, shortName: string) =>
			reform.confirmReform(
				w.db,
				w.admin,
				{
					kind: 'merge',
					fromUnitIds,
					to: [{ name, shortName, kind: 'department' }],
					effectiveOn: '2021-02-01',
					note: ''
				},
				ON('2021-02-01')
			)[0];
		const agreed = merge([sci, cult], '石家庄市科技文旅局', '市科技文旅局');
		const split = merge([fin, com], '石家庄市财政商务局', '市财政商务局');
		const draftId = next.startNextYear(w.db, w.admin, planId);
		await next.addNewYearText(w.db, w.admin, draftId, { file: null, text: NEW_TEXT });
		const preview = importer.previewImport(w.db, importer.getDraft(w.db, draftId)!);
		const result = importer.confirmImport(w.db, w.admin, draftId, importer.defaultDecisions(preview), ON('2021-02-10'));
		const classOf = (unitId: number) =>
			w.db
				.select({ classId: assessmentClass.classId })
				.from(assessmentClass)
				.where(and(eq(assessmentClass.planId, result.planId), eq(assessmentClass.unitId, unitId)))
				.get()?.classId ?? null;
		expect(classOf(agreed)).toBe('county');
		// Predecessors that disagreed leave the successor to the rubric's rule (classed by its kind).
		expect(classOf(split)).toBeNull();
		// The closed year still holds the four choices on the old units.
		expect(
			w.db
				.select({ unitId: assessmentClass.unitId, classId: assessmentClass.classId })
				.from(assessmentClass)
				.where(eq(assessmentClass.planId, planId))
				.all()
				.sort((a, b) => a.unitId - b.unitId)
		).toEqual(
			[
				{ unitId: sci, classId: 'county' },
				{ unitId: cult, classId: 'county' },
				{ unitId: fin, classId: 'county' },
				{ unitId: com, classId: 'dept' }
			].sort((a, b) => a.unitId - b.unitId)
		);
	});

	it('lists the open rectifications as candidates, marked with where they came from, and carries them', async () => {
		const w = await assignmentWorld();
		const planId = w.db.select({ id: plan.id }).from(plan).get()!.id;
		const deduction = (unitId: number, reason: string) =>
			addEntry(
				w.db,
				w.admin,
				planId,
				{
					unitId,
					kind: 'deduction',
					indicator: 'deduction',
					value: '2',
					channel: '',
					reason,
					happenedOn: '2020-11-20',
					url: ''
				},
				null,
				ON('2020-11-20')
			);
		const rectify = (entryId: number) =>
			openRectification(
				w.db,
				w.admin,
				{ source: 'entry', sourceId: entryId, requirement: '限期整改并报送', dueOn: '2020-12-31' },
				ON('2020-11-21')
			);
		const fixed = rectify(deduction(w.staffA.unitId!, '政策解读栏目长期未更新'));
		const open = rectify(deduction(w.staffB.unitId!, '依申请公开答复超期'));
		// 市司法局 rectified and the office accepted it; 正定县政府 has reported progress only.
		const rectAssignment = (id: number) =>
			w.db.select().from(rectification).where(eq(rectification.id, id)).get()!.assignmentId;
		submitOn(w.db, w.staffA, rectAssignment(fixed), '2020-12-10');
		reviews.accept(
			w.db,
			w.admin,
			rectAssignment(fixed),
			{ grade: 'good', comment: '', version: versionOf(w.db, rectAssignment(fixed)) },
			ON('2020-12-12')
		);
		sendOn(w.db, w.staffB, rectAssignment(open), '2020-12-15', 30);
		await closeYear(w.db, w.admin, planId, { bulletinOn: ON('2021-01-18'), closeOn: ON('2021-01-20') });

		const draftId = next.startNextYear(w.db, w.admin, planId);
		const draft = importer.getDraft(w.db, draftId)!;
		// Expected from the database: the plan's rectifications whose assignment is not accepted.
		const notClosed = w.db
			.select({
				id: rectification.id,
				unitId: rectification.unitId,
				taskId: assignment.taskId,
				problem: rectification.problem
			})
			.from(rectification)
			.innerJoin(assignment, eq(assignment.id, rectification.assignmentId))
			.where(and(eq(rectification.planId, planId), ne(assignment.status, 'accepted')))
			.all();
		expect(notClosed.map((r) => r.id)).toEqual([open]);
		const rect = draft.candidates.filter((c) => c.kind === 'rectification');
		expect(rect.map((c) => c.predecessorTaskId)).toEqual(notClosed.map((r) => r.taskId));
		const [c] = rect;
		expect(c.sectionTitle).toBe('考核整改落实');
		expect(c.units).toEqual([{ unitId: w.staffB.unitId!, name: '正定县政府', role: 'responsible', heldBy: null }]);
		// Its state as the year closed: past its due date, so overdue (the lights were stored on closing).
		const held = w.db
			.select()
			.from(assignment)
			.where(eq(assignment.id, rectAssignment(open)))
			.get()!;
		const state = RECTIFICATION_STATUS_LABEL[statusOf(held)];
		expect(state).toBe('逾期未整改');
		expect(c.originNote).toContain(`来自2020年度考核整改（正定县政府，整改期限 2020-12-31，${state}）`);
		expect(c.originNote).toContain(notClosed[0].problem);
		expect(c.progress).toEqual([`正定县政府 ${state} ${held.progressPercent}%`]);
		// The candidates' keys run on after the carried tasks (there is no report here).
		expect(draft.candidates.map((x) => x.key)).toEqual(draft.candidates.map((_, i) => `c${i + 1}`));
		expect(w.db.select().from(planImport).where(eq(planImport.id, draftId)).get()!.candidates).toEqual(
			draft.candidates
		);

		await next.addNewYearText(w.db, w.admin, draftId, { file: null, text: NEW_TEXT });
		const preview = importer.previewImport(w.db, importer.getDraft(w.db, draftId)!);
		const result = importer.confirmImport(w.db, w.admin, draftId, importer.defaultDecisions(preview), ON('2021-02-10'));
		const carried = w.db
			.select({ id: task.id, title: task.title, originNote: task.originNote, section: section.title })
			.from(task)
			.innerJoin(section, eq(section.id, task.sectionId))
			.where(and(eq(task.planId, result.planId), eq(task.predecessorTaskId, c.predecessorTaskId!)))
			.all();
		expect(carried).toEqual([
			{ id: expect.any(Number), title: c.title, originNote: c.originNote, section: '考核整改落实' }
		]);
		const units = w.db.select().from(assignment).where(eq(assignment.taskId, carried[0].id)).all();
		expect(units.map((a) => [a.unitId, a.role, a.status])).toEqual([[w.staffB.unitId!, 'responsible', 'not_started']]);
	});
});
