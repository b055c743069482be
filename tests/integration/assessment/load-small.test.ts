// The loader against the engine on a world small enough to score by hand: a year of real domain
// actions (reports, a return, an approved extension, a date the office set, entries, a revoked entry)
// on three tasks, read back by loadFacts and scored on a four-indicator rubric.
import { describe, expect, it } from 'vitest';
import * as progress from '../../../src/lib/server/progress';
import * as reviews from '../../../src/lib/server/reviews';
import * as deadlines from '../../../src/lib/server/deadlines';
import { addEntry, revokeEntry } from '../../../src/lib/server/assessment/entries';
import { saveRubric } from '../../../src/lib/server/assessment/rubrics';
import { planScoreSteps } from '../../../src/lib/server/assessment/score-plan';
import { runAtOnce } from '../../../src/lib/server/assessment/steps';
import { loadFacts } from '../../../src/lib/server/scoring/load';
import type { Rubric } from '../../../src/lib/server/scoring';
import { ON, sendOn, submitOn, versionOf } from '../../helpers/assignments';
import { smallWorld } from '../../helpers/assessment';

const GRADES = { excellent: 1, good: 0.85, fair: 0.7, poor: 0.4 };

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

const entry = (unitId: number, kind: string, indicator: string, value: string, reason: string) => ({
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

describe('loadFacts on a small world', () => {
	it('reads the history as it happened: submissions with their deadlines, reviews, changes, standing entries', async () => {
		const w = await yearOfWork();
		const f = loadFacts(w.db, w.planId);
		const a = (id: number) => f.assignments.find((x) => x.id === id)!;
		expect(a(w.a1).submissions!.map((s) => s.dueOn)).toEqual(['2020-06-30', '2020-06-30']);
		expect(a(w.a1).reviews!.map((r) => [r.decision, r.grade ?? null])).toEqual([
			['return', null],
			['accept', 'good']
		]);
		expect(a(w.a1).reviews![0].submissionId).toBe(a(w.a1).submissions![0].id);
		expect(a(w.a2).deadlines).toEqual([
			{
				milestoneId: w.ms1,
				dueOn: '2020-06-30',
				changes: [
					expect.objectContaining({ kind: 'extension', from: '2020-06-30', to: '2020-07-31', at: ON('2020-06-21') })
				]
			}
		]);
		expect(a(w.a2).submissions![0].dueOn).toBe('2020-07-31');
		expect(a(w.a4).deadlines![0].changes).toEqual([
			expect.objectContaining({ kind: 'office', from: '2020-09-30', to: '2020-10-15', reason: '平台升级' })
		]);
		expect(a(w.a3).deadlines).toBeUndefined();
		expect(a(w.a3).reports!.map((r) => [r.coversOn, r.percent])).toEqual([['2020-09-01', 50]]);
		expect(f.entries!.map((e) => [e.kind, e.value])).toEqual([
			['deduction', 2],
			['score', 90]
		]);
	});

	it('scores the database as worked out by hand', async () => {
		const w = await yearOfWork();
		const s = runAtOnce(planScoreSteps(w.db, w.planId, '2021-01-15'));
		const total = (name: string) => s.result.units.find((u) => u.name === name)!.total;
		// 市司法局. 按期完成: 一(一) first submitted 7-05, 5 days after 6-30: 2 + 5 × 0.5 = 4.5; 一(二) open
		// past 12-31 by 15 days at 2021-01-15: 2 + 15 × 0.5 = 9.5, at most 5 per item → 10 − 4.5 − 5 = 0.5.
		// 办理质量: returned once → 5 − 1 = 4. 完成质量: 10 × (0.85 + 0) / 2 = 4.25. 网站检查: none → 0.
		// 扣分 2 (the revoked 3 does not count).
		expect(total('市司法局')).toBe(0.5 + 4 + 4.25 + 0 - 2);
		// 正定县政府. 按期完成: 一(一) within its extension (7-31); 二(三) 5 days after the office's 10-15:
		// 2 + 2.5 = 4.5 → 10 − 4.5 = 5.5. 办理质量 5. 完成质量: 10 × (1 + 0) / 2 = 5 (二(三) awaits review).
		// 网站检查 90 of 100 → 9.
		expect(total('正定县政府')).toBe(5.5 + 5 + 5 + 9);
		expect(s.result.units.map((u) => [u.name, u.rank])).toEqual([
			['正定县政府', 1],
			['市司法局', 2]
		]);
		expect(s.rubric).toMatchObject({ version: 1, name: '测试细则' });
	});
});
