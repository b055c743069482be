// The shipped 石家庄 rubric on the example facts during the year, inapplicable indicators spread in
// proportion, and properties that hold for any generated facts: every point is a line, the result is
// deterministic, and nothing after asOf counts.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	computeScores,
	parseScenario,
	SHIPPED_RUBRICS,
	type Rubric,
	type ScoringFacts
} from '../../../src/lib/server/scoring';
import { generateFacts, SHIJIAZHUANG_ENTRIES } from '../../../src/lib/server/scoring/generate';
import { entry, factsOf, lines, rubricOf, score, sumsHold, unit } from './helpers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const example = parseScenario(
	JSON.parse(readFileSync(join(root, 'docs/examples/shijiazhuang-2020-final.json'), 'utf8'))
);

describe('石家庄 rubric during the year', () => {
	it('leaves year-end indicators out of an interim score and spreads their points', () => {
		// 市司法局 on 2020-10-31. 过程考评: 按月报送 10 (Sep, Oct reported), 按期完成 15, 办理质量 5,
		// 政策解读 3 × 2 = 6 (the November entry is later) → 36.
		// 结果考评: 年度任务完成 (year end), 网站检查 (no result yet) and 组织保障 (not yet assessed) do not
		// apply: their 10 + 15 + 5 = 30 go to 要点任务完成质量, now 60 (× 2). Inside it, parts 一、二、四 do not
		// apply: 三 and 五 are 15 each (× 2.5). 三(三) 50% × 0.5 → 6 × 0.25 × 2.5 × 2 = 7.5;
		// 五(一) 良 → 6 × 0.85 × 2.5 × 2 = 25.5 → 33. Total 36 + 33 = 69.
		const u = unit(computeScores(example.rubric, example.facts, '2020-10-31'), 1);
		expect(u.tree.map((n) => [n.id, n.score, n.max])).toEqual([
			['process', 36, 40],
			['result', 33, 60]
		]);
		expect(u.total).toBe(69);
		expect(u.tree[1].children!.map((n) => [n.id, n.max, n.notApplicable])).toEqual([
			['result.quality', 60, false],
			['result.unfinished', 0, true],
			['result.website', 0, true],
			['result.support', 0, true]
		]);
		expect(lines(u, 'result.unfinished')).toEqual([
			[0, '本项不适用：年度考核时计分，其 10 分平均分配到同级其他 1 项指标']
		]);
		expect(sumsHold(u)).toBe(true);
	});
});

describe('inapplicable indicators', () => {
	it("spreads an entry-marked indicator's points in proportion when the table says so", () => {
		// a 20, b 30, c 50; b does not apply to 市司法局: a and c grow by 100/70.
		// a 50% → 10 × 100/70 = 14.2857…; c 100% → 50 × 100/70 = 71.4285… → 85.71 in all.
		const indicators = ['a', 'b', 'c'].map((id, i) => ({
			id,
			name: id,
			max: [20, 30, 50][i],
			rules: [{ kind: 'percent' as const }]
		}));
		const facts = factsOf(
			[],
			[
				entry(1, 1, 'percent', 'a', 50),
				{ ...entry(2, 1, 'not-applicable', 'b', undefined), reason: '本单位无行政许可事项' },
				entry(3, 1, 'percent', 'c', 100)
			]
		);
		const u = unit(score(rubricOf(indicators, { spread: 'proportional' }), facts), 1);
		expect(u.total).toBe(85.71);
		expect(u.tree.map((n) => n.max)).toEqual([28.57, 0, 71.43]);
		expect(lines(u, 'b')).toEqual([[0, '本项不适用：本单位无行政许可事项，其 30 分按分值比例分配到同级其他 2 项指标']]);
		expect(u.lines.find((l) => l.indicator === 'b')!.source).toEqual({ kind: 'entry', id: 2 });
		expect(sumsHold(u)).toBe(true);
	});

	it("drops indicators the unit's class does not take", () => {
		const r = rubricOf([
			{ id: 'a', name: '基层政务公开', max: 40, rules: [{ kind: 'percent' }] },
			{ id: 'b', name: '信息公开', max: 60, rules: [{ kind: 'percent' }] }
		]);
		r.classes[0].notApplicable = ['a'];
		// b 90% → 54, grown to 100 → 90.
		expect(unit(score(r, factsOf([], [entry(1, 1, 'percent', 'b', 90)])), 1).total).toBe(90);
	});
});

/** The facts as they were known at the end of asOf: everything later removed. */
function truncate(facts: ScoringFacts, asOf: string): ScoringFacts {
	const end = Date.parse(`${asOf}T24:00:00+08:00`);
	const before = (ts: string | number) => (typeof ts === 'number' ? ts : Date.parse(ts)) < end;
	return {
		...facts,
		assignments: facts.assignments.map((a) => ({
			...a,
			deadlines: a.deadlines?.map((d) => ({ ...d, changes: d.changes?.filter((c) => before(c.at)) })),
			reports: a.reports?.filter((r) => before(r.sentAt)),
			submissions: a.submissions?.filter((s) => before(s.at)),
			reviews: a.reviews?.filter((r) => before(r.at))
		})),
		entries: facts.entries?.filter((e) => e.on <= asOf)
	};
}

describe('any facts', () => {
	const small = { units: 12, tasks: 18, unitsPerTask: 5, reportsPerAssignment: 6, entriesPerUnit: 4 };
	const cases = [
		{ rubric: SHIPPED_RUBRICS.default, facts: (seed: number) => generateFacts(small, seed) },
		{
			rubric: SHIPPED_RUBRICS['shijiazhuang-2020'],
			facts: (seed: number) => generateFacts(small, seed, SHIJIAZHUANG_ENTRIES)
		}
	];
	const asOfs = ['2020-03-31', '2020-06-30', '2020-09-15', '2020-12-31', '2021-01-31'];

	/** Runs `check` on 30 generated cases: a seed, an asOf during or after the year, one of the rubrics. */
	const forAnyFacts = (check: (rubric: Rubric, facts: ScoringFacts, asOf: string) => void) =>
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000 }),
				fc.constantFrom(...asOfs),
				fc.constantFrom(0, 1),
				(seed, asOf, k) => check(cases[k].rubric, cases[k].facts(seed), asOf)
			),
			{ numRuns: 30 }
		);

	it('adds every line up to its node and total, and gives the same result twice', () => {
		forAnyFacts((rubric, facts, asOf) => {
			const a = computeScores(rubric, facts, asOf);
			expect(a.units.every(sumsHold)).toBe(true);
			expect(computeScores(rubric, facts, asOf)).toEqual(a);
		});
	});

	it('ignores everything after asOf: the same result as from the facts cut at asOf', () => {
		forAnyFacts((rubric, facts, asOf) => {
			expect(computeScores(rubric, truncate(facts, asOf), asOf)).toEqual(computeScores(rubric, facts, asOf));
		});
	});
});
