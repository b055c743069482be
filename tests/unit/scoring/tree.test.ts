// The indicator tree and the entry-driven rule kinds, each with its arithmetic written out.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/lib/server/scoring';
import { entry, factsOf, lines, rubricOf, score, sumsHold, unit } from './helpers';

const facts = (entries: Parameters<typeof factsOf>[1]) => factsOf([], entries);

describe('indicator tree', () => {
	// 组织保障 6 (领导 3 + 制度 3) + 载体建设 15 + 信息公开 79 = 100.
	const tree: Indicator[] = [
		{
			id: 'org',
			name: '组织保障',
			max: 6,
			children: [
				{ id: 'org.lead', name: '领导重视', max: 3, rules: [{ kind: 'deduction', per: 'item', points: 1 }] },
				{
					id: 'org.rules',
					name: '制度建设',
					max: 3,
					rules: [
						{
							kind: 'level',
							levels: [
								{ name: '好', points: 3 },
								{ name: '较好', points: 2 },
								{ name: '一般', points: 1 },
								{ name: '差', points: 0 }
							]
						}
					]
				}
			]
		},
		{ id: 'carrier', name: '载体建设', max: 15, rules: [{ kind: 'count', points: 3 }] },
		{ id: 'info', name: '信息公开', max: 79, rules: [{ kind: 'percent' }] }
	];
	const result = score(
		rubricOf(tree),
		facts([
			entry(1, 1, 'deduction', 'org.lead', 2),
			entry(2, 1, 'level', 'org.rules', '较好'),
			entry(3, 1, 'count', 'carrier', 4),
			entry(4, 1, 'percent', 'info', 50),
			entry(5, 2, 'deduction', 'org.lead', 5),
			entry(6, 2, 'level', 'org.rules', '一般', '2020-03-01'),
			entry(7, 2, 'level', 'org.rules', '好', '2020-09-01'),
			entry(8, 2, 'count', 'carrier', 7),
			entry(9, 2, 'percent', 'info', 100)
		])
	);

	it('adds the leaves up through the tree to a total out of 100', () => {
		// 市司法局: 领导 3 − 2×1 = 1; 制度 较好 = 2; 载体 4 × 3 = 12; 信息公开 79 × 50% = 39.5.
		const u = unit(result, 1);
		expect(u.total).toBe(1 + 2 + 12 + 39.5);
		expect(u.max).toBe(100);
		expect(u.tree.map((n) => [n.id, n.score, n.max])).toEqual([
			['org', 1 + 2, 6],
			['carrier', 12, 15],
			['info', 39.5, 79]
		]);
		expect(u.tree[0].children!.map((n) => [n.id, n.score, n.max])).toEqual([
			['org.lead', 1, 3],
			['org.rules', 2, 3]
		]);
		expect(sumsHold(u)).toBe(true);
	});

	it('stops deductions at 0 (扣完为止), caps counts at the maximum, and takes the latest level', () => {
		// 正定县: 领导 3 − 5 → 0 (only 3 taken); 制度 好 = 3 (一般 replaced); 载体 7 × 3 = 21 → 15; 信息公开 79.
		const u = unit(result, 2);
		expect(u.total).toBe(0 + 3 + 15 + 79);
		expect(lines(u, 'org.lead')).toEqual([
			[3, '本项满分 3 分'],
			[-3, '检查发现（2020-06-01），5 项 × 1 分，扣 5 分；本项已扣完，实扣 3 分']
		]);
		expect(lines(u, 'org.rules')).toEqual([
			[0, '检查发现（2020-03-01），已由 2020-09-01 的评定取代'],
			[3, '评为「好」：检查发现（2020-09-01），得 3 分']
		]);
		expect(lines(u, 'carrier')).toEqual([
			[15, '检查发现（2020-06-01），7 项 × 3 分，得 21 分；本项最高 15 分，计 15 分']
		]);
		expect(sumsHold(u)).toBe(true);
	});
});

describe('deductions per month, once, per case with a limit, and judged', () => {
	const tree: Indicator[] = [
		{ id: 'update', name: '信息更新', max: 10, rules: [{ kind: 'deduction', per: 'month', points: 2 }] },
		{ id: 'leak', name: '公开审查', max: 5, rules: [{ kind: 'deduction', per: 'once', points: 3 }] },
		{ id: 'reply', name: '依申请答复', max: 5, rules: [{ kind: 'deduction', per: 'case', points: 1, limit: 2 }] },
		{ id: 'quality', name: '解读质量', max: 5, rules: [{ kind: 'deduction', per: 'judged', points: 3 }] }
	];
	const u = unit(
		score(
			rubricOf(tree),
			facts([
				entry(1, 1, 'deduction', 'update', undefined, '2020-03-05', '3月未更新'),
				entry(2, 1, 'deduction', 'update', undefined, '2020-03-20', '3月再次未更新'),
				entry(3, 1, 'deduction', 'update', undefined, '2020-05-01', '5月未更新'),
				entry(4, 1, 'deduction', 'leak', undefined, '2020-04-01', '公开前未审查'),
				entry(5, 1, 'deduction', 'leak', undefined, '2020-08-01', '再次未审查'),
				entry(6, 1, 'deduction', 'reply', 3, '2020-07-01', '逾期答复'),
				entry(7, 1, 'deduction', 'quality', 2.5, '2020-07-02', '解读内容空泛')
			])
		),
		1
	);

	it('counts a month once, a once-rule once, a case rule up to its limit, a judged deduction as entered', () => {
		// 信息更新 10 − 2 months × 2 = 6 (the second March entry costs nothing).
		expect(lines(u, 'update')).toEqual([
			[10, '本项满分 10 分'],
			[-2, '2020年3月3月未更新（2020-03-05），扣 2 分'],
			[0, '3月再次未更新（2020-03-20），2020年3月已扣过，同月不重复扣分'],
			[-2, '2020年5月5月未更新（2020-05-01），扣 2 分']
		]);
		// 公开审查 5 − 3 = 2; 依申请 5 − min(3 × 1, limit 2) = 3; 解读 5 − 2.5 = 2.5.
		expect(u.tree.map((n) => n.score)).toEqual([6, 2, 3, 2.5]);
		expect(lines(u, 'reply')[1]).toEqual([
			-2,
			'逾期答复（2020-07-01），3 次 × 1 分，扣 3 分；本条最多扣 2 分，实扣 2 分'
		]);
		expect(u.total).toBe(6 + 2 + 3 + 2.5);
	});
});

describe('a parent caps its children', () => {
	it("takes a child's deductions past its weight from the parent (overflow), never below 0", () => {
		// 信息公开 20 = 政策解读 5 (扣分不以本项为限) + 依申请 15.
		const tree: Indicator[] = [
			{
				id: 'info',
				name: '信息公开',
				max: 20,
				children: [
					{
						id: 'interp',
						name: '政策解读',
						max: 5,
						overflow: true,
						rules: [{ kind: 'deduction', per: 'item', points: 1 }]
					},
					{ id: 'apply', name: '依申请公开', max: 15, rules: [{ kind: 'deduction', per: 'item', points: 1 }] }
				]
			}
		];
		const result = score(
			rubricOf(tree),
			facts([
				entry(1, 1, 'deduction', 'interp', 8),
				entry(2, 2, 'deduction', 'interp', 8),
				entry(3, 2, 'deduction', 'apply', 14)
			])
		);
		// 市司法局: 政策解读 5 − 8 → 0, 3 more taken from 信息公开: 0 + 15 − 3 = 12.
		const a = unit(result, 1);
		expect(a.tree[0]).toMatchObject({ score: 12, children: [{ score: 0 }, { score: 15 }] });
		expect(lines(a, 'info')).toEqual([[-3, '「政策解读」扣分超出其分值 3 分，在「信息公开」中继续扣除']]);
		// 正定县: 政策解读 0 (3 over) and 依申请 15 − 14 = 1; the parent has 1 left, so only 1 of the 3 is taken.
		const b = unit(result, 2);
		expect(b.total).toBe(0);
		expect(lines(b, 'info')).toEqual([
			[-1, '「政策解读」扣分超出其分值 3 分，在「信息公开」中继续扣除，本项已扣完，实扣 1 分']
		]);
		expect(sumsHold(a) && sumsHold(b)).toBe(true);
	});

	it('caps children that may add up to more (累计最高不超过)', () => {
		// 载体建设 10, cap: 网站 6 + 新媒体 6 = 12 possible.
		const tree: Indicator[] = [
			{
				id: 'carrier',
				name: '载体建设',
				max: 10,
				combine: 'cap',
				children: [
					{ id: 'web', name: '政府网站', max: 6, rules: [{ kind: 'count', points: 2 }] },
					{ id: 'media', name: '政务新媒体', max: 6, rules: [{ kind: 'count', points: 2 }] }
				]
			}
		];
		const result = score(
			rubricOf(tree),
			facts([
				entry(1, 1, 'count', 'web', 3),
				entry(2, 1, 'count', 'media', 2),
				entry(3, 2, 'count', 'web', 3),
				entry(4, 2, 'count', 'media', 3)
			])
		);
		// 市司法局 3×2 + 2×2 = 10; 正定县 6 + 6 = 12 → 10.
		expect(unit(result, 1).total).toBe(10);
		expect(unit(result, 2).total).toBe(10);
		expect(lines(unit(result, 2), 'carrier')).toEqual([[-2, '下级指标合计 12 分，超过本项上限 10 分，按 10 分计']]);
	});

	it('combines 过程考评 and 结果考评 by weight (scale)', () => {
		// 过程考评 40% of (a 50 + b 50), 结果考评 60% of c 100.
		const tree: Indicator[] = [
			{
				id: 'process',
				name: '过程考评',
				max: 40,
				combine: 'scale',
				children: [
					{ id: 'a', name: '按时报送', max: 50, rules: [{ kind: 'percent' }] },
					{ id: 'b', name: '日常抽检', max: 50, rules: [{ kind: 'percent' }] }
				]
			},
			{
				id: 'result',
				name: '结果考评',
				max: 60,
				combine: 'scale',
				children: [{ id: 'c', name: '年终评估', max: 100, rules: [{ kind: 'percent' }] }]
			}
		];
		const u = unit(
			score(
				rubricOf(tree),
				facts([entry(1, 1, 'percent', 'a', 80), entry(2, 1, 'percent', 'b', 60), entry(3, 1, 'percent', 'c', 90)])
			),
			1
		);
		// 过程: (40 + 30) / 100 × 40 = 28; 结果: 90 / 100 × 60 = 54; total 82.
		expect(u.tree.map((n) => [n.score, n.max])).toEqual([
			[28, 40],
			[54, 60]
		]);
		expect(u.total).toBe(82);
		expect(lines(u, 'a')).toEqual([[16, '检查发现（2020-06-01），完成 80%，得 50 × 80% = 40 分（折算 16 分）']]);
		expect(u.tree[0].children!.map((n) => [n.statedMax, n.max, n.score])).toEqual([
			[50, 20, 16],
			[50, 20, 12]
		]);
	});
});

describe('重大扣分 outside every cap', () => {
	const tree: Indicator[] = [
		{ id: 'x', name: '信息公开', max: 10, rules: [{ kind: 'deduction', per: 'item', points: 1 }] },
		{ id: 'y', name: '平台建设', max: 10, rules: [{ kind: 'deduction', per: 'item', points: 1 }] }
	];
	const rubric = rubricOf(tree, {
		majorDeductions: [{ id: 'major', name: '引发重大负面舆情', points: 5, per: 'event' }]
	});

	it('takes more than any one indicator holds, and floors the total at 0', () => {
		const result = score(
			rubric,
			facts([
				entry(1, 1, 'deduction', 'x', 3),
				entry(2, 1, 'major-deduction', 'major', 3),
				entry(3, 2, 'major-deduction', 'major', 5)
			])
		);
		// 市司法局: (10 − 3) + 10 = 17, then 3 × 5 = 15 → 2: more than either indicator's 10.
		const a = unit(result, 1);
		expect(a.base).toBe(17);
		expect(a.total).toBe(17 - 15);
		expect(lines(a, 'major')).toEqual([[-15, '引发重大负面舆情：检查发现（2020-06-01），3 次 × 5 分，扣 15 分']]);
		// 正定县: 20 − 25 = −5 → 0.
		const b = unit(result, 2);
		expect(b.total).toBe(0);
		expect(lines(b, 'floor')).toEqual([[5, '扣分超过得分，总分按 0 分计']]);
		expect(sumsHold(a) && sumsHold(b)).toBe(true);
	});
});
