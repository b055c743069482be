// Checking the office's entries against the unit's score table: each must name an item that takes
// its kind, with a value the rule can read (a level that exists, a channel the indicator has…).
import type { NEntry } from './normalise';
import { isFiniteNumber, type Problems } from './problems';
import { entryKindsFor } from './rules';
import type { AdjustItem, Indicator, Rule, ScoreTable } from './rubric-types';

export interface TableIndex {
	table: ScoreTable;
	nodes: Map<string, Indicator>;
	items: Map<string, { kind: 'bonus' | 'deduction' | 'major-deduction'; item: AdjustItem }>;
	vetoes: Set<string>;
}

export function indexTable(table: ScoreTable): TableIndex {
	const nodes = new Map<string, Indicator>();
	const walk = (list: Indicator[]) => {
		for (const i of list) {
			nodes.set(i.id, i);
			if (i.children) walk(i.children);
		}
	};
	walk(table.indicators);
	const items: TableIndex['items'] = new Map();
	for (const item of table.bonus?.items ?? []) items.set(item.id, { kind: 'bonus', item });
	for (const item of table.deductions?.items ?? []) items.set(item.id, { kind: 'deduction', item });
	for (const item of table.majorDeductions ?? []) items.set(item.id, { kind: 'major-deduction', item });
	return { table, nodes, items, vetoes: new Set((table.vetoes ?? []).map((v) => v.id)) };
}

const isCount = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 0);

/** `at` names the record in messages ('' for a form, where the office is looking at the entry). */
export function entryProblems(
	e: NEntry,
	ix: TableIndex,
	p: Problems,
	at = `录入记录 ${e.id}（单位 ${e.unitId}）`
): void {
	const bad = (message: string) => p.add(at ? `${at}：${message}` : message);
	const node = ix.nodes.get(e.indicator);
	const item = ix.items.get(e.indicator);
	if (e.kind === 'veto')
		return ix.vetoes.has(e.indicator) ? undefined : bad(`评分表「${ix.table.name}」没有一票否决项「${e.indicator}」`);
	if (e.kind === 'not-applicable')
		return node ? undefined : bad(`评分表「${ix.table.name}」没有指标「${e.indicator}」`);
	if (e.kind === 'bonus' || e.kind === 'major-deduction' || (e.kind === 'deduction' && item)) {
		if (!item || item.kind !== e.kind)
			return bad(
				`评分表「${ix.table.name}」没有这一${e.kind === 'bonus' ? '加分' : e.kind === 'deduction' ? '扣分' : '重大扣分'}项「${e.indicator}」`
			);
		if (item.item.per === 'judged') {
			if (!isFiniteNumber(e.value) || e.value < 0 || e.value > item.item.points)
				bad(`「${item.item.name}」酌情计分，value 应为 0–${item.item.points} 的分数`);
		} else if (!isCount(e.value) || e.value === 0) bad(`「${item.item.name}」的 value 是次数，应为正整数或不填`);
		return;
	}
	if (!node) return bad(`评分表「${ix.table.name}」没有指标「${e.indicator}」`);
	if (node.children) return bad(`指标「${node.name}」有下级指标，请录入到末级指标`);
	const rules = node.rules ?? [];
	if (!entryKindsFor(rules).has(e.kind)) return bad(`指标「${node.name}」的评分规则不接受「${e.kind}」类录入`);
	const rule = rules.find((r) => kindOf(r) === e.kind)!;
	valueProblems(e, rule, node, bad);
}

const kindOf = (r: Rule) => (r.kind === 'external' ? 'score' : r.kind);

function valueProblems(e: NEntry, rule: Rule, node: Indicator, bad: (m: string) => void): void {
	const v = e.value;
	switch (rule.kind) {
		case 'external': {
			const scale = rule.scale ?? node.max;
			if (!isFiniteNumber(v) || v < 0 || v > scale) bad(`「${node.name}」的分数应在 0–${scale} 之间`);
			const channels = rule.channels ?? [];
			if (channels.length && !channels.some((c) => c.id === e.channel))
				bad(`「${node.name}」的渠道应为 ${channels.map((c) => `${c.id}（${c.name}）`).join('、')} 之一`);
			if (!channels.length && e.channel !== null) bad(`「${node.name}」不分渠道，请不要填 channel`);
			return;
		}
		case 'level':
			if (!rule.levels.some((l) => l.name === v))
				bad(`「${node.name}」的等级应为 ${rule.levels.map((l) => l.name).join('、')} 之一`);
			return;
		case 'percent':
			if (!isFiniteNumber(v) || v < 0 || v > 100) bad(`「${node.name}」的完成比例应为 0–100`);
			return;
		case 'count':
			if (!isCount(v)) bad(`「${node.name}」的 value 是项数，应为非负整数或不填`);
			return;
		case 'deduction':
			if (rule.per === 'judged') {
				if (!isFiniteNumber(v) || v < 0 || v > rule.points)
					bad(`「${node.name}」酌情扣分，value 应为 0–${rule.points} 的分数`);
			} else if (!isCount(v)) bad(`「${node.name}」的 value 是项数或次数，应为非负整数或不填`);
			return;
	}
}
