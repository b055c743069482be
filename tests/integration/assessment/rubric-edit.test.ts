// The rubric editor's domain: who may see and change a plan's 评分细则, versions kept on every save,
// a self-contradicting draft refused with the message naming the indicator, the file round trip,
// starting from another plan's rubric, and many units put in classes at once.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, assessmentClass, rubric } from '../../../src/lib/server/db/schema';
import * as importer from '../../../src/lib/server/plans/import';
import * as rubrics from '../../../src/lib/server/assessment/rubrics';
import * as editor from '../../../src/lib/server/assessment/rubric-edit';
import { SHIPPED_RUBRICS, type Rubric } from '../../../src/lib/server/scoring';
import { SMALL_PLAN, smallWorld } from '../../helpers/assessment';
import { ON } from '../../helpers/assignments';
import { draftFrom } from '../../helpers/plans';
import { unitIdByShortName } from '../../helpers/db';

const clone = <T>(v: T): T => structuredClone(v);
/** The shipped default with its single indicator split in two (60 + 40 = 100). */
function twoIndicators(): Rubric {
	const r = clone(SHIPPED_RUBRICS.default);
	const tasks = r.tables[0].indicators[0];
	tasks.children = [
		{ id: 'tasks.done', name: '任务完成', max: 60, rules: tasks.rules },
		{ id: 'tasks.returned', name: '退回', max: 40, rules: [{ kind: 'plan-returned', points: 1 }] }
	];
	delete tasks.rules;
	return r;
}

describe('what the editor shows', () => {
	it('shows the office and leaders the rubric in force, the plan’s sections and tasks; unit staff are refused', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		for (const viewer of [w.admin, w.leader]) {
			const e = editor.getRubricEditor(w.db, viewer, w.planId);
			expect(e.inForce.version).toBe(0);
			expect(e.shown.rubric).toEqual(SHIPPED_RUBRICS.default);
			expect(e.sections.map((s) => s.code)).toEqual(['一', '二']);
			expect(e.tasks.map((t) => t.code)).toEqual(['一(一)', '一(二)', '二(三)']);
			expect(e.units.map((u) => u.name).sort()).toEqual(['市司法局', '正定县政府'].sort());
			expect(e.canEdit).toBe(viewer === w.admin);
		}
		expect(() => editor.getRubricEditor(w.db, w.sifa, w.planId)).toThrow(/只有政务公开办和领导/);
		expect(() => editor.exportRubric(w.db, w.zd, w.planId)).toThrow(/只有政务公开办和领导/);
	});
});

describe('saving keeps every version', () => {
	it('adds a version per save, keeps the older ones readable, and audits each save', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		const first = twoIndicators();
		expect(editor.checkRubricDraft(w.db, w.planId, first)).toEqual([]);
		expect(rubrics.saveRubric(w.db, w.admin, w.planId, first, { baseVersion: 0, note: '拆成两项' })).toBe(1);
		const second = clone(first);
		second.tables[0].indicators[0].children![0].max = 70;
		second.tables[0].indicators[0].children![1].max = 30;
		expect(rubrics.saveRubric(w.db, w.admin, w.planId, second, { baseVersion: 1, note: '70 + 30' })).toBe(2);

		const e = editor.getRubricEditor(w.db, w.leader, w.planId);
		expect(e.inForce.version).toBe(2);
		expect(e.versions.map((v) => [v.version, v.note])).toEqual([
			[2, '70 + 30'],
			[1, '拆成两项']
		]);
		expect(editor.getRubricEditor(w.db, w.leader, w.planId, 1).shown.rubric).toEqual(first);
		expect(editor.getRubricEditor(w.db, w.leader, w.planId, 2).shown.rubric).toEqual(second);
		expect(() => editor.getRubricEditor(w.db, w.leader, w.planId, 9)).toThrow(/没有第 9 版/);
		const audits = w.db.select().from(auditLog).where(eq(auditLog.action, 'rubric.save')).all();
		expect(audits).toHaveLength(2);
	});

	it('refuses a draft whose children exceed the parent, naming the indicator, and saves nothing', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		const bad = twoIndicators();
		bad.tables[0].indicators[0].children![0].max = 80; // 80 + 40 = 120 > 100
		const problems = editor.checkRubricDraft(w.db, w.planId, bad);
		expect(problems).toEqual([
			'指标「工作要点任务」：下级指标分值合计 120 分，超过本项 100 分；如按"累计最高不超过 100 分"计，请设 combine 为 cap'
		]);
		expect(() => rubrics.saveRubric(w.db, w.admin, w.planId, bad, { baseVersion: 0, note: '' })).toThrow(
			/指标「工作要点任务」：下级指标分值合计 120 分/
		);
		expect(w.db.select().from(rubric).all()).toHaveLength(0);
	});

	it('refuses a draft that scores sections the plan does not have', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		const r = twoIndicators();
		r.tables[0].indicators[0].children![1].rules = [{ kind: 'plan-returned', points: 1, scope: { sections: ['五'] } }];
		const problems = editor.checkRubricDraft(w.db, w.planId, r);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^与本工作要点不符：.*五/);
	});

	it('lets only the office save, start a draft or assign classes', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		for (const who of [w.leader, w.sifa]) {
			expect(() => rubrics.saveRubric(w.db, who, w.planId, twoIndicators(), { baseVersion: 0, note: '' })).toThrow(
				/只有政务公开办/
			);
			expect(() => editor.startingRubric(w.db, who, w.planId, 'shipped:default')).toThrow(/只有政务公开办/);
			expect(() => editor.setUnitClasses(w.db, who, w.planId, [])).toThrow(/只有政务公开办/);
		}
		expect(w.db.select().from(rubric).all()).toHaveLength(0);
	});
});

describe('files and starting points', () => {
	it('exports a version as a file that imports back as the next version, unchanged', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		// Before any save the shipped default is in force, and exports as such.
		const shipped = editor.exportRubric(w.db, w.admin, w.planId);
		expect(shipped.filename).toBe('评分细则-石家庄市2020年政务公开工作要点-内置默认.json');
		expect(JSON.parse(shipped.text)).toEqual(SHIPPED_RUBRICS.default);
		rubrics.saveRubric(w.db, w.admin, w.planId, twoIndicators(), { baseVersion: 0, note: '' });
		const file = editor.exportRubric(w.db, w.leader, w.planId);
		expect(file.filename).toBe('评分细则-石家庄市2020年政务公开工作要点-第1版.json');
		expect(JSON.parse(file.text)).toEqual(twoIndicators());
		const v = rubrics.importRubric(w.db, w.admin, w.planId, { name: file.filename, text: file.text }, 1);
		expect(v).toBe(2);
		expect(editor.getRubricEditor(w.db, w.admin, w.planId).shown.rubric).toEqual(twoIndicators());
		expect(JSON.parse(editor.exportRubric(w.db, w.admin, w.planId, 1).text)).toEqual(twoIndicators());
	});

	it('starts a draft from another plan’s rubric, a shipped one or an older version, saving nothing', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		rubrics.saveRubric(w.db, w.admin, w.planId, twoIndicators(), { baseVersion: 0, note: '' });
		const d = draftFrom(w.db, w.admin, SMALL_PLAN.replace('2020年', '2021年'));
		const { planId: next } = importer.confirmImport(w.db, w.admin, d.draftId, d.decisions, ON('2021-02-01'));

		const e = editor.getRubricEditor(w.db, w.admin, next);
		expect(e.otherPlans.map((p) => p.id)).toEqual([w.planId]);
		const fromLastYear = editor.startingRubric(w.db, w.admin, next, `plan:${w.planId}`);
		expect(fromLastYear.rubric).toEqual(twoIndicators());
		expect(fromLastYear.note).toBe('从“石家庄市2020年政务公开工作要点”的评分细则第 1 版开始');
		expect(editor.startingRubric(w.db, w.admin, next, 'shipped:shijiazhuang-2020').rubric).toEqual(
			SHIPPED_RUBRICS['shijiazhuang-2020']
		);
		expect(editor.startingRubric(w.db, w.admin, w.planId, 'version:0').rubric).toEqual(SHIPPED_RUBRICS.default);
		expect(() => editor.startingRubric(w.db, w.admin, next, 'shipped:toString')).toThrow(/没有这份内置评分细则/);
		expect(() => editor.startingRubric(w.db, w.admin, next, 'plan:9999')).toThrow(/工作要点不存在/);
		expect(w.db.select().from(rubric).where(eq(rubric.planId, next)).all()).toHaveLength(0);
	});
});

describe('classes of units', () => {
	it('puts several units in classes at once, counts only changes, and refuses a class the rubric lacks', async () => {
		expect.hasAssertions();
		const w = await smallWorld();
		const r = twoIndicators();
		r.classes = [
			{ id: 'dept', name: '市政府部门', table: 'main', kinds: ['department', 'other'] },
			{ id: 'county', name: '县(市、区)', table: 'main', kinds: ['county', 'zone'] }
		];
		rubrics.saveRubric(w.db, w.admin, w.planId, r, { baseVersion: 0, note: '' });
		const sifa = unitIdByShortName(w.db, '市司法局');
		const zd = unitIdByShortName(w.db, '正定县政府');
		const byRule = Object.fromEntries(
			editor.getRubricEditor(w.db, w.admin, w.planId).units.map((u) => [u.unitId, u.byRule])
		);
		expect(byRule).toEqual({ [sifa]: 'dept', [zd]: 'county' });

		expect(
			editor.setUnitClasses(w.db, w.admin, w.planId, [
				{ unitId: zd, classId: 'dept' },
				{ unitId: sifa, classId: '' }
			])
		).toBe(1);
		expect(
			w.db
				.select()
				.from(assessmentClass)
				.all()
				.map((c) => [c.unitId, c.classId])
		).toEqual([[zd, 'dept']]);
		expect(editor.setUnitClasses(w.db, w.admin, w.planId, [{ unitId: zd, classId: 'dept' }])).toBe(0);
		expect(editor.setUnitClasses(w.db, w.admin, w.planId, [{ unitId: zd, classId: '' }])).toBe(1);
		expect(w.db.select().from(assessmentClass).all()).toHaveLength(0);
		expect(() => editor.setUnitClasses(w.db, w.admin, w.planId, [{ unitId: zd, classId: 'nope' }])).toThrow(
			/没有考核类别「nope」/
		);
		expect(w.db.select().from(auditLog).where(eq(auditLog.action, 'assessment.class')).all()).toHaveLength(2);
	});
});
