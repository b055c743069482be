// What confirming writes per task: its columns, milestones and the units it goes to (lead wins over
// responsible), from the parse, the preview and the decisions; and the units the mappings create.
import type { Tx } from '../../db/client';
import type { AssignmentRole } from '../../db/schema';
import { addAlias, insertUnit } from '../../units/registry';
import { normaliseUnitName } from '../../units/names';
import { taskKey } from '../resolve';
import type { Draft } from './drafts';
import type { ImportPreview } from './preview';
import type { ImportDecisions } from './decisions';
import type { ImportResult } from './confirm';

/** Units created while importing sort after the ones the office ordered (which use 10, 20, 30 …). */
const NEW_UNIT_SORT_ORDER = 9000;

export interface PlannedTask {
	sectionIndex: number;
	code: string;
	title: string;
	body: string;
	unitNote: string;
	openList: boolean;
	pickedGroups: string[];
	duties: string[];
	milestones: { date: string; what: string }[];
	/** unitId → role and the group it came through ('' when named). Lead wins over responsible. */
	units: Map<number, { role: AssignmentRole; viaGroup: string }>;
}

export function planTasks(
	draft: Draft,
	preview: ImportPreview,
	d: ImportDecisions,
	newUnitIds: Map<string, number>
): PlannedTask[] {
	const out: PlannedTask[] = [];
	draft.parsed.sections.forEach((s, si) =>
		s.items.forEach((t, ti) => {
			const key = taskKey(si, ti);
			const p = preview.sections[si].tasks[ti];
			const units = new Map<number, { role: AssignmentRole; viaGroup: string }>();
			const add = (id: number, role: AssignmentRole, viaGroup: string) => {
				const cur = units.get(id);
				if (!cur || (cur.role === 'responsible' && role === 'lead')) units.set(id, { role, viaGroup });
			};
			for (const m of p.mentions) {
				if (m.status === 'unit' && m.unitId) add(m.unitId, m.role, '');
				else if (m.status === 'group') for (const id of m.memberIds ?? []) add(id, m.role, m.raw);
				else if (m.status === 'picked') for (const id of d.picks[key] ?? []) add(id, m.role, m.raw);
				else if (m.status === 'unknown') {
					const map = d.mappings[m.raw];
					if (map?.kind === 'unit') add(map.unitId, m.role, '');
					else if (map?.kind === 'new') add(newUnitIds.get(m.raw)!, m.role, '');
				}
			}
			for (const id of d.extras[key] ?? []) add(id, 'responsible', '');
			out.push({
				sectionIndex: si,
				code: t.code,
				title: (d.titles[key] ?? t.title).trim(),
				body: t.body,
				unitNote: t.unit_note ?? '',
				openList: t.open_list,
				pickedGroups: p.pickedGroups,
				duties: t.duties ?? [],
				milestones: (d.milestones[key] ?? t.deadlines)
					.filter((m) => m.date)
					.sort((a, b) => a.date.localeCompare(b.date)),
				units
			});
		})
	);
	return out;
}

/** The task columns the text decides (shared by insert and re-import). */
export function taskColumns(t: PlannedTask, sortOrder: number) {
	return {
		title: t.title,
		body: t.body,
		unitNote: t.unitNote,
		openList: t.openList,
		pickedGroups: t.pickedGroups,
		duties: t.duties,
		sortOrder
	};
}

/** Creates mapped units and aliases; returns the new units' ids by unknown name. */
export function applyMappings(tx: Tx, d: ImportDecisions, result: ImportResult): Map<string, number> {
	const created = new Map<string, number>();
	for (const [raw, m] of Object.entries(d.mappings)) {
		if (m.kind === 'unit') {
			addAlias(tx, m.unitId, raw);
			result.created.aliases++;
		} else if (m.kind === 'new') {
			const name = normaliseUnitName(m.name) || raw;
			const shortName = normaliseUnitName(m.shortName) || raw;
			const id = insertUnit(tx, {
				name,
				shortName,
				kind: m.unitKind,
				sortOrder: NEW_UNIT_SORT_ORDER,
				aliases: [raw].filter((a) => a !== name && a !== shortName)
			});
			created.set(raw, id);
			result.created.units++;
		}
	}
	return created;
}
