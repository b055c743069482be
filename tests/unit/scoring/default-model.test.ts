// The domain.md default (rubrics/default.json): per task result × timeliness, weighted, plus 加分 and
// 扣分 (each ≤ 5); interim and final scores from the same function.
import { describe, expect, it } from 'vitest';
import { SHIPPED_RUBRICS } from '../../../src/lib/server/scoring/rubrics';
import type { FactAssignment } from '../../../src/lib/server/scoring';
import { at, entry, factsOf, lines, score, sumsHold, TASKS, unit } from './helpers';

// 二(一) weighs 2; the others 1: Σ weight = 4.
const rubric = SHIPPED_RUBRICS.default;
const tasks = TASKS.map((t) => (t.id === 3 ? { ...t, weight: 2 } : t));
const history: FactAssignment[] = [
	{
		// 一(一) due 2020-09-30, submitted 2020-10-05 (5 days late), accepted 良.
		id: 1,
		taskId: 1,
		unitId: 1,
		role: 'lead',
		submissions: [{ id: 1, at: at('2020-10-05'), percent: 100 }],
		reviews: [{ id: 1, at: at('2020-10-07'), submissionId: 1, decision: 'accept', grade: 'good' }]
	},
	{
		// 一(二) due 2020-12-31: 50% reported 2020-10-10; submitted 2020-12-20, returned, resubmitted 2020-12-28, accepted 优.
		id: 2,
		taskId: 2,
		unitId: 1,
		role: 'responsible',
		reports: [{ id: 1, coversOn: '2020-10-10', sentAt: at('2020-10-10'), percent: 50 }],
		submissions: [
			{ id: 2, at: at('2020-12-20'), percent: 100 },
			{ id: 3, at: at('2020-12-28'), percent: 100 }
		],
		reviews: [
			{ id: 2, at: at('2020-12-22'), submissionId: 2, decision: 'return', reason: '缺少公开网址' },
			{ id: 3, at: at('2020-12-30'), submissionId: 3, decision: 'accept', grade: 'excellent' }
		]
	},
	{
		// 二(一) due 2020-11-30: 60% reported 2020-10-15, never finished.
		id: 3,
		taskId: 3,
		unitId: 1,
		role: 'responsible',
		reports: [{ id: 2, coversOn: '2020-10-15', sentAt: at('2020-10-15'), percent: 60 }]
	}
];
const entries = [
	{ ...entry(1, 1, 'bonus', 'bonus', 3, '2020-09-10'), reason: '经验做法被省政务公开办推广' },
	{ ...entry(2, 1, 'deduction', 'deduction', 2, '2021-01-10'), reason: '年度报告未按时公开' }
];
const facts = factsOf(history, entries, { tasks });

describe('default model (domain.md)', () => {
	it('scores the year: result × timeliness, weighted, then 加分 and 扣分', () => {
		const u = unit(score(rubric, facts, '2021-01-15'), 1);
		// 一(一): 0.85 × (1 − 0.02 × 5) = 0.765 → 100 × 1 × 0.765 / 4 = 19.125
		// 一(二): 1.0 × (1 − 0.05 × 1 return) = 0.95 → 100 × 0.95 / 4 = 23.75 (the accepted submission was on time)
		// 二(一): not accepted → 0
		// base 42.875 → 42.88; + 3 − 2 = 43.88
		expect(u.base).toBe(42.88);
		expect(u.total).toBe(43.88);
		expect(lines(u)).toEqual([
			[19.13, '一(一) 评为良（0.85） × 时效 0.9（逾期 5 天），权重 1/4，得 19.13 分'],
			[23.75, '一(二) 评为优（1） × 时效 0.95（退回 1 次），权重 1/4，得 23.75 分'],
			[0, '二(一) 未完成（0），权重 2/4，得 0 分'],
			[3, '加分：经验做法被省政务公开办推广（2020-09-10），加 3 分'],
			[-2, '扣分：年度报告未按时公开（2021-01-10），扣 2 分']
		]);
		expect(u.lines[0].source).toEqual({ kind: 'review', id: 1 });
		expect(sumsHold(u)).toBe(true);
	});

	it('scores any day of the year with the same function: progress counts half while the year runs', () => {
		const u = unit(score(rubric, facts, '2020-10-31'), 1);
		// 一(一): 0.765 → 19.125; 一(二): 50% × 0.5 = 0.25 → 6.25; 二(一): 60% × 0.5 = 0.3, weight 2 → 15
		// base 40.375 → 40.38; + 3 (the 2021 deduction is after asOf) = 43.38
		expect(u.total).toBe(43.38);
		expect(lines(u).slice(1, 3)).toEqual([
			[6.25, '一(二) 进度 50% × 0.5（年中计分） × 时效 1（按时），权重 1/4，得 6.25 分'],
			[15, '二(一) 进度 60% × 0.5（年中计分） × 时效 1（按时），权重 2/4，得 15 分']
		]);
		const result = score(rubric, facts, '2020-10-31');
		expect(result.final).toBe(false);
		expect(score(rubric, facts, '2020-12-31').final).toBe(true);
	});

	it('ignores everything after asOf', () => {
		// 2020-10-06: 一(一) submitted but not yet reviewed (progress 100% × 0.5, 5 days late: 0.9) → 0.45 / 4 × 100 = 11.25;
		// 一(二) and 二(一) have no report yet → 0; the bonus counts. 11.25 + 3 = 14.25.
		expect(unit(score(rubric, facts, '2020-10-06'), 1).total).toBe(14.25);
	});

	it('caps 加分 at 5', () => {
		const more = factsOf(
			history,
			[...entries, { ...entry(3, 1, 'bonus', 'bonus', 4, '2020-11-01'), reason: '受到国务院办公厅表扬' }],
			{ tasks }
		);
		const u = unit(score(rubric, more, '2021-01-15'), 1);
		// 3 + 4 = 7 → 5: the second is cut to 2.
		expect(lines(u, 'bonus')).toEqual([
			[3, '加分：经验做法被省政务公开办推广（2020-09-10），加 3 分'],
			[2, '加分：受到国务院办公厅表扬（2020-11-01），加 4 分；加分已达上限 5 分，计 2 分']
		]);
	});
});
