// Resolving a parsed plan's unit mentions against the registry: each mention is a registered unit,
// a group (expanded now, or picked per task), or unknown (the office maps, creates or drops it).
import type { ParsedPlan } from './parse/types';
import { normaliseUnitName, type UnitMatcher } from '../units/names';
import type { AssignmentRole } from '../db/schema';

export interface RegistrySnapshot {
	matcher: UnitMatcher;
	unitsById: Map<number, { id: number; shortName: string; kind: string; active: boolean }>;
	groupsById: Map<number, { id: number; name: string; expandsToKind: string | null; memberIds: number[] }>;
}

export type MentionStatus = 'unit' | 'group' | 'picked' | 'unknown';

export interface ResolvedMention {
	/** As written (normalised). */
	raw: string;
	role: AssignmentRole;
	status: MentionStatus;
	unitId?: number;
	groupId?: number;
	/** Units the group expands to (for 'group'). */
	memberIds?: number[];
}

/** "1.3": section index . task index, stable within one parse. */
export type TaskKey = string;

export const taskKey = (sectionIndex: number, taskIndex: number): TaskKey => `${sectionIndex}.${taskIndex}`;

export function resolveMention(raw: string, role: AssignmentRole, reg: RegistrySnapshot): ResolvedMention {
	const name = normaliseUnitName(raw);
	const m = reg.matcher.match(name);
	if (m.kind === 'unit') return { raw: name, role, status: 'unit', unitId: m.unitId };
	if (m.kind === 'group') {
		const g = reg.groupsById.get(m.groupId);
		if (g && g.expandsToKind) return { raw: name, role, status: 'group', groupId: g.id, memberIds: g.memberIds };
		return { raw: name, role, status: 'picked', groupId: m.groupId };
	}
	return { raw: name, role, status: 'unknown' };
}

export function resolveTaskMentions(
	task: { lead_units: string[]; responsible_units: string[] },
	reg: RegistrySnapshot
): ResolvedMention[] {
	return [
		...task.lead_units.map((u) => resolveMention(u, 'lead', reg)),
		...task.responsible_units.map((u) => resolveMention(u, 'responsible', reg))
	];
}

/** Every distinct unknown name in the plan, with how often it occurs. */
export function unknownNames(parsed: ParsedPlan, reg: RegistrySnapshot): { raw: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const s of parsed.sections)
		for (const t of s.items)
			for (const m of resolveTaskMentions(t, reg))
				if (m.status === 'unknown') counts.set(m.raw, (counts.get(m.raw) ?? 0) + 1);
	return [...counts].map(([raw, count]) => ({ raw, count }));
}

/** Bigram overlap (Dice): a cheap "did you mean" for unknown names. */
export function similarity(a: string, b: string): number {
	const grams = (s: string) => {
		const out = new Map<string, number>();
		for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
		return out;
	};
	const ga = grams(a);
	const gb = grams(b);
	let shared = 0;
	for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
	const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
	return total ? (2 * shared) / total : 0;
}

/** Up to three registered units whose names look like `raw`, best first. */
export function suggestUnits(
	raw: string,
	units: readonly { id: number; name: string; shortName: string; aliases: string[]; active: boolean }[]
): number[] {
	return units
		.filter((u) => u.active)
		.map((u) => ({ id: u.id, score: Math.max(...[u.shortName, u.name, ...u.aliases].map((n) => similarity(raw, n))) }))
		.filter((x) => x.score >= 0.4)
		.sort((a, b) => b.score - a.score)
		.slice(0, 3)
		.map((x) => x.id);
}

/** 市市场监管局 → 市场监管: the part of a department's name that task texts use (发改、财税等部门). */
export function nameKeyword(shortName: string): string {
	return shortName.replace(/^市/, '').replace(/(委员会|办公室|局|委|办|中心)$/, '');
}

/** Departments a task's text mentions by keyword: pre-checked picks for 市政府有关部门. */
export function suggestPicks(body: string, departments: readonly { id: number; shortName: string }[]): number[] {
	return departments
		.filter((d) => {
			const k = nameKeyword(d.shortName);
			return k.length >= 2 && body.includes(k);
		})
		.map((d) => d.id);
}
