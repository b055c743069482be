// External scores with blended channels, 加分 caps and thresholds, 一票否决.
import { describe, expect, it } from 'vitest';
import type { Indicator, ScoreTable } from '../../../src/lib/server/scoring';
import { entry, factsOf, lines, rubricOf, score, sumsHold, unit } from './helpers';

const percentLeaf: Indicator = { id: 'work', name: '工作落实', max: 90, rules: [{ kind: 'percent' }] };
const website: Indicator = {
	id: 'web',
	name: '网站检查',
	max: 10,
	rules: [
		{
			kind: 'external',
			source: '网站检查',
			scale: 100,
			channels: [
				{ id: 'online', name: '网上检查', weight: 0.8 },
				{ id: 'onsite', name: '现场检查', weight: 0.2 }
			]
		}
	]
};

describe('external scores (网站监测, 第三方评估, 现场检查)', () => {
	it('blends channels by weight: 网上 80% + 现场 20%', () => {
		const e = (id: number, channel: string, value: number) => ({
			...entry(id, 1, 'score', 'web', value),
			channel,
			reason: '年度检查'
		});
		const u = unit(
			score(
				rubricOf([percentLeaf, website]),
				factsOf([], [entry(1, 1, 'percent', 'work', 100), e(2, 'online', 85), e(3, 'onsite', 60)])
			),
			1
		);
		// 10 × (0.8 × 85 + 0.2 × 60) / 100 = 10 × 0.8 = 8 (6.8 + 1.2).
		expect(lines(u, 'web')).toEqual([
			[6.8, '网站检查（网上检查） 85 分（满分 100）：年度检查（2020-06-01），占 80%，计 6.8 分'],
			[1.2, '网站检查（现场检查） 60 分（满分 100）：年度检查（2020-06-01），占 20%，计 1.2 分']
		]);
		expect(u.total).toBe(90 + 8);
	});

	it('gives a missing channel’s weight to the others', () => {
		const u = unit(
			score(rubricOf([percentLeaf, website]), factsOf([], [{ ...entry(2, 1, 'score', 'web', 85), channel: 'online' }])),
			1
		);
		// Only 网上 so far: 10 × 85 / 100 = 8.5.
		expect(u.tree[1].score).toBe(8.5);
		expect(lines(u, 'web')[1]).toEqual([0, '网站检查（现场检查）尚无结果，权重由其他渠道按比例分担']);
	});

	it('averages monthly checks (月度抽检) when combine is mean, and can wait for the first one', () => {
		const monthly: Indicator = {
			id: 'monitor',
			name: '月度抽检',
			max: 10,
			rules: [{ kind: 'external', source: '网站监测', scale: 100, combine: 'mean', whenMissing: 'not-applicable' }]
		};
		const facts = factsOf(
			[],
			[
				entry(1, 1, 'percent', 'work', 100),
				entry(2, 1, 'score', 'monitor', 90, '2020-03-31'),
				entry(3, 1, 'score', 'monitor', 70, '2020-04-30'),
				entry(4, 2, 'percent', 'work', 100)
			]
		);
		const result = score(rubricOf([percentLeaf, monthly]), facts);
		// 市司法局: 10 × (90 + 70) / 2 / 100 = 8.
		expect(unit(result, 1).tree[1].score).toBe(8);
		// 正定县 not yet checked: 月度抽检 does not apply; its 10 points go to 工作落实 (90 → 100): 100.
		expect(unit(result, 2).total).toBe(100);
	});
});

describe('加分', () => {
	const bonus: ScoreTable['bonus'] = {
		cap: 5,
		minBase: { points: 80 },
		items: [
			{ id: 'adopted', name: '经验做法被上级采用', points: 2, per: 'event' },
			{ id: 'commended', name: '受到表彰', points: 3, per: 'event', max: 3 }
		]
	};
	const rubric = rubricOf([{ id: 'work', name: '工作落实', max: 100, rules: [{ kind: 'percent' }] }], { bonus });

	it('counts per event, per item at most its max, in total at most the cap', () => {
		const u = unit(
			score(
				rubric,
				factsOf(
					[],
					[
						entry(1, 1, 'percent', 'work', 85),
						{ ...entry(2, 1, 'bonus', 'commended', undefined, '2020-03-01'), reason: '省级表彰' },
						{ ...entry(3, 1, 'bonus', 'commended', undefined, '2020-04-01'), reason: '市级表彰' },
						{ ...entry(4, 1, 'bonus', 'adopted', undefined, '2020-05-01'), reason: '经验被省办采用' },
						{ ...entry(5, 1, 'bonus', 'adopted', undefined, '2020-06-01'), reason: '经验被国办采用' }
					]
				)
			),
			1
		);
		// 85 + 3 (表彰) + 0 (表彰 max 3 reached) + 2 + 0 (cap 5 reached) = 90.
		expect(lines(u).slice(1)).toEqual([
			[3, '受到表彰：省级表彰（2020-03-01），加 3 分'],
			[0, '受到表彰：市级表彰（2020-04-01），加 3 分；本项最多加 3 分，不再计分'],
			[2, '经验做法被上级采用：经验被省办采用（2020-05-01），加 2 分'],
			[0, '经验做法被上级采用：经验被国办采用（2020-06-01），加 2 分；加分已达上限 5 分，本项不再计分']
		]);
		expect(u.total).toBe(90);
	});

	it('earns nothing below the threshold base score', () => {
		const u = unit(
			score(rubric, factsOf([], [entry(1, 1, 'percent', 'work', 78.5), entry(2, 1, 'bonus', 'adopted', undefined)])),
			1
		);
		// 100 × 78.5% = 78.5 < 80: the 2 points do not count.
		expect(u.total).toBe(78.5);
		expect(lines(u, 'adopted')).toEqual([
			[0, '经验做法被上级采用：检查发现（2020-06-01），加 2 分；基础分 78.5 分未达到 80 分，不计加分']
		]);
	});
});

describe('一票否决', () => {
	const vetoes: ScoreTable['vetoes'] = [
		{ id: 'leak', name: '发生失泄密事件', effect: 'fail' },
		{ id: 'fraud', name: '弄虚作假', effect: 'score', score: 59 }
	];
	const rubric = rubricOf([{ id: 'work', name: '工作落实', max: 100, rules: [{ kind: 'percent' }] }], { vetoes });
	const result = score(
		rubric,
		factsOf(
			[],
			[
				entry(1, 1, 'percent', 'work', 95),
				{ ...entry(2, 1, 'veto', 'leak', undefined, '2020-07-01'), reason: '公开文件含涉密信息' },
				entry(3, 2, 'percent', 'work', 92),
				{ ...entry(4, 2, 'veto', 'fraud', undefined, '2020-08-01'), reason: '伪造佐证截图' }
			]
		)
	);

	it('makes the unit 不合格 whatever its score, ranked after every unit not vetoed', () => {
		const u = unit(result, 1);
		expect(u).toMatchObject({
			total: 95,
			band: '不合格',
			rank: 2,
			veto: { effect: 'fail', items: [{ id: 'leak', entryId: 2 }] }
		});
		expect(lines(u, 'leak')).toEqual([
			[0, '一票否决：发生失泄密事件（公开文件含涉密信息，2020-07-01），等次定为「不合格」']
		]);
	});

	it('sets a fixed score', () => {
		// 92 → 59 (a −33 line), band 不合格 (< 60), rank 1 (59 is not vetoed to 不合格, the other is).
		const u = unit(result, 2);
		expect(u).toMatchObject({ total: 59, band: '不合格', rank: 1, veto: { effect: 'score', score: 59 } });
		expect(lines(u, 'fraud')).toEqual([[-33, '一票否决：弄虚作假（伪造佐证截图，2020-08-01），总分按 59 分计']]);
		expect(sumsHold(u)).toBe(true);
	});
});
