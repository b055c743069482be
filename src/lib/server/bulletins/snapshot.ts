// What a bulletin freezes, as plain rows: every unit's total, 等次 and ranks, every breakdown line, the
// red and yellow lists at the cut-off (the one light function, fed the assignments as they stood
// then), and the rectifications closed since the last bulletin, overdue, or still open. Pure.
import type { BulletinItemKind } from '../db/schema';
import { computeLight } from '../assignments/lights';
import type { AssignmentSnapshot, ScoringFacts } from '../scoring';
import type { PlanScores } from '../assessment/score-plan';
import type { RectificationAtCutOff } from '../rectifications/list';

export interface ItemRow {
	kind: BulletinItemKind;
	unitId: number;
	unitName: string;
	assignmentId: number | null;
	rectificationId: number | null;
	label: string;
	detail: string;
}

/** Red and yellow assignments at the cut-off, unit by unit in plan order; yields every 2,000 assignments. */
export function* lightItemSteps(
	facts: ScoringFacts,
	snapshots: readonly AssignmentSnapshot[],
	opts: { cutOff: string; warnDays: number }
): Generator<void, ItemRow[], void> {
	const tasks = new Map(facts.tasks.map((t) => [t.id, t]));
	const units = new Map(facts.units.map((u) => [u.id, u.name]));
	const start = facts.plan.startsOn ?? `${facts.plan.year}-01-01`;
	const out: ItemRow[] = [];
	for (let i = 0; i < snapshots.length; i++) {
		if (i % 2000 === 1999) yield;
		const s = snapshots[i];
		const light = computeLight({
			status: s.status,
			progressPercent: s.progressPercent,
			dueDates: s.dueDates,
			planYear: facts.plan.year,
			planStart: start,
			reportDates: s.lastReportedOn ? [s.lastReportedOn] : [],
			today: opts.cutOff,
			warnDays: opts.warnDays
		});
		if (light.light === 'green') continue;
		const t = tasks.get(s.taskId)!;
		out.push({
			kind: light.light,
			unitId: s.unitId,
			unitName: units.get(s.unitId) ?? '',
			assignmentId: s.id,
			rectificationId: null,
			label: `${t.code} ${t.title}`,
			detail: light.reason
		});
	}
	return out;
}

/** Rectifications closed since the previous bulletin's cut-off, overdue, and still open. */
export function rectificationItems(list: readonly RectificationAtCutOff[], previousCutOff: string | null): ItemRow[] {
	const since = previousCutOff ? Date.parse(`${previousCutOff}T24:00:00+08:00`) : -Infinity;
	const out: ItemRow[] = [];
	for (const r of list) {
		if (r.state === 'closed' && r.closedAt! < since) continue;
		out.push({
			kind: r.state === 'closed' ? 'rectified' : r.state === 'overdue' ? 'rectification_overdue' : 'rectification_open',
			unitId: r.unitId,
			unitName: r.unitName,
			assignmentId: r.assignmentId,
			rectificationId: r.id,
			label: r.problem,
			detail:
				r.state === 'closed'
					? '已完成整改，经审核通过'
					: r.state === 'overdue'
						? `整改期限 ${r.dueInForce} 已过，尚未完成`
						: `整改期限 ${r.dueInForce}`
		});
	}
	const order: Record<string, number> = { rectified: 0, rectification_overdue: 1, rectification_open: 2 };
	return out.sort((a, b) => order[a.kind] - order[b.kind]);
}

export interface BandCount {
	name: string;
	count: number;
}

/** How many units got each 等次 (in the rubric's band order, empty bands included). */
export function bandCounts(scores: Pick<PlanScores, 'result'>, bandOrder: readonly string[]): BandCount[] {
	const counts = new Map<string, number>(bandOrder.map((b) => [b, 0]));
	for (const u of scores.result.units) counts.set(u.band, (counts.get(u.band) ?? 0) + 1);
	return [...counts].map(([name, count]) => ({ name, count }));
}
