// computeScores: a rubric and the facts, as they stood at the end of asOf, become every unit's total,
// 等次, ranks, veto state, indicator tree and breakdown. Pure and deterministic; O(assignments + history).
import { DomainError } from '../shared/errors';
import { runAtOnce } from '../shared/steps';
import { adjust } from './adjustments';
import { dayOf } from './days';
import { entryProblems, indexTable, type TableIndex } from './entries';
import type { ScoringFacts } from './facts';
import { normaliseSteps, readAssignments, type NEntry, type NFacts, type NUnit } from './normalise';
import { place, type Contender } from './outcome';
import { Problems } from './problems';
import { RESULT_FORMAT, type ScoreResult, type UnitScore } from './result-types';
import { roundCents, roundUnit } from './round';
import type { Indicator, Rubric, UnitClass } from './rubric-types';
import { clockAt, stateAt } from './state';
import { snapshotOf, type AssignmentSnapshot } from './states';
import { scoreTree } from './tree';
import { parseRubric } from './validate-rubric';

export interface ScoreOptions {
	/**
	 * Receives every assignment's snapshot at asOf, every unit's (classed or not), in the facts' unit
	 * order: what snapshotSteps gives, without reading the history a second time (a bulletin needs both).
	 */
	snapshots?: AssignmentSnapshot[];
}

/** Scores every unit as of the end of `asOf` ('YYYY-MM-DD', Shanghai). Throws DomainError('invalid') on bad input. */
export function computeScores(
	rubricInput: Rubric | unknown,
	factsInput: ScoringFacts | unknown,
	asOf: string
): ScoreResult {
	return runAtOnce(scoreSteps(rubricInput, factsInput, asOf));
}

/**
 * The same computation a unit at a time: yields after each unit, so a server can give other requests
 * a turn while a province is scored (see assessment/steps.ts). The result is computeScores's.
 */
export function* scoreSteps(
	rubricInput: Rubric | unknown,
	factsInput: ScoringFacts | unknown,
	asOf: string,
	opts: ScoreOptions = {}
): Generator<void, ScoreResult, void> {
	const { snapshots } = opts;
	const rubric = parseRubric(rubricInput);
	const asOfDay = dayOf(asOf);
	if (Number.isNaN(asOfDay)) throw new DomainError('invalid', `计分日期「${String(asOf)}」不是有效日期（YYYY-MM-DD）`);
	const facts = yield* normaliseSteps(factsInput);
	// Reading a province's facts is a slice of its own.
	yield;
	const clock = clockAt(asOfDay, facts);
	const tables = new Map(rubric.tables.map((t) => [t.id, indexTable(t)]));
	const p = new Problems();
	checkScopes(rubric, facts, p);
	const outcome = rubric.outcome;
	const compareBy = outcome.compareBy ?? 'percent';
	const vetoBand = outcome.vetoBand ?? outcome.bands.at(-1)!.name;
	const scored: Omit<UnitScore, 'band' | 'rank' | 'classRank'>[] = [];
	const contenders: Contender[] = [];
	const excluded: ScoreResult['excluded'] = [];
	// Unit by unit, so each unit's history and working data are garbage before the next unit starts.
	for (const unit of facts.units) {
		const cls = classOf(unit, rubric, p);
		if (!cls) {
			excluded.push({ unitId: unit.id, name: unit.name, reason: '不属于任何考核类别' });
			if (snapshots) for (const a of readAssignments(facts, unit.id)) snapshots.push(snapshotOf(stateAt(a, clock)));
			continue;
		}
		const ix = tables.get(cls.table)!;
		const known = facts.problems.list.length + p.list.length;
		for (const e of facts.entriesByUnit.get(unit.id)!) entryProblems(e, ix, p);
		const assignments = readAssignments(facts, unit.id);
		// Facts already refused are not scored: the call throws below with every problem.
		if (facts.problems.list.length + p.list.length > known || !facts.problems.ok || !p.ok) continue;
		const entries = entriesUpTo(facts.entriesByUnit.get(unit.id)!, asOfDay);
		const states = assignments.map((a) => stateAt(a, clock));
		if (snapshots) for (const s of states) snapshots.push(snapshotOf(s));
		const root = scoreTree({
			table: ix.table,
			clock,
			states,
			entriesByIndicator: entries,
			classNotApplicable: new Set(cls.notApplicable ?? [])
		});
		if (root.na) {
			excluded.push({ unitId: unit.id, name: unit.name, reason: '没有适用于本单位的指标' });
			continue;
		}
		const adjusted = adjust(ix.table, root, entries, vetoBand);
		const rounded = roundUnit(root, adjusted.lines, adjusted.total);
		const max = tableMax(ix);
		const percent = roundCents((rounded.total / max) * 100) / 100;
		scored.push({
			unitId: unit.id,
			name: unit.name,
			classId: cls.id,
			className: cls.name,
			total: rounded.total,
			max,
			percent,
			base: rounded.base,
			veto: adjusted.veto,
			tree: rounded.tree,
			lines: rounded.lines
		});
		contenders.push({
			classId: cls.id,
			key: compareBy === 'percent' ? percent : rounded.total,
			vetoFail: adjusted.veto?.effect === 'fail',
			bands: cls.bands ?? outcome.bands
		});
		yield;
	}
	facts.problems.throwIfAny('考核数据有误');
	p.throwIfAny('考核数据与评分细则不符');
	const placed = place(contenders, outcome);
	const units: UnitScore[] = scored.map((s, i) => {
		const { unitId, name, classId, className, total, max, percent, base, veto, tree, lines } = s;
		const { rank, classRank, band, bandBeforeQuota } = placed[i];
		const head = { unitId, name, classId, className, total, max, percent, base, band };
		return { ...head, ...(bandBeforeQuota ? { bandBeforeQuota } : {}), rank, classRank, veto, tree, lines };
	});
	const order = units.map((_, i) => i).sort((a, b) => units[a].rank - units[b].rank || a - b);
	const counts = new Map<string, number>();
	for (const u of units) counts.set(u.classId, (counts.get(u.classId) ?? 0) + 1);
	return {
		format: RESULT_FORMAT,
		version: 1,
		rubric: rubric.name,
		asOf,
		final: !clock.interim,
		compareBy,
		publish: outcome.publish ?? 'scores',
		classes: rubric.classes.map((c) => ({
			id: c.id,
			name: c.name,
			table: c.table,
			max: tableMax(tables.get(c.table)!),
			units: counts.get(c.id) ?? 0
		})),
		units: order.map((i) => units[i]),
		excluded
	};
}

const tableMax = (ix: TableIndex) => ix.table.indicators.reduce((s, i: Indicator) => s + i.max, 0);

/** The facts' class override, then an explicit unit list, then the unit's kind. */
function classOf(u: NUnit, rubric: Rubric, p: Problems): UnitClass | null {
	if (u.classOverride !== null) {
		const c = rubric.classes.find((x) => x.id === u.classOverride);
		if (!c) p.add(`单位「${u.name}」的考核类别「${u.classOverride}」在评分细则中不存在`);
		return c ?? null;
	}
	return (
		rubric.classes.find((c) => c.unitIds?.includes(u.id)) ??
		rubric.classes.find((c) => c.kinds?.includes(u.kind)) ??
		null
	);
}

function entriesUpTo(list: NEntry[], asOfDay: number): Map<string, NEntry[]> {
	const out = new Map<string, NEntry[]>();
	for (const e of list) {
		if (e.day > asOfDay) break;
		const l = out.get(e.indicator);
		if (l) l.push(e);
		else out.set(e.indicator, [e]);
	}
	return out;
}

/** A scope naming a section or task the plan does not have is a rubric written for another plan. */
function checkScopes(rubric: Rubric, facts: NFacts, p: Problems): void {
	for (const m of scopeProblems(rubric, facts.sectionCodes, facts.taskCodes)) p.add(m);
}

/** What a rubric's scopes name that the plan does not have (section codes 一、二…, task codes 一(三)). */
export function scopeProblems(
	rubric: Rubric,
	sectionCodes: ReadonlySet<string>,
	taskCodes: ReadonlySet<string>
): string[] {
	const out: string[] = [];
	const walk = (list: Indicator[]) => {
		for (const ind of list) {
			if (ind.children) walk(ind.children);
			for (const r of ind.rules ?? []) {
				if (!('scope' in r) || !r.scope) continue;
				for (const s of r.scope.sections ?? [])
					if (!sectionCodes.has(s)) out.push(`指标「${ind.name}」的范围：工作要点没有第${s}部分`);
				for (const t of r.scope.tasks ?? [])
					if (!taskCodes.has(t)) out.push(`指标「${ind.name}」的范围：工作要点没有任务 ${t}`);
			}
		}
	};
	for (const t of rubric.tables) walk(t.indicators);
	return [...new Set(out)];
}
