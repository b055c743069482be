// The preview: every task of the draft with each unit mention resolved against the registry, the names
// the office must map, and what confirming would write.
import { and, eq } from 'drizzle-orm';
import type { DB } from '../../db/client';
import { plan, type UnitKind } from '../../db/schema';
import { listUnits } from '../../units/registry';
import type { ParsedPlan } from '../parse/types';
import {
	resolveTaskMentions,
	suggestPicks,
	suggestUnits,
	taskKey,
	unknownNames,
	type ResolvedMention,
	type TaskKey
} from '../resolve';
import type { Draft } from './drafts';
import type { Candidate } from '../../years/candidates';
import { registrySnapshot } from './snapshot';

export interface PreviewTask {
	key: TaskKey;
	code: string;
	/** The sub-group of a three-level table ((一) 推进决策公开), shown above its first task. */
	group: { code: string; title: string } | null;
	title: string;
	body: string;
	openList: boolean;
	deadlines: { date: string; what: string }[];
	duties: string[];
	mentions: ResolvedMention[];
	/** Groups the office resolves by hand on this task (市政府有关部门). */
	pickedGroups: string[];
	/** Departments the text mentions: pre-checked for the picked groups. */
	suggestedPicks: number[];
}

export interface ImportPreview {
	draftId: number;
	status: Draft['status'];
	plan: ParsedPlan['plan'];
	sections: { code: string; title: string; tasks: PreviewTask[] }[];
	warnings: ParsedPlan['warnings'];
	unknown: { raw: string; count: number; suggestions: number[] }[];
	existing: { id: number; title: string; year: number } | null;
	units: { id: number; name: string; shortName: string; kind: UnitKind }[];
	groups: { id: number; name: string; memberCount: number | null }[];
	counts: { sections: number; tasks: number; assignments: number };
	/** A next year's draft: the closed year and its candidates (结转, improvements, rectifications). */
	fromPlan: { id: number; title: string; year: number } | null;
	candidates: Candidate[];
}

export function previewImport(db: DB, draft: Draft): ImportPreview {
	const reg = registrySnapshot(db);
	const allUnits = listUnits(db);
	const departments = allUnits.filter((u) => u.active && u.kind === 'department');
	const parsed = draft.parsed;
	let assignments = 0;
	const sections = parsed.sections.map((s, si) => ({
		code: s.code,
		title: s.title,
		tasks: s.items.map((t, ti): PreviewTask => {
			const mentions = resolveTaskMentions(t, reg);
			assignments += new Set(mentions.flatMap((m) => (m.unitId ? [m.unitId] : (m.memberIds ?? [])))).size;
			return {
				key: taskKey(si, ti),
				code: t.code,
				group: t.group ?? null,
				title: t.title,
				body: t.body,
				openList: t.open_list,
				deadlines: t.deadlines,
				duties: t.duties ?? [],
				mentions,
				pickedGroups: mentions.filter((m) => m.status === 'picked').map((m) => m.raw),
				suggestedPicks: mentions.some((m) => m.status === 'picked') ? suggestPicks(t.body, departments) : []
			};
		})
	}));
	const year = parsed.plan.year;
	const existing =
		year !== null && parsed.plan.title
			? (db
					.select({ id: plan.id, title: plan.title, year: plan.year })
					.from(plan)
					.where(and(eq(plan.title, parsed.plan.title), eq(plan.year, year)))
					.get() ?? null)
			: null;
	return {
		draftId: draft.id,
		status: draft.status,
		plan: parsed.plan,
		sections,
		warnings: parsed.warnings,
		unknown: unknownNames(parsed, reg).map((u) => ({ ...u, suggestions: suggestUnits(u.raw, allUnits) })),
		existing,
		units: allUnits
			.filter((u) => u.active)
			.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind })),
		groups: [...reg.groupsById.values()].map((g) => ({
			id: g.id,
			name: g.name,
			memberCount: g.expandsToKind ? g.memberIds.length : null
		})),
		fromPlan:
			draft.fromPlanId === null
				? null
				: (db
						.select({ id: plan.id, title: plan.title, year: plan.year })
						.from(plan)
						.where(eq(plan.id, draft.fromPlanId))
						.get() ?? null),
		candidates: draft.candidates,
		counts: {
			sections: sections.length,
			tasks: sections.reduce((n, s) => n + s.tasks.length, 0),
			assignments
		}
	};
}
