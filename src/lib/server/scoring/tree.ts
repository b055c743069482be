// The indicator tree for one unit. Pass 1 scores each leaf in its own points with 扣完为止 and decides
// what does not apply; pass 2 spreads inapplicable points over siblings, scales 'scale' parents,
// caps 'cap' parents and lets overflowing deductions go on in the parent — all as lines.
import { dayOf } from './days';
import type { NEntry } from './normalise';
import { fmt } from './problems';
import type { ScoreLine, ScoreSource } from './result-types';
import { entrySource, type RawLine, type RuleContext } from './rule-types';
import { isScoringRule, notApplicableReason, scoreRule } from './rules';
import type { Indicator, ScoreTable } from './rubric-types';
import type { AssignmentState, Clock } from './state';

const EPS = 1e-9;

/** A line with exact points (rounded later). */
export type XLine = ScoreLine;

/** A scored node with exact numbers (rounded later, all at once). */
export interface XNode {
	id: string;
	name: string;
	statedMax: number;
	max: number;
	score: number;
	na: boolean;
	combine: 'sum' | 'cap' | 'scale';
	children: XNode[];
	/**
	 * The leaf's rule lines, or a parent's cap and overflow lines (after the children's in the
	 * breakdown); once finished, `raw` holds the line's points in total terms.
	 */
	lines: RawLine[];
}

export interface UnitTreeInput {
	table: ScoreTable;
	clock: Clock;
	states: AssignmentState[];
	entriesByIndicator: Map<string, NEntry[]>;
	/** Indicators the unit's class does not take. */
	classNotApplicable: Set<string>;
}

interface Prepared {
	ind: Indicator;
	na: { text: string; source: ScoreSource | null } | null;
	children: Prepared[];
	/** Leaf lines after 扣完为止, in the leaf's own points. */
	lines: RawLine[];
	/** Deductions past 0 that go on in the parent (own points, negative). */
	excess: number;
}

export function scoreTree(input: UnitTreeInput): XNode {
	const top = input.table.indicators;
	const root: Indicator = {
		id: '',
		name: input.table.name,
		max: top.reduce((s, i) => s + i.max, 0),
		children: top
	};
	const prepared = prepare(root, input);
	return finish(prepared, 1, input.table.spread ?? 'even').node;
}

function prepare(ind: Indicator, input: UnitTreeInput): Prepared {
	const na = ownNotApplicable(ind, input);
	if (ind.children?.length) {
		const children = ind.children.map((c) => prepare(c, input));
		const allNa = children.every((c) => c.na);
		return {
			ind,
			na: na ?? (allNa ? { text: '下级指标均不适用', source: null } : null),
			children,
			lines: [],
			excess: 0
		};
	}
	if (na) return { ind, na, children: [], lines: [], excess: 0 };
	const rules = ind.rules ?? [];
	const ctx: RuleContext = {
		clock: input.clock,
		indicator: ind,
		states: input.states,
		entries: input.entriesByIndicator.get(ind.id) ?? []
	};
	const outcomes = rules.map((r) => ({ rule: r, out: scoreRule(r, ctx) }));
	const naRule = outcomes.find((o) => o.out.status === 'na');
	if (naRule && !outcomes.some((o) => o.out.status === 'ok'))
		return { ind, na: { text: notApplicableReason(naRule.rule), source: null }, children: [], lines: [], excess: 0 };
	// In order: the base (when no rule scores), scoring rules' lines, then deductions.
	const all: RawLine[] = rules.some(isScoringRule)
		? []
		: [{ rule: 'base', source: null, raw: ind.max, text: `本项满分 ${fmt(ind.max)} 分` }];
	for (const positive of [true, false])
		for (const o of outcomes) if (isScoringRule(o.rule) === positive) for (const l of o.out.lines) all.push(l);
	const { lines, excess } = clampLeaf(all, ind);
	return { ind, na: null, children: [], lines, excess };
}

function ownNotApplicable(ind: Indicator, input: UnitTreeInput): Prepared['na'] {
	if (input.classNotApplicable.has(ind.id)) return { text: '本类别不考核此项', source: null };
	const from = ind.availableFrom;
	if (from !== undefined) {
		const fromDay = from === 'year-end' ? input.clock.yearEndDay : dayOf(from);
		const text = from === 'year-end' ? '年度考核时计分' : `${from} 起计分`;
		if (input.clock.asOfDay < fromDay) return { text, source: null };
	}
	const entry = input.entriesByIndicator.get(ind.id)?.find((e) => e.kind === 'not-applicable');
	return entry ? { text: entry.reason, source: entrySource(entry) } : null;
}

/** 扣完为止 and 最高不超过本项分值, line by line in order (scores before deductions). */
function clampLeaf(lines: RawLine[], ind: Indicator): { lines: RawLine[]; excess: number } {
	let running = 0;
	let excess = 0;
	const max = ind.max;
	// The lines are this computation's own (fresh from the rules): adjusted in place, not copied.
	for (const l of lines) {
		const next = Math.min(max, Math.max(0, running + l.raw));
		const applied = next - running;
		running = next;
		if (Math.abs(applied - l.raw) < EPS) continue;
		let text: string;
		if (l.raw > 0)
			text =
				applied < EPS
					? `${l.text}；本项已达满分 ${fmt(max)} 分，不再计分`
					: `${l.text}；本项最高 ${fmt(max)} 分，计 ${fmt(applied)} 分`;
		else if (ind.overflow) {
			excess += l.raw - applied;
			text = `${l.text}；超出本项分值的 ${fmt(applied - l.raw)} 分在上级指标中扣除`;
		} else
			text = applied > -EPS ? `${l.text}；本项已扣完，不再扣分` : `${l.text}；本项已扣完，实扣 ${fmt(-applied)} 分`;
		l.raw = applied;
		l.text = text;
	}
	return { lines, excess };
}

interface Finished {
	node: XNode;
	/** Deductions this node could not take, in total points (negative), for its parent. */
	excess: number;
}

function finish(p: Prepared, factor: number, spread: 'even' | 'proportional'): Finished {
	const { ind } = p;
	const combine = ind.combine ?? 'sum';
	const mk = (rule: string, points: number, text: string): RawLine => ({ rule, source: null, raw: points, text });
	if (p.na) return { node: notApplicableNode(p, combine), excess: 0 };
	const max = ind.max * factor;
	if (!p.children.length) {
		// The leaf's lines are this computation's own: scaled in place rather than copied.
		const lines = p.lines;
		for (const l of lines) {
			const points = l.raw * factor;
			if (Math.abs(points - l.raw) > EPS && Math.abs(l.raw) > EPS) l.text += `（折算 ${fmt(points)} 分）`;
			l.raw = points;
		}
		const score = lines.reduce((s, l) => s + l.raw, 0);
		return {
			node: { id: ind.id, name: ind.name, statedMax: ind.max, max, score, na: false, combine, children: [], lines },
			excess: p.excess * factor
		};
	}
	const applicable = p.children.filter((c) => !c.na);
	const stated = p.children.reduce((s, c) => s + c.ind.max, 0);
	const statedApplicable = applicable.reduce((s, c) => s + c.ind.max, 0);
	const spreadTotal = stated - statedApplicable;
	const childFactor = (c: Prepared) => {
		if (combine === 'cap') return factor;
		const enlarged =
			spread === 'even' ? c.ind.max + spreadTotal / applicable.length : (c.ind.max * stated) / statedApplicable;
		return factor * (ind.max / stated) * (enlarged / c.ind.max);
	};
	const done = p.children.map((c) =>
		c.na
			? { node: notApplicableNode(c, combine, spread, applicable.length), excess: 0 }
			: finish(c, childFactor(c), spread)
	);
	const children = done.map((d) => d.node);
	let score = children.reduce((s, c) => s + c.score, 0);
	const lines: RawLine[] = [];
	if (combine === 'cap' && score > max + EPS) {
		lines.push(
			mk('cap', max - score, `下级指标合计 ${fmt(score)} 分，超过本项上限 ${fmt(max)} 分，按 ${fmt(max)} 分计`)
		);
		score = max;
	}
	let excess = 0;
	done.forEach((d) => {
		if (d.excess > -EPS) return;
		const applied = Math.max(d.excess, -score);
		score += applied;
		let text = `「${d.node.name}」扣分超出其分值 ${fmt(-d.excess)} 分，在「${ind.name}」中继续扣除`;
		if (applied - d.excess > EPS) {
			if (ind.overflow) excess += d.excess - applied;
			text += ind.overflow
				? `，本项扣完后其余在上级指标中扣除`
				: applied < -EPS
					? `，本项已扣完，实扣 ${fmt(-applied)} 分`
					: '，本项已扣完，不再扣分';
		}
		lines.push(mk('overflow', applied, text));
	});
	return {
		node: { id: ind.id, name: ind.name, statedMax: ind.max, max, score, na: false, combine, children, lines },
		excess
	};
}

/**
 * An inapplicable node: 0 of 0. Its line gives the reason and, where its parent applies, where its
 * points went; below it, children with a reason of their own keep it.
 */
function notApplicableNode(p: Prepared, parentCombine: string, spread?: string, siblings?: number): XNode {
	const ind = p.ind;
	const lines: RawLine[] = [];
	if (p.na) {
		let text = `本项不适用：${p.na.text}`;
		if (siblings !== undefined)
			text +=
				parentCombine === 'cap'
					? '，不计入上级指标'
					: `，其 ${fmt(ind.max)} 分${spread === 'even' ? '平均' : '按分值比例'}分配到同级其他 ${siblings} 项指标`;
		lines.push({ rule: 'not-applicable', source: p.na.source, raw: 0, text });
	}
	return {
		id: ind.id,
		name: ind.name,
		statedMax: ind.max,
		max: 0,
		score: 0,
		na: true,
		combine: ind.combine ?? 'sum',
		children: p.children.map((c) => notApplicableNode(c, ind.combine ?? 'sum')),
		lines
	};
}
