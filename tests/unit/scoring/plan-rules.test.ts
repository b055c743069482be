// Plan-driven rules from the submission, review, report and deadline history, with the arithmetic.
// Tasks (helpers.ts): 一(一) due 2020-09-30; 一(二) due 2020-12-31 (no milestone); 二(一) due 2020-06-30 and 2020-11-30.
import { describe, expect, it } from 'vitest';
import type { FactAssignment, Indicator, Rule } from '../../../src/lib/server/scoring';
import { at, done, factsOf, lines, rubricOf, score, sumsHold, unit } from './helpers';

const leaf = (rule: Rule, max = 15): Indicator[] => [{ id: 'x', name: '按期完成', max, rules: [rule] }];
const a = (id: number, taskId: number, more: Partial<FactAssignment> = {}, unitId = 1): FactAssignment => ({
	id,
	taskId,
	unitId,
	role: 'responsible',
	...more
});

describe('overdue (逾期)', () => {
	const history = [
		a(1, 1, done(1, '2020-10-12')), // 12 days after 2020-09-30
		a(2, 2, done(2, '2020-12-20')), // on time
		a(3, 3) // never submitted: 46 days past 2020-11-30 on 2021-01-15
	];

	it('deducts per overdue item', () => {
		const u = unit(score(rubricOf(leaf({ kind: 'plan-overdue', points: 2 })), factsOf(history)), 1);
		// 15 − 2 (一(一)) − 2 (二(一)) = 11.
		expect(lines(u)).toEqual([
			[15, '本项满分 15 分'],
			[-2, '一(一) 逾期 12 天提交，扣 2 分'],
			[-2, '二(一) 已逾期 46 天未提交，扣 2 分']
		]);
		expect(u.total).toBe(11);
		expect(u.lines[1].source).toEqual({ kind: 'submission', id: 1 });
		expect(u.lines[2].source).toEqual({ kind: 'assignment', id: 3 });
	});

	it('adds per day late, up to a maximum per item', () => {
		const rule: Rule = { kind: 'plan-overdue', points: 1, perDay: 0.1, maxPerItem: 3 };
		const u = unit(score(rubricOf(leaf(rule)), factsOf(history)), 1);
		// 一(一): 1 + 12 × 0.1 = 2.2; 二(一): 1 + 46 × 0.1 = 5.6 → 3. 15 − 2.2 − 3 = 9.8.
		expect(lines(u).slice(1)).toEqual([
			[-2.2, '一(一) 逾期 12 天提交，扣 1 分 + 12 天 × 0.1 分 = 2.2 分'],
			[-3, '二(一) 已逾期 46 天未提交，扣 1 分 + 46 天 × 0.1 分，单项最多扣 3 分']
		]);
		expect(u.total).toBe(9.8);
	});

	it('counts an interim milestone as met by the first report after the previous one', () => {
		// 二(一): first report sent 2020-07-10, 10 days after 2020-06-30 → 1 + 10 × 0.1 = 2; submitted 2020-11-28, on time.
		const history3 = [
			a(3, 3, {
				reports: [{ id: 7, coversOn: '2020-07-01', sentAt: at('2020-07-10'), percent: 50 }],
				...done(3, '2020-11-28')
			})
		];
		const rule: Rule = { kind: 'plan-overdue', points: 1, perDay: 0.1, milestones: 'each' };
		const u = unit(score(rubricOf(leaf(rule)), factsOf(history3)), 1);
		expect(lines(u).slice(1)).toEqual([
			[-2, '二(一) 时间节点 2020-06-30 逾期 10 天报送进展，扣 1 分 + 10 天 × 0.1 分 = 2 分']
		]);
		expect(u.lines[1].source).toEqual({ kind: 'report', id: 7 });
	});

	it('follows milestones edited for every unit: one removed, one added', () => {
		// 二(一): 2020-06-30 removed on 2020-06-15; 2020-07-05 added on 2020-06-20. The first report, sent
		// 2020-07-10, meets 2020-07-05 five days late: 1 + 5 × 0.1 = 1.5; nothing for 2020-06-30.
		const edited = a(3, 3, {
			deadlines: [
				{
					milestoneId: 31,
					dueOn: '2020-06-30',
					changes: [{ id: 1, at: at('2020-06-15'), kind: 'milestone', from: '2020-06-30', to: null }]
				},
				{
					milestoneId: 33,
					dueOn: null,
					changes: [{ id: 2, at: at('2020-06-20'), kind: 'milestone', from: null, to: '2020-07-05' }]
				},
				{ milestoneId: 32, dueOn: '2020-11-30' }
			],
			reports: [{ id: 7, coversOn: '2020-07-01', sentAt: at('2020-07-10'), percent: 50 }],
			...done(3, '2020-11-28')
		});
		const rule: Rule = { kind: 'plan-overdue', points: 1, perDay: 0.1, milestones: 'each' };
		const u = unit(score(rubricOf(leaf(rule)), factsOf([edited])), 1);
		expect(lines(u).slice(1)).toEqual([
			[-1.5, '二(一) 时间节点 2020-07-05 逾期 5 天报送进展，扣 1 分 + 5 天 × 0.1 分 = 1.5 分']
		]);
	});

	it('moves the deadline when an extension is approved before the submission, and only then', () => {
		const extended = (approvedOn: string) =>
			a(1, 1, {
				deadlines: [
					{
						milestoneId: 11,
						dueOn: '2020-09-30',
						changes: [
							{
								id: 100,
								at: at(approvedOn),
								kind: 'extension',
								from: '2020-09-30',
								to: '2020-10-31',
								reason: '等待上级文件'
							}
						]
					}
				],
				...done(1, '2020-10-12')
			});
		const rubric = rubricOf(leaf({ kind: 'plan-overdue', points: 2 }));
		// Approved 2020-09-25: due 2020-10-31, submitted 2020-10-12: on time, a zero line names the extension.
		const before = unit(score(rubric, factsOf([extended('2020-09-25')])), 1);
		expect(before.total).toBe(15);
		expect(before.lines[1]).toMatchObject({
			points: 0,
			source: { kind: 'deadline-change', id: 100 },
			text: '一(一) 期限经批准延期至 2020-10-31，2020-10-12 按期提交，不扣分'
		});
		// Approved 2020-10-20, after the submission: the deadline in force then was 2020-09-30 → 12 days late.
		const after = unit(score(rubric, factsOf([extended('2020-10-20')])), 1);
		expect(lines(after).slice(1)).toEqual([[-2, '一(一) 逾期 12 天提交，扣 2 分']]);
	});

	it('uses the deadline the system stamped on the submission', () => {
		const stamped = a(1, 1, { submissions: [{ id: 1, at: at('2020-10-12'), percent: 100, dueOn: '2020-10-15' }] });
		const u = unit(score(rubricOf(leaf({ kind: 'plan-overdue', points: 2 })), factsOf([stamped])), 1);
		expect(u.total).toBe(15);
	});
});

describe('returned (退回)', () => {
	it('deducts per return: returned twice costs 2', () => {
		const history = [
			a(1, 1, {
				submissions: [
					{ id: 1, at: at('2020-09-20'), percent: 100 },
					{ id: 2, at: at('2020-09-25'), percent: 100 },
					{ id: 3, at: at('2020-09-29'), percent: 100 }
				],
				reviews: [
					{ id: 1, at: at('2020-09-22'), submissionId: 1, decision: 'return', reason: '缺少佐证材料' },
					{ id: 2, at: at('2020-09-27'), submissionId: 2, decision: 'return', reason: '未在门户网站公开' },
					{ id: 3, at: at('2020-09-30'), submissionId: 3, decision: 'accept', grade: 'good' }
				]
			})
		];
		const u = unit(score(rubricOf(leaf({ kind: 'plan-returned', points: 1 }, 5)), factsOf(history)), 1);
		// 5 − 2 × 1 = 3.
		expect(lines(u)).toEqual([
			[5, '本项满分 5 分'],
			[-2, '一(一) 被退回 2 次，扣 2 分']
		]);
		expect(u.lines[1].related).toEqual([
			{ kind: 'review', id: 1 },
			{ kind: 'review', id: 2 }
		]);
		// Before the second return only one counts: 5 − 1 = 4.
		expect(
			unit(score(rubricOf(leaf({ kind: 'plan-returned', points: 1 }, 5)), factsOf(history), '2020-09-26'), 1).total
		).toBe(4);
	});
});

describe('unfinished (未完成)', () => {
	const history = [
		a(1, 1, done(1, '2020-09-28')),
		a(2, 2, done(2, '2021-01-05')), // finished after the year
		a(3, 3) // never
	];
	const rule = (when: 'year-end' | 'as-of'): Indicator[] => leaf({ kind: 'plan-unfinished', points: 5, at: when }, 10);

	it('deducts per task unfinished at year end, and nothing before the year ends', () => {
		const final = unit(score(rubricOf(rule('year-end')), factsOf(history), '2021-01-15'), 1);
		// 10 − 5 − 5 = 0.
		expect(lines(final)).toEqual([
			[10, '本项满分 10 分'],
			[-5, '一(二) 年底前未完成（2021-01-05 才提交办结），扣 5 分'],
			[-5, '二(一) 年底前未完成，扣 5 分']
		]);
		expect(unit(score(rubricOf(rule('year-end')), factsOf(history), '2020-10-31'), 1).total).toBe(10);
	});

	it('counts a submission waiting for review as finished', () => {
		const pending = [a(2, 2, { submissions: [{ id: 2, at: at('2020-12-30'), percent: 100 }] })];
		expect(unit(score(rubricOf(rule('year-end')), factsOf(pending), '2021-01-15'), 1).total).toBe(10);
	});

	it('at asOf, deducts only what is past its deadline and not done', () => {
		// 2020-10-31: 二(一) is due 2020-11-30, 一(二) 2020-12-31: nothing yet. 2020-12-15: 二(一) is 15 days overdue.
		expect(unit(score(rubricOf(rule('as-of')), factsOf(history), '2020-10-31'), 1).total).toBe(10);
		const u = unit(score(rubricOf(rule('as-of')), factsOf(history), '2020-12-15'), 1);
		expect(lines(u).slice(1)).toEqual([[-5, '二(一) 已于 2020-11-30 到期，至 2020-12-15 仍未完成，扣 5 分']]);
	});
});

describe('monthly reports (按月报送)', () => {
	const report = (id: number, date: string) => ({ id, coversOn: date, sentAt: at(date), percent: 50 });
	// From 2020-09: 一(一) reports in Sep, is submitted in Oct (done: owes nothing after);
	// 一(二) reports in Sep and Nov; 二(一) reports in Sep, Nov, Dec.
	const history = [
		a(1, 1, { reports: [report(1, '2020-09-10')], ...done(1, '2020-10-03') }),
		a(2, 2, { reports: [report(2, '2020-09-11'), report(3, '2020-11-11')] }),
		a(3, 3, { reports: [report(4, '2020-09-12'), report(5, '2020-11-12'), report(6, '2020-12-12')] })
	];
	const rule = (per: 'month' | 'assignment-month'): Indicator[] =>
		leaf({ kind: 'plan-reports', points: 1, per, fromMonth: '2020-09' }, 10);

	it('per month: a month any task missed costs once', () => {
		// Oct (一(二), 二(一)) and Dec (一(二)): 10 − 2 = 8.
		const u = unit(score(rubricOf(rule('month')), factsOf(history), '2020-12-31'), 1);
		expect(lines(u).slice(1)).toEqual([
			[-1, '2020年10月有 2 项任务未报送进展（一(二)、二(一)），扣 1 分'],
			[-1, '2020年12月有 1 项任务未报送进展（一(二)），扣 1 分']
		]);
		expect(u.total).toBe(8);
	});

	it('per task and month: each missing report costs', () => {
		// 一(二) Oct, 二(一) Oct, 一(二) Dec: 10 − 3 = 7.
		expect(unit(score(rubricOf(rule('assignment-month')), factsOf(history), '2020-12-31'), 1).total).toBe(7);
	});

	it('assesses a month only once it has ended', () => {
		// 2020-12-30: December is still open → only October: 10 − 1 (month) and 10 − 2 (task-months).
		expect(unit(score(rubricOf(rule('month')), factsOf(history), '2020-12-30'), 1).total).toBe(9);
		expect(unit(score(rubricOf(rule('assignment-month')), factsOf(history), '2020-12-30'), 1).total).toBe(8);
	});
});

describe('reading sent reports', () => {
	// The engine keeps a unit's reports in one set of columns: each assignment's rows must stay its own
	// whatever order they come in, and the database's column form must score as the objects do.
	const report = (id: number, date: string, percent = 50) => ({ id, coversOn: date, sentAt: at(date), percent });
	const reports = [
		[report(1, '2020-09-10'), report(2, '2020-11-10', 80)],
		[report(3, '2020-07-10'), report(4, '2020-10-10'), report(5, '2020-12-10', 90)]
	];
	const interim: Rule = { kind: 'plan-overdue', points: 1, perDay: 0.1, milestones: 'each' };
	const rubric = rubricOf([
		...leaf({ kind: 'plan-reports', points: 1, per: 'assignment-month', fromMonth: '2020-07' }, 10),
		{ id: 'y', name: '按期完成', max: 15, rules: [interim] }
	]);
	const facts = (list: typeof reports) =>
		factsOf([a(1, 2, { reports: list[0] }), a(2, 3, { reports: list[1], ...done(9, '2020-11-28') })]);
	const expected = score(rubric, facts(reports), '2020-12-31');

	it("takes each assignment's reports in time order, not in the order given", () => {
		const shuffled = score(
			rubric,
			facts([[...reports[0]].reverse(), [reports[1][2], reports[1][0], reports[1][1]]]),
			'2020-12-31'
		);
		expect(shuffled.units).toEqual(expected.units);
		// 一(二) reports in Sep and Nov: misses Jul, Aug, Oct, Dec. 二(一) reports in Jul and Oct and submits in
		// Nov (owing nothing after): misses Aug, Sep. Month by month, in plan order.
		const u = unit(expected, 1);
		expect(
			lines(u, 'x')
				.filter(([p]) => p < 0)
				.map(([, t]) => t)
		).toEqual([
			'一(二) 2020年7月未报送进展，扣 1 分',
			'一(二) 2020年8月未报送进展，扣 1 分',
			'二(一) 2020年8月未报送进展，扣 1 分',
			'二(一) 2020年9月未报送进展，扣 1 分',
			'一(二) 2020年10月未报送进展，扣 1 分',
			'一(二) 2020年12月未报送进展，扣 1 分'
		]);
		// 二(一)'s 2020-06-30 节点 is met by its own first report (id 3, ten days late), not by another row.
		expect(u.lines.find((l) => l.indicator === 'y' && l.points < 0)?.source).toEqual({ kind: 'report', id: 3 });
	});

	it("explains a unit's tasks in plan order, whatever order its assignments come in", () => {
		const late = (id: number, taskId: number) =>
			a(id, taskId, { submissions: [{ id, at: at('2021-01-05'), percent: 100 }] });
		const overdue = rubricOf(leaf({ kind: 'plan-overdue', points: 1 }, 10));
		const codes = (list: FactAssignment[]) =>
			unit(score(overdue, factsOf(list)), 1)
				.lines.filter((l) => l.points < 0)
				.map((l) => l.text.split(' ')[0]);
		expect(codes([late(3, 3), late(1, 1), late(2, 2)])).toEqual(['一(一)', '一(二)', '二(一)']);
		expect(codes([late(1, 1), late(2, 2), late(3, 3)])).toEqual(['一(一)', '一(二)', '二(一)']);
	});

	it('scores reports given as columns (the database form) as it scores report objects', () => {
		const columns = (list: ReturnType<typeof report>[]) => ({
			id: list.map((r) => r.id),
			sentAt: list.map((r) => Date.parse(r.sentAt)),
			coversDay: list.map((r) => Date.parse(`${r.coversOn}T00:00:00Z`) / 86_400_000),
			percent: list.map((r) => r.percent)
		});
		const f = factsOf([
			a(1, 2, { reportColumns: columns([...reports[0]].reverse()) }),
			a(2, 3, { reportColumns: columns(reports[1]), ...done(9, '2020-11-28') })
		]);
		expect(score(rubric, f, '2020-12-31').units).toEqual(expected.units);
	});
});

describe('scope and inapplicable indicators', () => {
	const weighted = (id: string, section: string): Indicator => ({
		id,
		name: `第${section}部分`,
		max: 10,
		rules: [
			{
				kind: 'plan-weighted',
				scope: { sections: [section] },
				result: { grades: { excellent: 1, good: 0.85, fair: 0.7, poor: 0.4 } }
			}
		]
	});

	it("spreads an indicator's points over its siblings when the unit has no task in its scope", () => {
		// 正定县 has only 一(一) (良 0.85): 第二部分 does not apply, its 10 points go to 第一部分 (now 20).
		// 第一部分: 10 × 0.85 = 8.5, scaled × 20/10 = 17.
		const u = unit(
			score(
				rubricOf([weighted('s1', '一'), weighted('s2', '二')]),
				factsOf([a(1, 1, done(1, '2020-09-20', 'good'), 2)])
			),
			2
		);
		expect(u.total).toBe(17);
		expect(u.tree.map((n) => [n.id, n.score, n.max, n.notApplicable])).toEqual([
			['s1', 17, 20, false],
			['s2', 0, 0, true]
		]);
		expect(lines(u)).toEqual([
			[17, '一(一) 评为良（0.85），权重 1/1，得 8.5 分（折算 17 分）'],
			[0, '本项不适用：本单位在本项范围内没有任务，其 10 分平均分配到同级其他 1 项指标']
		]);
	});

	it('looks only at the roles in scope', () => {
		const rule: Rule = { kind: 'plan-returned', points: 1, scope: { roles: ['lead'] } };
		const returned = (id: number, taskId: number, role: 'lead' | 'responsible') =>
			a(id, taskId, {
				role,
				submissions: [{ id, at: at('2020-09-01'), percent: 100 }],
				reviews: [{ id, at: at('2020-09-02'), submissionId: id, decision: 'return', reason: '不全' }]
			});
		// Two returns, only the lead assignment's counts: 5 − 1 = 4.
		const u = unit(score(rubricOf(leaf(rule, 5)), factsOf([returned(1, 1, 'lead'), returned(2, 2, 'responsible')])), 1);
		expect(u.total).toBe(4);
		expect(sumsHold(u)).toBe(true);
	});

	it('looks only at the tasks in scope', () => {
		// 一(一) late 12 days, 二(一) never submitted; only 二(一) is in scope: 15 − 2 = 13.
		const rule: Rule = { kind: 'plan-overdue', points: 2, scope: { tasks: ['二(一)'] } };
		const u = unit(score(rubricOf(leaf(rule)), factsOf([a(1, 1, done(1, '2020-10-12')), a(3, 3)])), 1);
		expect(lines(u).slice(1)).toEqual([[-2, '二(一) 已逾期 46 天未提交，扣 2 分']]);
	});

	it('refuses a scope naming a section the plan does not have', () => {
		expect(() => score(rubricOf([weighted('s7', '七')]), factsOf([]))).toThrow(
			'指标「第七部分」的范围：工作要点没有第七部分'
		);
	});
});
