// A rubric that contradicts itself, and facts that do not hold together, are refused in Chinese,
// naming the indicator or record.
import { describe, expect, it } from 'vitest';
import {
	computeScores,
	parseRubric,
	rubricProblems,
	type Indicator,
	type Rubric
} from '../../../src/lib/server/scoring';
import defaultRubric from '../../../src/lib/server/scoring/rubrics/default.json';
import shijiazhuang from '../../../src/lib/server/scoring/rubrics/shijiazhuang-2020.json';
import { at, BANDS, entry, factsOf, rubricOf } from './helpers';

const parent = (children: Indicator[], more: Partial<Indicator> = {}): Indicator[] => [
	{ id: 'org', name: '组织保障', max: 6, children, ...more }
];
const leaf = (id: string, max: number): Indicator => ({ id, name: id, max, rules: [{ kind: 'percent' }] });

describe('rubric validation', () => {
	it('accepts both shipped rubrics', () => {
		expect(rubricProblems(defaultRubric)).toEqual([]);
		expect(rubricProblems(shijiazhuang)).toEqual([]);
	});

	it('refuses children that exceed their parent without a cap, and children that fall short', () => {
		expect(rubricProblems(rubricOf(parent([leaf('a', 4), leaf('b', 4)])))).toEqual([
			'指标「组织保障」：下级指标分值合计 8 分，超过本项 6 分；如按"累计最高不超过 6 分"计，请设 combine 为 cap'
		]);
		expect(rubricProblems(rubricOf(parent([leaf('a', 4), leaf('b', 4)], { combine: 'cap' })))).toEqual([]);
		expect(rubricProblems(rubricOf(parent([leaf('a', 2), leaf('b', 2)])))).toEqual([
			'指标「组织保障」：下级指标分值合计 4 分，少于本项 6 分'
		]);
	});

	it('refuses a gap or an overlap between bands, and a quota over 100%', () => {
		const bands = (list: Rubric['outcome']['bands']) => rubricProblems(rubricOf([leaf('a', 100)], {}, { bands: list }));
		expect(
			bands([
				{ name: '优秀', from: 90 },
				{ name: '良好', from: 80, below: 89 },
				{ name: '不合格', below: 80 }
			])
		).toEqual(['等次：「良好」与「优秀」之间有空档，[89, 90) 的分数不属于任何等次']);
		expect(
			bands([
				{ name: '优秀', from: 90 },
				{ name: '良好', from: 80, below: 92 },
				{ name: '不合格', below: 80 }
			])
		).toEqual(['等次：「良好」与「优秀」重叠，[90, 92) 的分数同属两个等次']);
		expect(
			bands([
				{ name: '优秀', from: 90, quota: 1.3 },
				{ name: '不合格', below: 90 }
			])
		).toEqual(['等次：等次「优秀」的名额比例 1.3 应在 0–1 之间（0.3 即 30%），不能超过 100%']);
	});

	it('refuses references to indicators and bands that do not exist', () => {
		const r = rubricOf(
			[leaf('a', 100)],
			{
				bonus: {
					cap: 5,
					minBase: { points: 80, of: 'process' },
					items: [{ id: 'b', name: '表彰', points: 2, per: 'event' }]
				}
			},
			{ vetoBand: '不及格' }
		);
		r.classes[0].notApplicable = ['website'];
		expect(rubricProblems(r)).toEqual([
			'评分表「评分表」：加分门槛依据的指标「process」不存在',
			'等次：一票否决的等次「不及格」不存在',
			'考核类别「全部单位」：不适用的指标「website」在评分表中不存在'
		]);
	});

	it('refuses leaves without rules, parents with rules, two scoring rules, overflow at the top, unknown fields', () => {
		const r = rubricOf([
			{ id: 'a', name: '甲', max: 50, overflow: true, rules: [{ kind: 'percent' }, { kind: 'count', points: 2 }] },
			{
				id: 'b',
				name: '乙',
				max: 50,
				children: [{ id: 'c', name: '丙', max: 50 } as Indicator],
				rules: [{ kind: 'percent' }]
			}
		]);
		(r.tables[0].indicators[0] as unknown as Record<string, unknown>).maxx = 3;
		expect(rubricProblems(r)).toEqual([
			'指标「甲」：不认识的字段「maxx」',
			'指标「甲」：一级指标没有上级指标，不能设"扣分超出本项分值在上级中扣除"（overflow）',
			'指标「甲」：最多一条得分规则（percent、count），其余应为扣分规则',
			'指标「乙」：有下级指标的指标不能再设评分规则，请把规则放到下级指标上',
			'指标「丙」：末级指标至少要有一条评分规则（rules）'
		]);
	});

	it('names the rule that is wrong', () => {
		const r = rubricOf([
			{
				id: 'a',
				name: '按期完成',
				max: 10,
				rules: [
					{ kind: 'plan-overdue', points: 0 },
					{ kind: 'level', levels: [{ name: '好', points: 12 }] }
				]
			}
		]);
		expect(rubricProblems(r)).toEqual([
			'指标「按期完成」的第 1 条规则：points 与 perDay 至少一项为正数',
			'指标「按期完成」的第 2 条规则：评定等级「好」的分值应在 0–10 之间'
		]);
	});

	it('refuses another format or version, and says so before anything else', () => {
		expect(rubricProblems({ format: 'other' })).toEqual(['不是要点督办的评分细则（format 应为 "yaodian-rubric"）']);
		expect(rubricProblems({ format: 'yaodian-rubric', version: 2 })).toEqual([
			'评分细则版本 2 不受支持（本系统读取版本 1）'
		]);
		expect(() => parseRubric({ format: 'other' })).toThrow('评分细则有误：\n- 不是要点督办的评分细则');
	});

	it('refuses two classes claiming the same kind', () => {
		const r = rubricOf([leaf('a', 100)]);
		r.classes.push({ id: 'c2', name: '县区', table: 't', kinds: ['county'] });
		expect(rubricProblems(r)).toEqual(['考核类别「县区」：单位类型 county 已属于考核类别「全部单位」']);
	});
});

describe('facts validation', () => {
	const rubric = rubricOf(
		[{ id: 'w', name: '工作落实', max: 100, rules: [{ kind: 'percent' }] }, ...[]],
		{},
		{ bands: BANDS }
	);
	const run =
		(facts: unknown, asOf = '2021-01-15') =>
		() =>
			computeScores(rubric, facts, asOf);

	it('refuses a timestamp without an offset, an unknown task, a review of another assignment’s submission', () => {
		const facts = factsOf([
			{ id: 1, taskId: 1, unitId: 1, role: 'lead', submissions: [{ id: 1, at: '2020-10-01T10:00:00', percent: 100 }] },
			{ id: 2, taskId: 9, unitId: 1, role: 'lead' },
			{
				id: 3,
				taskId: 2,
				unitId: 1,
				role: 'lead',
				reviews: [{ id: 5, at: at('2020-10-02'), submissionId: 1, decision: 'accept', grade: 'good' }]
			}
		]);
		expect(run(facts)).toThrow(
			[
				'考核数据有误：',
				'- 任务分工 2：任务 9 不存在',
				'- 任务分工 1 的提交 1 的时间「2020-10-01T10:00:00」不是带时区的 ISO 8601 时间（如 2020-09-30T17:20:00+08:00）',
				'- 任务分工 3 的审核 5：提交 1 不属于本分工'
			].join('\n')
		);
	});

	it('refuses an accepting review without a grade and a bad report', () => {
		const facts = factsOf([
			{
				id: 1,
				taskId: 1,
				unitId: 1,
				role: 'lead',
				reports: [{ id: 4, coversOn: '2020-02-30', sentAt: at('2020-03-01'), percent: 120 }],
				submissions: [{ id: 1, at: at('2020-10-01'), percent: 100 }],
				reviews: [{ id: 1, at: at('2020-10-02'), submissionId: 1, decision: 'accept' }]
			}
		]);
		expect(run(facts)).toThrow(
			[
				'- 任务分工 1 的审核 1：通过时应评定等级 grade（excellent / good / fair / poor）',
				'- 任务分工 1 的进展报送 4 的日期「2020-02-30」不是有效日期（YYYY-MM-DD）',
				'- 任务分工 1 的进展报送 4 的进度应为 0–100 的数'
			].join('\n')
		);
	});

	it('refuses entries the rubric cannot read', () => {
		const facts = factsOf(
			[],
			[entry(1, 1, 'percent', 'w', 130), entry(2, 1, 'level', 'w', '好'), entry(3, 2, 'bonus', 'x', undefined)]
		);
		expect(run(facts)).toThrow(
			[
				'考核数据与评分细则不符：',
				'- 录入记录 1（单位 1）：「工作落实」的完成比例应为 0–100',
				'- 录入记录 2（单位 1）：指标「工作落实」的评分规则不接受「level」类录入',
				'- 录入记录 3（单位 2）：评分表「评分表」没有这一加分项「x」'
			].join('\n')
		);
	});

	it('refuses a bad asOf', () => {
		expect(run(factsOf([]), '2020-13-01')).toThrow('计分日期「2020-13-01」不是有效日期（YYYY-MM-DD）');
	});
});
