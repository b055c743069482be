// Reading issued bulletins: published to everyone signed in. Unit staff get the published ranking
// (scores or only 等次, as the office chose), the lists and problem items every unit is sent, and
// their own unit's frozen breakdown; the office and leaders every unit's.
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { bulletin, bulletinItem, bulletinLine, bulletinUnit, plan, user, type BulletinItemKind } from '../db/schema';
import { assertCan, can, type PolicyUser } from '../auth/policy';
import { DomainError } from '../shared/errors';

/** The work plan whose bulletins count for this plan (a rectification plan's parent). */
function workPlanOf(tx: Tx, planId: number): number {
	const p = tx.select({ kind: plan.kind, parentId: plan.parentId }).from(plan).where(eq(plan.id, planId)).get();
	return p?.kind === 'rectification' && p.parentId ? p.parentId : planId;
}

/** The latest issued bulletin's cut-off for the plan, or null: sent reports may not go back before it. */
export function lastCutOff(tx: Tx, planId: number): { cutOff: string; title: string } | null {
	return (
		tx
			.select({ cutOff: bulletin.cutOff, title: bulletin.title })
			.from(bulletin)
			.where(and(eq(bulletin.planId, workPlanOf(tx, planId)), eq(bulletin.status, 'issued')))
			.orderBy(desc(bulletin.cutOff), desc(bulletin.id))
			.get() ?? null
	);
}

/** The plan's latest issued annual bulletin (年度考核通报), or null: a year is closed only after it. */
export function getAnnualBulletin(tx: Pick<Tx, 'select'>, planId: number) {
	return (
		tx
			.select({ id: bulletin.id, title: bulletin.title, docNumber: bulletin.docNumber })
			.from(bulletin)
			.where(and(eq(bulletin.planId, planId), eq(bulletin.kind, 'annual'), eq(bulletin.status, 'issued')))
			.orderBy(desc(bulletin.cutOff), desc(bulletin.id))
			.get() ?? null
	);
}

export type BulletinRow = typeof bulletin.$inferSelect & { issuedByName: string; planTitle: string };

function issued(db: DB) {
	return db
		.select({ b: bulletin, issuedByName: user.displayName, planTitle: plan.title })
		.from(bulletin)
		.innerJoin(plan, eq(plan.id, bulletin.planId))
		.leftJoin(user, eq(user.id, bulletin.issuedBy));
}

const row = (r: { b: typeof bulletin.$inferSelect; issuedByName: string | null; planTitle: string }): BulletinRow => ({
	...r.b,
	issuedByName: r.issuedByName ?? '',
	planTitle: r.planTitle
});

/** Issued bulletins, newest first (of one plan, or all). */
export function listBulletins(db: DB, viewer: PolicyUser, planId?: number): BulletinRow[] {
	assertCan(viewer, 'bulletin.view');
	return issued(db)
		.where(and(eq(bulletin.status, 'issued'), planId ? eq(bulletin.planId, planId) : undefined))
		.orderBy(desc(bulletin.cutOff), desc(bulletin.id))
		.all()
		.map(row);
}

export type FrozenUnit = typeof bulletinUnit.$inferSelect;
export type FrozenLine = typeof bulletinLine.$inferSelect;
export type FrozenItem = typeof bulletinItem.$inferSelect;

export interface BulletinView {
	bulletin: BulletinRow;
	/** Rank order; totals and ranks blanked for unit staff when only 等次 are published. */
	units: (Omit<FrozenUnit, 'total' | 'percent' | 'base' | 'rank' | 'classRank' | 'tree'> & {
		total: number | null;
		percent: number | null;
		base: number | null;
		rank: number | null;
		classRank: number | null;
	})[];
	items: Record<BulletinItemKind, FrozenItem[]>;
	/** Deduction lines by unit: the problem list every unit is sent. */
	problems: {
		unitId: number;
		unitName: string;
		lines: { id: number; text: string; points: number; indicatorName: string }[];
	}[];
	/** Unit staff: their own unit's frozen breakdown (the office and leaders open any unit's: getFrozenBreakdown). */
	own: { unit: FrozenUnit; lines: FrozenLine[] } | null;
	/** Scores and ranks are shown to this viewer. */
	showsScores: boolean;
}

/** One issued bulletin as the viewer may read it, or null. */
export function getBulletin(db: DB, viewer: PolicyUser, id: number): BulletinView | null {
	assertCan(viewer, 'bulletin.view');
	const r = issued(db)
		.where(and(eq(bulletin.id, id), eq(bulletin.status, 'issued')))
		.get();
	if (!r) return null;
	const b = row(r);
	const all = can(viewer, 'board.all_units');
	const showsScores = all || b.publish === 'scores';
	const frozen = db
		.select()
		.from(bulletinUnit)
		.where(eq(bulletinUnit.bulletinId, id))
		.orderBy(asc(bulletinUnit.seq))
		.all();
	const items = Object.fromEntries(
		(['red', 'yellow', 'rectified', 'rectification_overdue', 'rectification_open'] as BulletinItemKind[]).map((k) => [
			k,
			[]
		])
	) as unknown as BulletinView['items'];
	for (const it of db
		.select()
		.from(bulletinItem)
		.where(eq(bulletinItem.bulletinId, id))
		.orderBy(asc(bulletinItem.seq))
		.all())
		items[it.kind].push(it);
	const names = new Map(frozen.map((u) => [u.unitId, u.unitName]));
	const deductions = db
		.select({
			id: bulletinLine.id,
			unitId: bulletinLine.unitId,
			text: bulletinLine.text,
			points: bulletinLine.points,
			indicatorName: bulletinLine.indicatorName
		})
		.from(bulletinLine)
		.where(and(eq(bulletinLine.bulletinId, id), lt(bulletinLine.points, 0)))
		.orderBy(asc(bulletinLine.unitId), asc(bulletinLine.seq))
		.all();
	const byUnit = new Map<number, BulletinView['problems'][number]>();
	for (const l of deductions) {
		const p = byUnit.get(l.unitId) ?? { unitId: l.unitId, unitName: names.get(l.unitId) ?? '', lines: [] };
		p.lines.push({ id: l.id, text: l.text, points: l.points, indicatorName: l.indicatorName });
		byUnit.set(l.unitId, p);
	}
	const mine = viewer.role === 'unit' ? frozen.find((u) => u.unitId === viewer.unitId) : undefined;
	const own = mine
		? {
				unit: mine,
				lines: db
					.select()
					.from(bulletinLine)
					.where(and(eq(bulletinLine.bulletinId, id), eq(bulletinLine.unitId, mine.unitId)))
					.orderBy(asc(bulletinLine.seq))
					.all()
			}
		: null;
	return {
		bulletin: b,
		units: frozen.map(({ tree: _tree, ...u }) =>
			showsScores ? u : { ...u, total: null, percent: null, base: null, rank: null, classRank: null }
		),
		items,
		problems: frozen.flatMap((u) => byUnit.get(u.unitId) ?? []),
		own,
		showsScores
	};
}

/** A unit's frozen breakdown in one bulletin (the bulletin page's per-unit view). */
export function getFrozenBreakdown(db: DB, viewer: PolicyUser, id: number, unitId: number) {
	assertCan(viewer, 'score.view', { unitId }, '只能查看本单位的得分明细');
	const b = db.select({ status: bulletin.status }).from(bulletin).where(eq(bulletin.id, id)).get();
	if (!b || b.status !== 'issued') throw new DomainError('not_found', '通报不存在');
	const unit = db
		.select()
		.from(bulletinUnit)
		.where(and(eq(bulletinUnit.bulletinId, id), eq(bulletinUnit.unitId, unitId)))
		.get();
	if (!unit) return null;
	const lines = db
		.select()
		.from(bulletinLine)
		.where(and(eq(bulletinLine.bulletinId, id), eq(bulletinLine.unitId, unitId)))
		.orderBy(asc(bulletinLine.seq))
		.all();
	return { unit, lines };
}
