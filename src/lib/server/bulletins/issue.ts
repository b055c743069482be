// 印发通报: the plan scored as of the cut-off, the red and yellow lists and the rectifications as they
// stood then, all copied into the bulletin's own rows. Scoring and writing run in slices (a province
// is 60,000 breakdown lines), each write slice its own short transaction; the rows belong to a
// bulletin in state 'writing' that nobody reads, and one last transaction issues it — from then on
// triggers refuse any change. A failure part-way removes what was written; nothing half-issued is seen.
import { and, eq, lt } from 'drizzle-orm';
import type { DB } from '../db/client';
import { bulletin, bulletinItem, bulletinLine, bulletinUnit, notice, type BulletinKind } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan, type PolicyUser } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { shanghaiDate } from '../shared/time';
import { planScoreSteps, type PlanScores } from '../assessment/score-plan';
import { requireOpenWorkPlan } from '../assessment/rubrics';
import { assertPlanIdOpen } from '../years/guard';
import { rankingRow, type RankingRow } from '../assessment/live';
import { runInSlices } from '../assessment/steps';
import { rectificationsAt } from '../rectifications/list';
import { BULLETIN_KIND_LABEL } from '../../labels';
import { validateBulletin, type BulletinInput, type CleanBulletin } from './input';
import { lastCutOff } from './read';
import { bandCounts, lightItemSteps, rectificationItems, type BandCount, type ItemRow } from './snapshot';
import { writeRows } from './write-rows';

/** A bulletin left 'writing' this long by a process that died is cleared before the next one. */
const ABANDONED_MS = 10 * 60_000;

export interface Frozen {
	input: CleanBulletin;
	scores: PlanScores;
	items: ItemRow[];
	previous: string | null;
}

/** Everything the bulletin will hold, computed in slices. */
async function freeze(db: DB, planId: number, input: BulletinInput, now: number): Promise<Frozen> {
	// A closed year's 考核 is over: its bulletins are all issued (drizzle/0017 refuses one underneath).
	const p = requireOpenWorkPlan(db, planId);
	const previous = lastCutOff(db, planId)?.cutOff ?? null;
	const clean = validateBulletin(input, { today: shanghaiDate(now), planYear: p.year, lastCutOff: previous });
	const scores = await runInSlices(planScoreSteps(db, planId, clean.cutOff, { snapshots: true }));
	const snapshots = scores.snapshots!;
	const lights = await runInSlices(
		lightItemSteps(scores.facts, snapshots, { cutOff: clean.cutOff, warnDays: p.warnDays })
	);
	const items = [...lights, ...rectificationItems(rectificationsAt(db, planId, p.year, clean.cutOff), previous)];
	return { input: clean, scores, items, previous };
}

export interface BulletinPreview {
	input: CleanBulletin;
	kindLabel: string;
	plan: PlanScores['plan'];
	rubric: PlanScores['rubric'];
	final: boolean;
	units: number;
	lines: number;
	deductions: number;
	bands: BandCount[];
	top: RankingRow[];
	counts: Record<ItemRow['kind'], number>;
	excluded: PlanScores['result']['excluded'];
	previousCutOff: string | null;
}

function summarise(f: Frozen): BulletinPreview {
	const r = f.scores.result;
	const counts = { red: 0, yellow: 0, rectified: 0, rectification_overdue: 0, rectification_open: 0 };
	for (const i of f.items) counts[i.kind]++;
	return {
		input: f.input,
		kindLabel: BULLETIN_KIND_LABEL[f.input.kind],
		plan: f.scores.plan,
		rubric: f.scores.rubric,
		final: r.final,
		units: r.units.length,
		lines: r.units.reduce((n, u) => n + u.lines.length, 0),
		deductions: r.units.reduce((n, u) => n + u.lines.filter((l) => l.points < 0).length, 0),
		bands: bandCounts(f.scores, f.scores.rubric.bands),
		top: r.units.slice(0, 10).map(rankingRow),
		counts,
		excluded: r.excluded,
		previousCutOff: f.previous
	};
}

/** 预览: what issuing would freeze, without writing anything. */
export async function previewBulletin(
	db: DB,
	viewer: PolicyUser,
	planId: number,
	input: BulletinInput,
	now = Date.now()
) {
	assertCan(viewer, 'bulletin.issue', undefined, '只有政务公开办可以印发通报');
	return summarise(await freeze(db, planId, input, now));
}

/** Plans being issued in this process: a second issue of the same plan waits its turn by refusing. */
const issuing = new WeakMap<object, Set<number>>();

/** Issues the bulletin; returns its id. The event loop is free between slices (see steps.ts). */
export async function issueBulletin(
	db: DB,
	actor: Actor,
	planId: number,
	input: BulletinInput,
	opts: { now?: number; sliceMs?: number } = {}
): Promise<number> {
	assertCan(actor, 'bulletin.issue', undefined, '只有政务公开办可以印发通报');
	const now = opts.now ?? Date.now();
	let mine = issuing.get(db.$client);
	if (!mine) issuing.set(db.$client, (mine = new Set()));
	if (mine.has(planId)) throw new DomainError('conflict', '本工作要点正在印发另一期通报，请稍后再试');
	mine.add(planId);
	try {
		clearAbandoned(db, planId, now);
		const f = await freeze(db, planId, input, now);
		if (docNumberTaken(db, f.input.docNumber))
			throw new DomainError('conflict', `文号「${f.input.docNumber}」已被另一期通报使用`, { docNumber: '文号重复' });
		const id = startBulletin(db, actor, planId, f, now);
		try {
			await runInSlices(writeRows(db, id, f), opts.sliceMs);
			finish(db, actor, planId, id, f, now);
		} catch (e) {
			discard(db, id);
			throw e;
		}
		return id;
	} finally {
		mine.delete(planId);
	}
}

function docNumberTaken(db: DB, docNumber: string): boolean {
	return !!db
		.select({ id: bulletin.id })
		.from(bulletin)
		.where(and(eq(bulletin.docNumber, docNumber), eq(bulletin.status, 'issued')))
		.get();
}

function startBulletin(db: DB, actor: Actor, planId: number, f: Frozen, now: number): number {
	const r = f.scores.result;
	return db
		.insert(bulletin)
		.values({
			planId,
			kind: f.input.kind as BulletinKind,
			docNumber: f.input.docNumber,
			title: f.input.title,
			cutOff: f.input.cutOff,
			issuer: f.input.issuer,
			comment: f.input.comment,
			publish: f.input.publish,
			rubricId: f.scores.rubric.id,
			rubricName: f.scores.rubric.name,
			rubricVersion: f.scores.rubric.version,
			classes: r.classes.map((c) => ({ id: c.id, name: c.name, max: c.max, units: c.units })),
			excluded: r.excluded,
			final: r.final,
			createdBy: actor.id,
			createdAt: now
		})
		.returning({ id: bulletin.id })
		.get().id;
}

function finish(db: DB, actor: Actor, planId: number, id: number, f: Frozen, now: number): void {
	db.transaction((tx) => {
		// The year may have been closed while the rows were written: then nothing is issued.
		assertPlanIdOpen(tx, planId);
		tx.update(bulletin).set({ status: 'issued', issuedAt: now, issuedBy: actor.id }).where(eq(bulletin.id, id)).run();
		const label = BULLETIN_KIND_LABEL[f.input.kind];
		const message = `${f.input.docNumber}《${f.input.title}》已印发（${label}，截至 ${f.input.cutOff}）。`;
		const units = f.scores.result.units;
		for (let i = 0; i < units.length; i += 500)
			tx.insert(notice)
				.values(
					units.slice(i, i + 500).map((u) => ({
						unitId: u.unitId,
						kind: 'assessment' as const,
						message,
						createdBy: actor.id,
						createdAt: now
					}))
				)
				.run();
		recordAudit(tx, actor, {
			action: 'bulletin.issue',
			objectType: 'bulletin',
			objectId: id,
			summary:
				`印发${label} ${f.input.docNumber}《${f.input.title}》，截至 ${f.input.cutOff}，${units.length} 个单位`.slice(
					0,
					300
				),
			detail: { rubric: f.scores.rubric.name, rubricVersion: f.scores.rubric.version, items: f.items.length }
		});
	});
}

/** Removes a bulletin that was never issued (the triggers allow it only while it is 'writing'). */
function discard(db: DB, id: number): void {
	db.transaction((tx) => {
		for (const t of [bulletinLine, bulletinUnit, bulletinItem]) tx.delete(t).where(eq(t.bulletinId, id)).run();
		tx.delete(bulletin)
			.where(and(eq(bulletin.id, id), eq(bulletin.status, 'writing')))
			.run();
	});
}

/**
 * At start-up: every bulletin still 'writing' belonged to a process that died (SIGKILL, power loss)
 * part-way, since only the server issues bulletins. Without this the plan would refuse the next
 * bulletin as 「正在印发中」 until the ten minutes below had passed. Returns how many were removed.
 */
export function discardUnfinishedBulletins(db: DB): number {
	const rows = db.select({ id: bulletin.id }).from(bulletin).where(eq(bulletin.status, 'writing')).all();
	for (const r of rows) discard(db, r.id);
	return rows.length;
}

function clearAbandoned(db: DB, planId: number, now: number): void {
	const stale = db
		.select({ id: bulletin.id })
		.from(bulletin)
		.where(and(eq(bulletin.planId, planId), eq(bulletin.status, 'writing'), lt(bulletin.createdAt, now - ABANDONED_MS)))
		.all();
	for (const s of stale) discard(db, s.id);
	if (
		db
			.select({ id: bulletin.id })
			.from(bulletin)
			.where(and(eq(bulletin.planId, planId), eq(bulletin.status, 'writing')))
			.get()
	)
		throw new DomainError('conflict', '另一期通报正在印发中，请稍后再试');
}
