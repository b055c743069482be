// The loader against the engine on a world small enough to score by hand: a year of real domain
// actions (reports, a return, an approved extension, a date the office set, entries, a revoked entry)
// on three tasks, read back by loadFacts and scored on a four-indicator rubric.
import { dateOf } from '../../../src/lib/server/scoring/days';
import { describe, expect, it } from 'vitest';
import { planScoreSteps } from '../../../src/lib/server/assessment/score-plan';
import { runAtOnce } from '../../../src/lib/server/assessment/steps';
import { loadFacts } from '../../../src/lib/server/scoring/load';
import { ON } from '../../helpers/assignments';
import { yearOfWork } from '../../helpers/assessment';

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
		const reports = a(w.a3).reportColumns!;
		expect(reports.coversDay.map((d, i) => [dateOf(d), reports.percent[i]])).toEqual([['2020-09-01', 50]]);
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
