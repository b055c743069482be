// Is an entry the office is about to make one the rubric can score? The same checks computeScores
// applies to every entry, for one entry of one unit, before it is saved: an entry is bounded by the
// rubric (an item that exists and takes this kind, a level it names, a score within its scale).
import type { UnitKind } from '../db/schema';
import { entryProblems, indexTable } from './entries';
import type { FactEntry } from './facts';
import { Problems } from './problems';
import { ENTRY_KIND_LABEL } from '../../labels';
import type { Rubric, ScoreTable, UnitClass } from './rubric-types';

/** The class a unit is scored in: the office's choice, then the rubric's unit lists, then its kinds. */
export function classFor(r: Rubric, u: { id: number; kind: UnitKind; class?: string | null }): UnitClass | null {
	if (u.class) return r.classes.find((c) => c.id === u.class) ?? null;
	return r.classes.find((c) => c.unitIds?.includes(u.id)) ?? r.classes.find((c) => c.kinds?.includes(u.kind)) ?? null;
}

export function tableFor(r: Rubric, u: { id: number; kind: UnitKind; class?: string | null }): ScoreTable | null {
	const c = classFor(r, u);
	return c ? (r.tables.find((t) => t.id === c.table) ?? null) : null;
}

/** Problems with one entry for one unit, in the words of the entry form; empty when it can be scored. */
export function entryProblemsFor(
	r: Rubric,
	u: { id: number; name: string; kind: UnitKind; class?: string | null },
	e: Pick<FactEntry, 'kind' | 'indicator' | 'value' | 'channel'>
): string[] {
	const table = tableFor(r, u);
	if (!table) return [`${u.name}不属于评分细则的任何考核类别，不参加考核`];
	const p = new Problems();
	entryProblems(
		{
			id: 0,
			unitId: u.id,
			kind: e.kind,
			indicator: e.indicator,
			value: e.value ?? null,
			channel: e.channel ?? null,
			reason: '',
			day: 0,
			evidence: null
		},
		indexTable(table),
		p,
		''
	);
	return p.list.map((m) =>
		m
			.replaceAll('value ', '数值')
			.replaceAll('不要填 channel', '不要选择渠道')
			.replaceAll(`「${e.kind}」类录入`, `「${ENTRY_KIND_LABEL[e.kind]}」类录入`)
	);
}
