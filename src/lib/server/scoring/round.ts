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
	let exact = true;
	for (let i = 0; i < n; i++) {
		const c = cents(values[i]);
		const f = Math.floor(c);
		if (f !== c) exact = false;
		out[i] = f;
		sum += f;
	}
	let left = target - sum;
	if (left !== 0 && !exact) {
		// Largest remainders first, ties to the earlier part.
		const order: number[] = [];
		for (let i = 0; i < n; i++) if (cents(values[i]) !== out[i]) order.push(i);
		const frac = (i: number) => cents(values[i]) - out[i];
		order.sort((a, b) => frac(b) - frac(a) || a - b);
		for (const i of order) {
			if (left <= 0) break;
			out[i] += 1;
			left -= 1;
		}
	}
	// Only reachable when the target is not the rounded sum (a caller's mistake): keep the sums honest.
	if (left !== 0 && n) out[n - 1] += left;
	return out;
}

export const roundCents = (x: number) => Math.round(cents(x));

/** The output line of a tree line: the node names the indicator. */
function treeLine(n: XNode, l: RawLine, c: number): ScoreLine {
	const out: ScoreLine = {
		indicator: n.id,
		indicatorName: n.name,
		rule: l.rule,
		source: l.source,
		points: c / 100,
		text: l.text
	};
	if (l.related) out.related = l.related;
	return out;
}

/** Rounds a node to `scoreCents` and its parts to match; appends its lines to `out` in breakdown order. */
export function roundNode(n: XNode, scoreCents: number, maxCents: number, out: ScoreLine[]): ScoreNode {
	const parts = [...n.children.map((c) => c.score), ...n.lines.map((l) => l.raw)];
	const shares = apportion(parts, scoreCents);
	const maxShares =
		n.combine === 'cap'
			? n.children.map((c) => roundCents(c.max))
			: apportion(
					n.children.map((c) => c.max),
					maxCents
				);
	const children = n.children.map((c, i) => roundNode(c, shares[i], maxShares[i], out));
	n.lines.forEach((l, i) => out.push(treeLine(n, l, shares[n.children.length + i])));
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
		lines.push(l);
	});
	return { total: totalCents / 100, base: shares[0] / 100, tree: tree.children ?? [], lines };
}
