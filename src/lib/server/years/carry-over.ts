// Confirming a next-year draft's candidates: each is kept as a task of the new plan (in the section of
// the same name, or one added after the text's sections), dropped, or merged into another task, whose
// units it joins and whose predecessor it becomes when that task has none.
import type { AssignmentRole } from '../db/schema';
import { DomainError } from '../shared/errors';
import type { ParsedPlan } from '../plans/parse/types';
import { taskKey } from '../plans/resolve';
import type { PlannedTask } from '../plans/import/tasks';
import type { Candidate } from './candidates';

export type CandidateDecision = { action: 'keep' } | { action: 'drop' } | { action: 'merge'; into: string };

export const defaultCarry = (candidates: readonly Candidate[]): Record<string, CandidateDecision> =>
	Object.fromEntries(candidates.map((c) => [c.key, { action: 'keep' }]));

function parsedKeys(parsed: ParsedPlan): string[] {
	return parsed.sections.flatMap((s, si) => s.items.map((_, ti) => taskKey(si, ti)));
}

/** Field errors of the candidates' decisions (merge targets must exist and be kept themselves). */
export function carryErrors(
	candidates: readonly Candidate[],
	textTaskKeys: ReadonlySet<string>,
	carry: Record<string, CandidateDecision>
): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const c of candidates) {
		const d = carry[c.key] ?? { action: 'keep' };
		if (d.action !== 'merge') continue;
		const target = candidates.find((t) => t.key === d.into);
		const targetAction = target ? (carry[target.key]?.action ?? 'keep') : null;
		if (d.into === c.key) errors[`carry:${c.key}`] = '不能合并到自身';
		else if (target ? targetAction !== 'keep' : !textTaskKeys.has(d.into))
			errors[`carry:${c.key}`] = `“${c.title}”要合并到的任务不存在、已删除或本身已合并`;
	}
	return errors;
}

const sameTitle = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');

export interface PlannedCandidates {
	/** Sections to add after the text's own. */
	extraSections: { code: string; title: string }[];
	/** The kept candidates, with sectionIndex into [...text sections, ...extraSections]. */
	tasks: PlannedTask[];
}

/**
 * Plans the kept candidates and merges the merged ones into their targets (mutating the text's
 * planned tasks for a target among them).
 */
export function planCandidates(
	candidates: readonly Candidate[],
	parsed: ParsedPlan,
	carry: Record<string, CandidateDecision>,
	textTasks: PlannedTask[]
): PlannedCandidates {
	const errors = carryErrors(candidates, new Set(parsedKeys(parsed)), carry);
	const first = Object.values(errors)[0];
	if (first) throw new DomainError('invalid', first, errors);
	const extraSections: { code: string; title: string }[] = [];
	const sectionIndex = (c: Candidate) => {
		const inText = parsed.sections.findIndex((s) => sameTitle(s.title, c.sectionTitle));
		if (inText >= 0) return inText;
		let i = extraSections.findIndex((s) => s.title === c.sectionTitle);
		if (i < 0) i = extraSections.push({ code: parsed.sections.length ? '' : c.sectionCode, title: c.sectionTitle }) - 1;
		return parsed.sections.length + i;
	};
	const byKey = new Map<string, PlannedTask>();
	parsedKeys(parsed).forEach((k, i) => byKey.set(k, textTasks[i]));
	const tasks: PlannedTask[] = [];
	for (const c of candidates) {
		if ((carry[c.key]?.action ?? 'keep') !== 'keep') continue;
		const t: PlannedTask = {
			sectionIndex: sectionIndex(c),
			code: c.code,
			title: c.title,
			body: c.body,
			unitNote: '',
			openList: false,
			pickedGroups: [],
			duties: c.duties,
			milestones: [],
			units: new Map(),
			predecessorTaskId: c.predecessorTaskId,
			originNote: c.originNote
		};
		joinUnits(t, c);
		tasks.push(t);
		byKey.set(c.key, t);
	}
	for (const c of candidates) {
		const d = carry[c.key];
		if (d?.action !== 'merge') continue;
		const target = byKey.get(d.into)!;
		joinUnits(target, c);
		target.predecessorTaskId ??= c.predecessorTaskId;
		target.originNote = [target.originNote, c.originNote].filter(Boolean).join('；');
	}
	return { extraSections, tasks };
}

function joinUnits(t: PlannedTask, c: Candidate) {
	for (const u of c.units) {
		const cur = t.units.get(u.unitId);
		const role: AssignmentRole = cur?.role === 'lead' ? 'lead' : u.role;
		t.units.set(u.unitId, { role, viaGroup: cur?.viaGroup ?? '' });
	}
}
