// A small world for assessment tests: a three-task plan for 市司法局 and 正定县政府 imported on
// 2020-02-01, the office, a leader and staff of both units. Small enough to score by hand.
import { eq } from 'drizzle-orm';
import { plan } from '../../src/lib/server/db/schema';
import * as importer from '../../src/lib/server/plans/import';
import * as progress from '../../src/lib/server/progress';
import * as reviews from '../../src/lib/server/reviews';
import * as deadlines from '../../src/lib/server/deadlines';
import { addEntry, revokeEntry } from '../../src/lib/server/assessment/entries';
import { saveRubric } from '../../src/lib/server/assessment/rubrics';
import type { Rubric } from '../../src/lib/server/scoring';
import { makeUser, testDb } from './db';
import { assignmentOf, ON, sendOn, submitOn, versionOf } from './assignments';
import { draftFrom } from './plans';

export const SMALL_PLAN = `石家庄市2020年政务公开工作要点

一、加强重点领域信息公开
（一）公开财政预决算。2020年6月底前完成。（责任单位：市司法局、正定县政府）
（二）公开重大建设项目信息。（牵头单位：市司法局）
二、提升政务服务水平
（三）完善政务服务平台。2020年9月底前完成。（责任单位：正定县政府）
`;

export async function smallWorld(importedOn = '2020-02-01') {
	const db = testDb();
	const admin = await makeUser(db, 'office', 'admin');
	const leader = await makeUser(db, 'boss', 'leader');
	const sifa = await makeUser(db, 'sifa', 'unit', '市司法局');
	const zd = await makeUser(db, 'zd', 'unit', '正定县政府');
	const d = draftFrom(db, admin, SMALL_PLAN);
	const { planId } = importer.confirmImport(db, admin, d.draftId, d.decisions, ON(importedOn));
	const p = db.select().from(plan).where(eq(plan.id, planId)).get()!;
	return {
		db,
		admin,
		leader,
		sifa,
		zd,
		planId,
		plan: p,
		assignmentOf: (unit: string, title: string) => assignmentOf(db, unit, title)
	};
}

const GRADES = { excellent: 1, good: 0.85, fair: 0.7, poor: 0.4 };

/** Four indicators and a judged 扣分 item: every point of the small world can be worked out by hand. */
export const HAND_RUBRIC: Rubric = {
	format: 'yaodian-rubric',
	version: 1,
	name: '测试细则',
	classes: [{ id: 'all', name: '全部单位', table: 't', kinds: ['department', 'county', 'zone', 'office', 'other'] }],
	tables: [
		{
			id: 't',
			name: '评分表',
			indicators: [
				{
					id: 'timely',
					name: '按期完成',
					max: 10,
					rules: [{ kind: 'plan-overdue', points: 2, perDay: 0.5, maxPerItem: 5 }]
				},
				{ id: 'quality', name: '办理质量', max: 5, rules: [{ kind: 'plan-returned', points: 1 }] },
				{ id: 'done', name: '完成质量', max: 10, rules: [{ kind: 'plan-weighted', result: { grades: GRADES } }] },
				{ id: 'website', name: '网站检查', max: 10, rules: [{ kind: 'external', source: '网站检查', scale: 100 }] }
			],
			deductions: { cap: 5, items: [{ id: 'ded', name: '扣分', points: 3, per: 'judged' }] }
		}
	],
	outcome: {
		bands: [
			{ name: '优秀', from: 90 },
			{ name: '良好', from: 80, below: 90 },
			{ name: '合格', from: 60, below: 80 },
			{ name: '不合格', below: 60 }
		]
	}
};

export const entry = (unitId: number, kind: string, indicator: string, value: string, reason: string) => ({
	unitId,
	kind,
	indicator,
	value,
	channel: '',
	reason,
	happenedOn: '2020-12-15',
	url: ''
});

/** The year as it happened; returns the world and the assignments. */
export async function yearOfWork() {
	const w = await smallWorld();
	const { db, admin, sifa, zd } = w;
	const a1 = w.assignmentOf('市司法局', '公开财政预决算');
	const a2 = w.assignmentOf('正定县政府', '公开财政预决算');
	const a3 = w.assignmentOf('市司法局', '公开重大建设项目信息');
	const a4 = w.assignmentOf('正定县政府', '完善政务服务平台');
	// The first submission adds a link as evidence (a submission needs one); a resubmission has it already.
	const submit = (staff: typeof sifa, id: number, date: string) =>
		db.$client.prepare('select 1 from evidence where assignment_id = ?').get(id)
			? progress.submitAsDone(db, staff, id, { summary: '已补充', percent: 100, version: versionOf(db, id) }, ON(date))
			: submitOn(db, staff, id, date);
	// A1: reports, submitted 5 days late, returned, resubmitted, accepted 良.
	sendOn(db, sifa, a1, '2020-03-10', 30);
	sendOn(db, sifa, a1, '2020-05-10', 80);
	submit(sifa, a1, '2020-07-05');
	reviews.returnSubmission(db, admin, a1, { reason: '材料不全', version: versionOf(db, a1) }, ON('2020-07-07'));
	submit(sifa, a1, '2020-07-10');
	reviews.accept(db, admin, a1, { grade: 'good', comment: '', version: versionOf(db, a1) }, ON('2020-07-12'));
	// A2: an extension to 7月31日 approved before the due date, submitted within it, accepted 优.
	const ms1 = db.$client.prepare("select id from milestone where due_on = '2020-06-30'").get() as { id: number };
	const req = deadlines.requestExtension(
		db,
		zd,
		a2,
		{ milestoneId: ms1.id, requestedDue: '2020-07-31', reason: '等待批复' },
		ON('2020-06-20')
	);
	deadlines.decideExtension(db, admin, req, { approve: true, note: '同意' }, ON('2020-06-21'));
	sendOn(db, zd, a2, '2020-06-25', 60);
	submit(zd, a2, '2020-07-20');
	reviews.accept(db, admin, a2, { grade: 'excellent', comment: '', version: versionOf(db, a2) }, ON('2020-07-22'));
	// A3: one report, never finished (due 31 December).
	sendOn(db, sifa, a3, '2020-09-01', 50);
	// A4: the office moves 正定's date to 10月15日; submitted on the 20th, still waiting for review.
	const ms2 = db.$client.prepare("select id from milestone where due_on = '2020-09-30'").get() as { id: number };
	deadlines.setUnitDeadline(
		db,
		admin,
		a4,
		{ milestoneId: ms2.id, dueOn: '2020-10-15', reason: '平台升级' },
		ON('2020-09-01')
	);
	submit(zd, a4, '2020-10-20');
	saveRubric(db, admin, w.planId, HAND_RUBRIC, { baseVersion: 0, note: '测试', now: ON('2020-12-01') });
	const now = ON('2020-12-20');
	addEntry(db, admin, w.planId, entry(sifa.unitId!, 'deduction', 'ded', '2', '信息更新不及时'), null, now);
	const wrong = addEntry(db, admin, w.planId, entry(sifa.unitId!, 'deduction', 'ded', '3', '误录'), null, now);
	revokeEntry(db, admin, wrong, '录错单位', now);
	addEntry(db, admin, w.planId, entry(zd.unitId!, 'score', 'website', '90', '年度网站检查 90 分'), null, now);
	return { ...w, a1, a2, a3, a4, ms1: ms1.id, ms2: ms2.id };
}
