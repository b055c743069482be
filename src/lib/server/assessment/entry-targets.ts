// What the office can enter for a plan's rubric (the entry form's choices): each indicator whose rule
// takes an entry (外部评分, 等级, 计数, 完成比例, 扣分), each 加分 / 扣分 / 重大扣分 item and each 一票否决.
// The engine's own check (scoring/check-entry.ts) still bounds every entry; this only lists them.
import type { ScoreEntryKind } from '../db/schema';
import type { Indicator, Rubric, Rule } from '../scoring';

export interface EntryTarget {
	kind: ScoreEntryKind;
	indicator: string;
	/** 评分表 · 指标, as the office reads it in the rubric. */
	label: string;
	/** What the value means: 满分 100 的分数, 好/较好/一般/差, 次数, 0–100. */
	hint: string;
	channels: { id: string; name: string }[];
}

/** The entry kind a rule takes and what its value means; null for rules the plan's records drive. */
function ruleEntry(rule: Rule, max: number): { kind: ScoreEntryKind; hint: string } | null {
	switch (rule.kind) {
		case 'external':
			return { kind: 'score', hint: `${rule.source}，按 ${rule.scale ?? max} 分制填写` };
		case 'level':
			return { kind: 'level', hint: rule.levels.map((l) => `${l.name} ${l.points} 分`).join('、') };
		case 'count':
			return { kind: 'count', hint: `次数，每次 ${rule.points} 分` };
		case 'percent':
			return { kind: 'percent', hint: '完成比例 0–100' };
		case 'deduction':
			return {
				kind: 'deduction',
				hint: rule.per === 'judged' ? `酌情扣分，最多 ${rule.points} 分` : `次数，每次扣 ${rule.points} 分`
			};
		default:
			return null;
	}
}

export function entryTargets(r: Rubric): EntryTarget[] {
	const out = new Map<string, EntryTarget>();
	const add = (t: EntryTarget) => out.set(`${t.kind}|${t.indicator}`, t);
	for (const table of r.tables) {
		const walk = (list: Indicator[]) => {
			for (const i of list) {
				for (const rule of i.rules ?? []) {
					const e = ruleEntry(rule, i.max);
					if (!e) continue;
					const channels =
						rule.kind === 'external' ? (rule.channels ?? []).map((c) => ({ id: c.id, name: c.name })) : [];
					add({ ...e, indicator: i.id, label: `${table.name} · ${i.name}`, channels });
				}
				if (i.children) walk(i.children);
			}
		};
		walk(table.indicators);
		for (const [kind, items] of [
			['bonus', table.bonus?.items ?? []],
			['deduction', table.deductions?.items ?? []],
			['major-deduction', table.majorDeductions ?? []]
		] as const)
			for (const item of items)
				add({
					kind,
					indicator: item.id,
					label: `${table.name} · ${item.name}`,
					hint: item.per === 'judged' ? `酌情，最多 ${item.points} 分` : `每次 ${item.points} 分（次数，默认 1）`,
					channels: []
				});
		for (const v of table.vetoes ?? [])
			add({
				kind: 'veto',
				indicator: v.id,
				label: `${table.name} · ${v.name}`,
				hint: v.effect === 'fail' ? '直接定为不合格' : `得分定为 ${v.score} 分`,
				channels: []
			});
	}
	return [...out.values()];
}
