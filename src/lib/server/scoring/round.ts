// Rounding to 0.01 so that the sums hold exactly: a total is rounded once, then shared out among its
// parts by the largest remainder (ties to the earlier part), down to every line. Rounding each line
// on its own would let a unit add up its lines and get 89.99 for a total of 90.
import type { ScoreLine, ScoreNode } from './result-types';
import type { RawLine } from './rule-types';
import type { XLine, XNode } from './tree';

const cents = (x: number) => {
	const c = x * 100;
	const r = Math.round(c);
	return Math.abs(c - r) < 1e-6 ? r : c;
};

/** Integer hundredths for each value, adding up to `target` hundredths. */
export function apportion(values: number[], target: number): number[] {
	const n = values.length;
	const out = new Array<number>(n);
	let sum = 0;
	let inexact = false;
	const exact = new Array<number>(n); // each value in hundredths, unrounded
	for (let i = 0; i < n; i++) {
		const c = cents(values[i]);
		const f = Math.floor(c);
		exact[i] = c;
		if (f !== c) inexact = true;
		out[i] = f;
		sum += f;
	}
	let left = target - sum;
	if (left > 0 && inexact) {
		// Largest remainders first, ties to the earlier part.
		const order: number[] = [];
		for (let i = 0; i < n; i++) if (exact[i] !== out[i]) order.push(i);
		if (left >= order.length) for (const i of order) out[i] += 1;
		else {
			const frac = order.map((i) => exact[i] - out[i]);
			const rank = order.map((_, k) => k).sort((a, b) => frac[b] - frac[a] || a - b);
			for (let k = 0; k < left; k++) out[order[rank[k]]] += 1;
		}
		left -= Math.min(left, order.length);
	}
	// Only reachable when the target is not the rounded sum (a caller's mistake): keep the sums honest.
	if (left !== 0 && n) out[n - 1] += left;
	return out;
}

export const roundCents = (x: number) => Math.round(cents(x));

/**
 * The same text in one piece. A template literal leaves a rope (a tree of its small parts); a line
 * lives as long as the result, so every young-generation GC would copy each part of 60,000 texts.
 * Reading a rope as a number makes V8 flatten it, and the GC then drops the parts.
 */
export function flat(text: string): string {
	Number(text);
	return text;
}

/** The output line of a tree line: the node names the indicator. */
function treeLine(n: XNode, l: RawLine, c: number): ScoreLine {
	const out: ScoreLine = {
		indicator: n.id,
		indicatorName: n.name,
		rule: l.rule,
		source: l.source,
		points: c / 100,
		text: flat(l.text)
	};
	if (l.related) out.related = l.related;
	return out;
}

/** Rounds a node to `scoreCents` and its parts to match; appends its lines to `out` in breakdown order. */
export function roundNode(n: XNode, scoreCents: number, maxCents: number, out: ScoreLine[]): ScoreNode {
	const k = n.children.length;
	const parts = new Array<number>(k + n.lines.length);
	for (let i = 0; i < k; i++) parts[i] = n.children[i].score;
	for (let i = 0; i < n.lines.length; i++) parts[k + i] = n.lines[i].raw;
	const shares = apportion(parts, scoreCents);
	const maxShares =
		n.combine === 'cap'
			? n.children.map((c) => roundCents(c.max))
			: apportion(
					n.children.map((c) => c.max),
					maxCents
				);
	const children = n.children.map((c, i) => roundNode(c, shares[i], maxShares[i], out));
	for (let i = 0; i < n.lines.length; i++) out.push(treeLine(n, n.lines[i], shares[k + i]));
	const node: ScoreNode = {
		id: n.id,
		name: n.name,
		max: maxCents / 100,
		statedMax: n.statedMax,
		score: scoreCents / 100,
		notApplicable: n.na
	};
	if (children.length) node.children = children;
	return node;
}

/** The unit's total, its tree and every line, rounded together. */
export function roundUnit(
	root: XNode,
	adjustments: XLine[],
	total: number
): { total: number; base: number; tree: ScoreNode[]; lines: ScoreLine[] } {
	const totalCents = roundCents(total);
	const shares = apportion([root.score, ...adjustments.map((l) => l.points)], totalCents);
	const lines: ScoreLine[] = [];
	const tree = roundNode(root, shares[0], roundCents(root.max), lines);
	adjustments.forEach((l, i) => {
		l.points = shares[i + 1] / 100;
		l.text = flat(l.text);
		lines.push(l);
	});
	return { total: totalCents / 100, base: shares[0] / 100, tree: tree.children ?? [], lines };
}
