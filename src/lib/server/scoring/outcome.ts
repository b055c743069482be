// Ranks (ties shared: 9, 9, 11), overall and within each class, and 等次 bands with quotas.
// A unit vetoed to 不合格 ranks after every unit that was not, whatever its score.
import type { Band, Outcome } from './rubric-types';

export interface Contender {
	classId: string;
	/** The value compared: percent of the class maximum, or points (rounded to 0.01). */
	key: number;
	vetoFail: boolean;
	bands: Band[];
}

export interface Placed {
	rank: number;
	classRank: number;
	band: string;
	bandBeforeQuota?: string;
}

const better = (a: Contender, b: Contender) => (a.vetoFail !== b.vetoFail ? !a.vetoFail : a.key > b.key);
const tied = (a: Contender, b: Contender) => a.vetoFail === b.vetoFail && a.key === b.key;

/** Competition ranks: 1 + the number of contenders strictly better; `order` must be sorted best first. */
function ranks(order: number[], all: Contender[]): Map<number, number> {
	const out = new Map<number, number>();
	order.forEach((i, pos) => {
		const prev = pos > 0 ? order[pos - 1] : -1;
		out.set(i, prev >= 0 && tied(all[prev], all[i]) ? out.get(prev)! : pos + 1);
	});
	return out;
}

export function bandOf(key: number, bands: Band[]): number {
	const i = bands.findIndex((b) => b.from === undefined || key >= b.from);
	return i < 0 ? bands.length - 1 : i;
}

export function place(all: Contender[], outcome: Outcome): Placed[] {
	const order = all.map((_, i) => i).sort((a, b) => (better(all[a], all[b]) ? -1 : better(all[b], all[a]) ? 1 : a - b));
	const overall = ranks(order, all);
	const byClass = new Map<string, number[]>();
	for (const i of order) {
		const members = byClass.get(all[i].classId);
		if (members) members.push(i);
		else byClass.set(all[i].classId, [i]);
	}
	const classRank = new Map<number, number>();
	for (const members of byClass.values()) for (const [i, r] of ranks(members, all)) classRank.set(i, r);

	const vetoBand = (c: Contender) => {
		const named = c.bands.findIndex((b) => b.name === outcome.vetoBand);
		return named >= 0 ? named : c.bands.length - 1;
	};
	const band = all.map((c) => (c.vetoFail ? vetoBand(c) : bandOf(c.key, c.bands)));
	const earned = [...band];
	const groups = outcome.quotaScope === 'all' ? [order] : [...byClass.values()];
	for (const group of groups) applyQuotas(group, all, band);
	return all.map((c, i) => {
		const p: Placed = { rank: overall.get(i)!, classRank: classRank.get(i)!, band: c.bands[band[i]].name };
		if (band[i] !== earned[i]) p.bandBeforeQuota = c.bands[earned[i]].name;
		return p;
	});
}

/**
 * 优秀 at most 30%: floor(quota × group size) units keep the band, best first; units tied at the
 * boundary all move down (none is preferred to another), and the moved units meet the next band's quota.
 */
function applyQuotas(group: number[], all: Contender[], band: number[]): void {
	const scored = group.filter((i) => !all[i].vetoFail);
	const bands = all[group[0]]?.bands ?? [];
	for (let b = 0; b < bands.length - 1; b++) {
		const quota = bands[b].quota;
		if (quota === undefined) continue;
		const allowed = Math.floor(quota * group.length + 1e-9);
		const members = scored.filter((i) => band[i] === b);
		if (members.length <= allowed) continue;
		members.forEach((i, pos) => {
			let last = pos;
			while (last + 1 < members.length && tied(all[members[last + 1]], all[i])) last++;
			if (last >= allowed) band[i] = b + 1;
		});
	}
}
