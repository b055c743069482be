// Rules scored from the office's entries: deductions, counts, levels, percentages and external
// scores (网站监测, 第三方评估, 现场检查) with channels blended by weight.
import { dateOf, monthIndexOf, monthLabel } from './days';
import type { NEntry } from './normalise';
import { fmt } from './problems';
import { applyLimit, entrySource, type RawLine, type RuleContext, type RuleOutcome } from './rule-types';
import type { CountRule, DeductionRule, ExternalRule, LevelRule, Missing, PercentRule } from './rubric-types';

const PER_WORD = { item: '项', case: '次' } as const;
const when = (e: NEntry) => `（${dateOf(e.day)}）`;
/** An entry's count: its value, or 1 when none is given. */
export const countOf = (e: NEntry) => (typeof e.value === 'number' ? e.value : 1);

export function deduction(rule: DeductionRule, ctx: RuleContext): RuleOutcome {
	const entries = ctx.entries.filter((e) => e.kind === 'deduction');
	const pts = rule.points;
	const lines: RawLine[] = [];
	const seenMonths = new Set<number>();
	for (const e of entries) {
		const line = (raw: number, text: string) => lines.push({ rule: rule.kind, source: entrySource(e), raw, text });
		if (rule.per === 'item' || rule.per === 'case') {
			const n = countOf(e);
			line(-n * pts, `${e.reason}${when(e)}，${n} ${PER_WORD[rule.per]} × ${fmt(pts)} 分，扣 ${fmt(n * pts)} 分`);
		} else if (rule.per === 'month') {
			const m = monthIndexOf(e.day);
			if (seenMonths.has(m)) line(0, `${e.reason}${when(e)}，${monthLabel(m)}已扣过，同月不重复扣分`);
			else line(-pts, `${monthLabel(m)}${e.reason}${when(e)}，扣 ${fmt(pts)} 分`);
			seenMonths.add(m);
		} else if (rule.per === 'once') {
			if (lines.length) line(0, `${e.reason}${when(e)}，本条只扣一次，已扣过`);
			else line(-pts, `${e.reason}${when(e)}，扣 ${fmt(pts)} 分`);
		} else {
			const v = Math.min(Number(e.value), pts);
			line(-v, `${e.reason}${when(e)}，扣 ${fmt(v)} 分`);
		}
	}
	return { status: entries.length ? 'ok' : 'neutral', lines: applyLimit(lines, rule.limit) };
}

export function count(rule: CountRule, ctx: RuleContext): RuleOutcome {
	const lines = ctx.entries
		.filter((e) => e.kind === 'count')
		.map((e): RawLine => {
			const n = countOf(e);
			const raw = n * rule.points;
			return {
				rule: rule.kind,
				source: entrySource(e),
				raw,
				text: `${e.reason}${when(e)}，${n} 项 × ${fmt(rule.points)} 分，得 ${fmt(raw)} 分`
			};
		});
	return { status: 'ok', lines };
}

/** Only the latest entry counts; earlier ones stay as zero lines so the unit sees they were replaced. */
function latestOnly(entries: NEntry[], rule: string, score: (e: NEntry) => RawLine): RawLine[] {
	return entries.map((e, i) =>
		i === entries.length - 1
			? score(e)
			: {
					rule,
					source: entrySource(e),
					raw: 0,
					text: `${e.reason}${when(e)}，已由 ${dateOf(entries.at(-1)!.day)} 的评定取代`
				}
	);
}

/** Nothing entered yet: 0, full marks, or not applicable. */
function missing(mode: Missing | undefined, what: string, ctx: RuleContext, rule: string): RuleOutcome {
	if (mode === 'not-applicable') return { status: 'na', lines: [] };
	const full = mode === 'full';
	const max = ctx.indicator.max;
	return {
		status: 'ok',
		lines: [{ rule, source: null, raw: full ? max : 0, text: `尚无${what}，按${full ? '满分' : ' 0 分'}计` }]
	};
}

export function level(rule: LevelRule, ctx: RuleContext): RuleOutcome {
	const entries = ctx.entries.filter((e) => e.kind === 'level');
	if (!entries.length) return missing(rule.whenMissing, '评定结果', ctx, rule.kind);
	const lines = latestOnly(entries, rule.kind, (e) => {
		const lv = rule.levels.find((l) => l.name === e.value)!;
		return {
			rule: rule.kind,
			source: entrySource(e),
			raw: lv.points,
			text: `评为「${lv.name}」：${e.reason}${when(e)}，得 ${fmt(lv.points)} 分`
		};
	});
	return { status: 'ok', lines };
}

export function percent(rule: PercentRule, ctx: RuleContext): RuleOutcome {
	const entries = ctx.entries.filter((e) => e.kind === 'percent');
	if (!entries.length) return missing(rule.whenMissing, '完成比例', ctx, rule.kind);
	const max = ctx.indicator.max;
	const lines = latestOnly(entries, rule.kind, (e) => {
		const raw = (max * Number(e.value)) / 100;
		return {
			rule: rule.kind,
			source: entrySource(e),
			raw,
			text: `${e.reason}${when(e)}，完成 ${fmt(Number(e.value))}%，得 ${fmt(max)} × ${fmt(Number(e.value))}% = ${fmt(raw)} 分`
		};
	});
	return { status: 'ok', lines };
}

export function external(rule: ExternalRule, ctx: RuleContext): RuleOutcome {
	const max = ctx.indicator.max;
	const scale = rule.scale ?? max;
	const entries = ctx.entries.filter((e) => e.kind === 'score');
	const channels = rule.channels?.length ? rule.channels : [{ id: '', name: '', weight: 1 }];
	const byChannel = channels.map((c) => ({ c, list: entries.filter((e) => (e.channel ?? '') === c.id) }));
	const present = byChannel.filter((x) => x.list.length);
	if (!present.length) return missing(rule.whenMissing, `${rule.source}结果`, ctx, rule.kind);
	const totalWeight = present.reduce((s, x) => s + x.c.weight, 0);
	const lines: RawLine[] = [];
	for (const { c, list } of byChannel) {
		const label = c.name ? `${rule.source}（${c.name}）` : rule.source;
		if (!list.length) {
			lines.push({ rule: rule.kind, source: null, raw: 0, text: `${label}尚无结果，权重由其他渠道按比例分担` });
			continue;
		}
		const share = c.weight / totalWeight;
		const counted = rule.combine === 'mean' ? list : [list.at(-1)!];
		for (const e of list) {
			if (!counted.includes(e)) {
				lines.push({
					rule: rule.kind,
					source: entrySource(e),
					raw: 0,
					text: `${label} ${fmt(Number(e.value))} 分${when(e)}，已由最近一次结果取代`
				});
				continue;
			}
			const raw = (max * share * Number(e.value)) / scale / counted.length;
			const avg = counted.length > 1 ? `，${counted.length} 次取平均` : '';
			const weight = present.length > 1 || c.name ? `，占 ${fmt(share * 100)}%` : '';
			lines.push({
				rule: rule.kind,
				source: entrySource(e),
				raw,
				text: `${label} ${fmt(Number(e.value))} 分（满分 ${fmt(scale)}）：${e.reason}${when(e)}${weight}${avg}，计 ${fmt(raw)} 分`
			});
		}
	}
	return { status: 'ok', lines };
}
