// Small builders for scoring tests: a one-table rubric around the indicators under test, facts with
// readable timestamps, and lookups into the result.
import { computeScores } from '../../../src/lib/server/scoring';
import type {
	Band,
	FactAssignment,
	FactEntry,
	FactTask,
	FactUnit,
	Indicator,
	Rubric,
	ScoreResult,
	ScoreTable,
	ScoringFacts,
	UnitScore
} from '../../../src/lib/server/scoring';

/** 10:00 Shanghai time on a date, or the given HH:MM. */
export const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

export const BANDS: Band[] = [
	{ name: '优秀', from: 90 },
	{ name: '良好', from: 80, below: 90 },
	{ name: '合格', from: 60, below: 80 },
	{ name: '不合格', below: 60 }
];

/** A rubric with one class (every kind) scored on one table holding `indicators`. */
export function rubricOf(
	indicators: Indicator[],
	table: Partial<ScoreTable> = {},
	outcome: Partial<Rubric['outcome']> = {}
): Rubric {
	return {
		format: 'yaodian-rubric',
		version: 1,
		name: '测试评分细则',
		classes: [{ id: 'all', name: '全部单位', table: 't', kinds: ['department', 'county', 'zone', 'office', 'other'] }],
		tables: [{ id: 't', name: '评分表', indicators, ...table }],
		outcome: { bands: BANDS, ...outcome }
	};
}

export const UNITS: FactUnit[] = [
	{ id: 1, name: '市司法局', kind: 'department' },
	{ id: 2, name: '正定县政府', kind: 'county' }
];

/** Sections 一 and 二; tasks 一(一) due 2020-09-30, 一(二) due 2020-12-31 (no milestone), 二(一) due 2020-06-30 and 2020-11-30. */
export const TASKS: FactTask[] = [
	{ id: 1, sectionId: 1, code: '一(一)', title: '加强权力配置信息公开', milestones: [{ id: 11, dueOn: '2020-09-30' }] },
	{ id: 2, sectionId: 1, code: '一(二)', title: '加强权力运行信息公开' },
	{
		id: 3,
		sectionId: 2,
		code: '二(一)',
		title: '提升市场监管规则和标准公开质量',
		milestones: [
			{ id: 31, dueOn: '2020-06-30' },
			{ id: 32, dueOn: '2020-11-30' }
		]
	}
];

export function factsOf(
	assignments: FactAssignment[],
	entries: FactEntry[] = [],
	over: Partial<ScoringFacts> = {}
): ScoringFacts {
	return {
		plan: { year: 2020, startsOn: '2020-01-01' },
		units: UNITS,
		sections: [
			{ id: 1, code: '一', title: '围绕提升政府治理能力加强公开' },
			{ id: 2, code: '二', title: '围绕优化营商环境加强公开' }
		],
		tasks: TASKS,
		assignments,
		entries,
		...over
	};
}

/** Submitted at `date` and accepted two days later with `grade`. */
export function done(id: number, date: string, grade: 'excellent' | 'good' | 'fair' | 'poor' = 'excellent') {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 2);
	return {
		submissions: [{ id, at: at(date), percent: 100 }],
		reviews: [{ id, at: at(d.toISOString().slice(0, 10)), submissionId: id, decision: 'accept' as const, grade }]
	};
}

export const entry = (
	id: number,
	unitId: number,
	kind: FactEntry['kind'],
	indicator: string,
	value: FactEntry['value'],
	on = '2020-06-01',
	reason = '检查发现'
): FactEntry =>
	value === undefined
		? { id, unitId, kind, indicator, reason, on }
		: { id, unitId, kind, indicator, value, reason, on };

export function score(rubric: Rubric, facts: ScoringFacts, asOf = '2021-01-15'): ScoreResult {
	return computeScores(rubric, facts, asOf);
}

export function unit(result: ScoreResult, unitId: number): UnitScore {
	const u = result.units.find((x) => x.unitId === unitId);
	if (!u) throw new Error(`unit ${unitId} not scored`);
	return u;
}

/** [points, text] of a unit's lines for one indicator (or all). */
export const lines = (u: UnitScore, indicator?: string) =>
	u.lines.filter((l) => !indicator || l.indicator === indicator).map((l) => [l.points, l.text] as const);

/** Every line adds up to the total, and every node to its lines: the invariant the breakdown promises. */
export function sumsHold(u: UnitScore): boolean {
	const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 100);
	if (sum(u.lines.map((l) => l.points)) !== Math.round(u.total * 100)) return false;
	const check = (nodes: NonNullable<UnitScore['tree']>): boolean =>
		nodes.every((n) => {
			const own = u.lines.filter((l) => descendantIds(n).has(l.indicator)).map((l) => l.points);
			return sum(own) === Math.round(n.score * 100) && (!n.children || check(n.children));
		});
	return check(u.tree);
}

function descendantIds(n: UnitScore['tree'][number]): Set<string> {
	const out = new Set<string>([n.id]);
	for (const c of n.children ?? []) for (const id of descendantIds(c)) out.add(id);
	return out;
}
