// After the tree: 加分 (capped, optionally only above a base score), 扣分 (capped), 重大扣分 (outside
// every cap), the floor at 0, and 一票否决. Each event is a line; a line past a cap stays, at 0.
import { dateOf } from './days';
import { countOf } from './entry-rules';
import type { NEntry } from './normalise';
import { fmt } from './problems';
import type { VetoState } from './result-types';
import type { AdjustItem, ScoreTable } from './rubric-types';
import type { XLine, XNode } from './tree';

const EPS = 1e-9;

export interface Adjusted {
	lines: XLine[];
	total: number;
	veto: VetoState | null;
}

/** Entries of the given kind for these items, in date order (then id), with their item. */
function itemEntries(items: AdjustItem[], entries: Map<string, NEntry[]>, kind: string) {
	return items
		.flatMap((item) => (entries.get(item.id) ?? []).filter((e) => e.kind === kind).map((e) => ({ item, e })))
		.sort((x, y) => x.e.day - y.e.day || x.e.id - y.e.id);
}

/** Points of each event after the item's own limit (once, max). */
function itemLines(list: { item: AdjustItem; e: NEntry }[], rule: string, sign: 1 | -1, verb: string): XLine[] {
	const used = new Map<string, number>();
	return list.map(({ item, e }) => {
		const before = used.get(item.id) ?? 0;
		let pts =
			item.per === 'event'
				? countOf(e) * item.points
				: item.per === 'once'
					? before > 0
						? 0
						: item.points
					: Math.min(Number(e.value), item.points);
		let text = `${item.name}：${e.reason}（${dateOf(e.day)}），${verb} ${fmt(pts)} 分`;
		if (item.per === 'event' && countOf(e) !== 1)
			text = `${item.name}：${e.reason}（${dateOf(e.day)}），${countOf(e)} 次 × ${fmt(item.points)} 分，${verb} ${fmt(pts)} 分`;
		if (item.per === 'once' && before > 0) text = `${item.name}：${e.reason}（${dateOf(e.day)}），本项只计一次，已计过`;
		if (item.max !== undefined && before + pts > item.max + EPS) {
			const left = Math.max(0, item.max - before);
			text +=
				left > EPS
					? `；本项最多${verb} ${fmt(item.max)} 分，计 ${fmt(left)} 分`
					: `；本项最多${verb} ${fmt(item.max)} 分，不再计分`;
			pts = left;
		}
		used.set(item.id, before + pts);
		return {
			indicator: item.id,
			indicatorName: item.name,
			rule,
			source: { kind: 'entry', id: e.id },
			points: sign * pts,
			text
		};
	});
}

/** A group cap applied in order: 加分已达上限 5 分，本项不再计分. */
function capGroup(lines: XLine[], cap: number, what: string): XLine[] {
	let used = 0;
	return lines.map((l) => {
		const pts = Math.abs(l.points);
		const take = Math.min(pts, Math.max(0, cap - used));
		used += take;
		if (take > pts - EPS) return l;
		const text =
			take > EPS
				? `${l.text}；${what}已达上限 ${fmt(cap)} 分，计 ${fmt(take)} 分`
				: `${l.text}；${what}已达上限 ${fmt(cap)} 分，本项不再计分`;
		return { ...l, points: Math.sign(l.points) * take, text };
	});
}

function findNode(nodes: XNode[], id: string): XNode | null {
	for (const n of nodes) {
		if (n.id === id) return n;
		const hit = findNode(n.children, id);
		if (hit) return hit;
	}
	return null;
}

export function adjust(table: ScoreTable, root: XNode, entries: Map<string, NEntry[]>, vetoBand: string): Adjusted {
	const lines: XLine[] = [];
	let total = root.score;
	if (table.bonus) {
		const { cap, minBase, items } = table.bonus;
		let bonus = itemLines(itemEntries(items, entries, 'bonus'), 'bonus', 1, '加');
		if (minBase && bonus.length) {
			const node = minBase.of ? findNode(root.children, minBase.of) : root;
			const base = node?.score ?? 0;
			const of = minBase.of ? `「${node?.name}」得分` : '基础分';
			if (base < minBase.points - EPS)
				bonus = bonus.map((l) => ({
					...l,
					points: 0,
					text: `${l.text}；${of} ${fmt(base)} 分未达到 ${fmt(minBase.points)} 分，不计加分`
				}));
		}
		bonus = capGroup(bonus, cap, '加分');
		lines.push(...bonus);
	}
	if (table.deductions) {
		const { cap, items } = table.deductions;
		lines.push(...capGroup(itemLines(itemEntries(items, entries, 'deduction'), 'deduction', -1, '扣'), cap, '扣分'));
	}
	if (table.majorDeductions)
		lines.push(
			...itemLines(itemEntries(table.majorDeductions, entries, 'major-deduction'), 'major-deduction', -1, '扣')
		);
	total += lines.reduce((s, l) => s + l.points, 0);
	if (total < -EPS) {
		lines.push({
			indicator: 'floor',
			indicatorName: '总分',
			rule: 'floor',
			source: null,
			points: -total,
			text: `扣分超过得分，总分按 0 分计`
		});
		total = 0;
	}
	const veto = vetoLines(table, entries, total, vetoBand);
	lines.push(...veto.lines);
	return { lines, total: total + veto.lines.reduce((s, l) => s + l.points, 0), veto: veto.state };
}

function vetoLines(table: ScoreTable, entries: Map<string, NEntry[]>, total: number, vetoBand: string) {
	const hits = (table.vetoes ?? []).flatMap((v) =>
		(entries.get(v.id) ?? [])
			.filter((e) => e.kind === 'veto')
			.slice(0, 1)
			.map((e) => ({ v, e }))
	);
	if (!hits.length) return { lines: [] as XLine[], state: null };
	const fixed = hits.filter((h) => h.v.effect === 'score').map((h) => h.v.score!);
	const fixedScore = fixed.length ? Math.min(...fixed) : null;
	let running = total;
	const lines = hits.map(({ v, e }): XLine => {
		const head = `一票否决：${v.name}（${e.reason}，${dateOf(e.day)}）`;
		let points = 0;
		let text = `${head}，等次定为「${vetoBand}」`;
		if (v.effect === 'score') {
			if (v.score! < fixedScore! + EPS && running > v.score! + EPS) {
				points = v.score! - running;
				running = v.score!;
				text = `${head}，总分按 ${fmt(v.score!)} 分计`;
			} else
				text =
					running <= v.score! + EPS
						? `${head}，原得分不高于 ${fmt(v.score!)} 分，保留原得分`
						: `${head}，已按更低的否决分计`;
		}
		return { indicator: v.id, indicatorName: v.name, rule: 'veto', source: { kind: 'entry', id: e.id }, points, text };
	});
	const fail = hits.some((h) => h.v.effect === 'fail');
	const state: VetoState = {
		effect: fail ? 'fail' : 'score',
		...(fail ? {} : { score: fixedScore! }),
		items: hits.map((h) => ({ id: h.v.id, name: h.v.name, entryId: h.e.id }))
	};
	return { lines, state };
}
