// The live ranking and each unit's breakdown: the engine's result for the plan as of a day, cached by
// the plan's data_version (triggers bump it on anything the engine reads: assignments, deadlines,
// entries, the rubric, classes) and computed in slices so other requests keep flowing. The office and
// leaders see every unit; unit staff their own unit's breakdown only (the published ranking is the
// bulletins', bulletins/read.ts).
import { eq, inArray } from 'drizzle-orm';
import { prepared, type DB } from '../db/client';
import { assignment, deadlineChange, progressReport, review, section, submission, task } from '../db/schema';
import { assertCan, type PolicyUser } from '../auth/policy';
import { isDomainError } from '../shared/errors';
import { shanghaiDate } from '../shared/time';
import type { ScoreLine, ScoreNode, ScoreResult, UnitScore } from '../scoring';
import { planScoreSteps, type PlanScores } from './score-plan';
import { runInSlices } from './steps';

const TTL_MS = 60_000;
const MAX_CACHED = 8;

type Scored = Omit<PlanScores, 'facts'>;
interface Cached {
	version: number;
	at: number;
	value: Promise<Scored>;
	/** The newest finished result for this key, kept while a newer one is computed. */
	last: Scored | null;
	done: boolean;
}
const caches = new WeakMap<object, Map<string, Cached>>();

function versionOf(db: DB, planId: number): number | null {
	const row = prepared(db, 'live.version', (d) =>
		d.$client.prepare('select data_version v from plan where id = ?')
	).get(planId) as { v: number } | undefined;
	return row?.v ?? null;
}

/**
 * The day a plan's live scores are taken at, for `today`: once the year's annual bulletin is issued,
 * never later than its cut-off, and once the year is closed, never later than the day it was closed.
 * Otherwise an open item of a finished year would go on being "overdue" by one more day every day,
 * and a closed year's scores would change.
 */
export function liveScoringDay(db: DB, planId: number, today: string): string {
	// One prepared statement: the board asks on every view.
	const p = prepared(db, 'live.scoring_day', (d) =>
		d.$client.prepare(
			`select closed_at, (select max(cut_off) from bulletin where plan_id = p.id and kind = 'annual' and status = 'issued') cut_off
			from plan p where id = ?`
		)
	).get(planId) as { closed_at: number | null; cut_off: string | null } | undefined;
	if (!p) return today;
	const caps = [today];
	if (p.cut_off) caps.push(p.cut_off);
	if (p.closed_at) caps.push(shanghaiDate(p.closed_at));
	return caps.reduce((a, b) => (b < a ? b : a));
}

/**
 * The plan's scores as of `asOf`, from the cache when nothing changed; one computation per change.
 * With `stale`, a page that can live with a ranking a few seconds old (the board) gets the last
 * finished one at once while the new one is computed, marked `stale`; only the first ever waits.
 */
export function scoresOf(
	db: DB,
	planId: number,
	asOf: string,
	opts: { now?: number; stale?: boolean } = {}
): Promise<Scored & { stale?: true }> {
	const now = opts.now ?? Date.now();
	let cache = caches.get(db.$client);
	if (!cache) caches.set(db.$client, (cache = new Map()));
	const key = `${planId}|${asOf}`;
	const version = versionOf(db, planId) ?? -1;
	let entry = cache.get(key);
	if (!entry || entry.version !== version || now - entry.at >= TTL_MS) {
		const value = runInSlices(planScoreSteps(db, planId, asOf)).then(({ facts: _facts, ...rest }) => rest);
		const fresh: Cached = { version, at: now, value, last: entry?.last ?? null, done: false };
		value.then(
			(v) => Object.assign(fresh, { last: v, done: true }),
			// A failure is not kept: the next request tries again (the office may have fixed the rubric).
			() => cache.get(key) === fresh && cache.delete(key)
		);
		cache.delete(key);
		if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
		cache.set(key, (entry = fresh));
	}
	if (opts.stale && !entry.done && entry.last) return Promise.resolve({ ...entry.last, stale: true as const });
	return entry.value;
}

export interface RankingRow {
	unitId: number;
	name: string;
	classId: string;
	className: string;
	total: number;
	max: number;
	percent: number;
	band: string;
	bandBeforeQuota: string | null;
	rank: number;
	classRank: number;
	vetoed: boolean;
}

export interface RankingView {
	/** An earlier result, shown while the current one is computed (the board only). */
	stale: boolean;
	plan: Scored['plan'];
	asOf: string;
	rubric: Scored['rubric'];
	final: boolean;
	compareBy: ScoreResult['compareBy'];
	publish: ScoreResult['publish'];
	classes: ScoreResult['classes'];
	rows: RankingRow[];
	excluded: ScoreResult['excluded'];
	warnings: string[];
}

export const rankingRow = (u: UnitScore): RankingRow => ({
	unitId: u.unitId,
	name: u.name,
	classId: u.classId,
	className: u.className,
	total: u.total,
	max: u.max,
	percent: u.percent,
	band: u.band,
	bandBeforeQuota: u.bandBeforeQuota ?? null,
	rank: u.rank,
	classRank: u.classRank,
	vetoed: u.veto !== null
});

/** Scoring refused (a rubric that does not fit the plan, entries it cannot read): the message, for the page. */
export type Refused = { error: string };

async function orRefused<T>(work: () => Promise<T>): Promise<T | Refused> {
	try {
		return await work();
	} catch (e) {
		if (isDomainError(e) && e.code === 'invalid') return { error: e.message };
		throw e;
	}
}

/** The live ranking of every unit (the office and leaders). */
export async function liveRanking(
	db: DB,
	viewer: PolicyUser,
	planId: number,
	today: string,
	opts: { stale?: boolean } = {}
): Promise<RankingView | Refused> {
	assertCan(viewer, 'board.all_units', undefined, '单位只能查看已印发通报公布的排名');
	return orRefused(async () => {
		const asOf = liveScoringDay(db, planId, today);
		const s = await scoresOf(db, planId, asOf, { stale: opts.stale });
		const r = s.result;
		return {
			stale: s.stale ?? false,
			plan: s.plan,
			asOf,
			rubric: s.rubric,
			final: r.final,
			compareBy: r.compareBy,
			publish: r.publish,
			classes: r.classes,
			rows: r.units.map(rankingRow),
			excluded: r.excluded,
			warnings: s.warnings
		};
	});
}

export interface SourceLink {
	href: string;
	label: string;
}

export interface BreakdownLine extends Omit<ScoreLine, 'source' | 'related'> {
	source: SourceLink | null;
}

export interface BreakdownView {
	plan: Scored['plan'];
	asOf: string;
	rubric: Scored['rubric'];
	final: boolean;
	unit: RankingRow & { base: number; veto: UnitScore['veto'] };
	classUnits: number;
	tree: ScoreNode[];
	lines: BreakdownLine[];
}

/** One unit's breakdown with every line's source linked; null when the unit is not scored. */
export async function unitBreakdown(
	db: DB,
	viewer: PolicyUser,
	planId: number,
	unitId: number,
	today: string
): Promise<BreakdownView | Refused | null> {
	assertCan(viewer, 'score.view', { unitId }, '只能查看本单位的得分');
	return orRefused(async () => {
		const asOf = liveScoringDay(db, planId, today);
		const s = await scoresOf(db, planId, asOf);
		const u = s.result.units.find((x) => x.unitId === unitId);
		if (!u) return null;
		const links = sourceLinks(db, planId, unitId, u.lines);
		return {
			plan: s.plan,
			asOf,
			rubric: s.rubric,
			final: s.result.final,
			unit: { ...rankingRow(u), base: u.base, veto: u.veto },
			classUnits: s.result.classes.find((c) => c.id === u.classId)?.units ?? 0,
			tree: u.tree,
			lines: u.lines.map(({ source, related: _r, ...l }) => ({
				...l,
				source: source ? (links.get(`${source.kind}:${source.id}`) ?? null) : null
			}))
		};
	});
}

/**
 * Where each line came from, as a link: the assignment page for an assignment and for its reports,
 * submissions, reviews and deadline changes; the entry on this unit's page for an office entry.
 */
export function sourceLinks(
	db: DB,
	planId: number,
	unitId: number,
	lines: readonly ScoreLine[]
): Map<string, SourceLink> {
	const ids: Record<string, number[]> = {};
	for (const l of lines) if (l.source) (ids[l.source.kind] ??= []).push(l.source.id);
	const out = new Map<string, SourceLink>();
	const unique = (k: string) => [...new Set(ids[k] ?? [])];
	const assignmentsOf = (kind: string, rows: { id: number; assignmentId: number | null }[]) => {
		for (const r of rows)
			if (r.assignmentId) out.set(`${kind}:${r.id}`, { href: `/assignments/${r.assignmentId}`, label: '' });
	};
	const chunk = <T>(list: number[], read: (c: number[]) => T[]) => {
		const rows: T[] = [];
		for (let i = 0; i < list.length; i += 500) rows.push(...read(list.slice(i, i + 500)));
		return rows;
	};
	for (const [kind, table] of [
		['report', progressReport],
		['submission', submission],
		['review', review]
	] as const)
		assignmentsOf(
			kind,
			chunk(unique(kind), (c) =>
				db.select({ id: table.id, assignmentId: table.assignmentId }).from(table).where(inArray(table.id, c)).all()
			)
		);
	// A task-wide change (a milestone edited for everyone) leads to this unit's assignment on that task.
	const changes = chunk(unique('deadline-change'), (c) =>
		db
			.select({ id: deadlineChange.id, assignmentId: deadlineChange.assignmentId, taskId: deadlineChange.taskId })
			.from(deadlineChange)
			.where(inArray(deadlineChange.id, c))
			.all()
	);
	const own = new Map(
		db
			.select({ id: assignment.id, taskId: assignment.taskId })
			.from(assignment)
			.where(eq(assignment.unitId, unitId))
			.all()
			.map((a) => [a.taskId, a.id])
	);
	assignmentsOf(
		'deadline-change',
		changes.map((c) => ({ id: c.id, assignmentId: c.assignmentId ?? own.get(c.taskId) ?? null }))
	);
	for (const id of unique('assignment')) out.set(`assignment:${id}`, { href: `/assignments/${id}`, label: '' });
	for (const id of unique('entry'))
		out.set(`entry:${id}`, { href: `/assessment/units/${unitId}?plan=${planId}#entry-${id}`, label: '' });
	// Name each assignment by its task (一(三) 加强政务信息规范管理).
	const assignmentIds = [
		...new Set([...out.values()].flatMap((l) => /^\/assignments\/(\d+)$/.exec(l.href)?.[1] ?? []))
	].map(Number);
	const names = new Map(
		chunk(assignmentIds, (c) =>
			db
				.select({ id: assignment.id, code: section.code, taskCode: task.code, title: task.title })
				.from(assignment)
				.innerJoin(task, eq(task.id, assignment.taskId))
				.innerJoin(section, eq(section.id, task.sectionId))
				.where(inArray(assignment.id, c))
				.all()
		).map((r) => [`/assignments/${r.id}`, `${r.code}${r.taskCode} ${r.title}`])
	);
	for (const [k, l] of out)
		out.set(k, { href: l.href, label: names.get(l.href) ?? (k.startsWith('entry:') ? `录入记录 ${k.slice(6)}` : '') });
	return out;
}
