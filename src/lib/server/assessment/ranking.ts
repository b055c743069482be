// The ranking a viewer may see: the live one (the engine, now) for the office and leaders; for unit
// staff the one the office published, in the latest issued bulletin (scores and ranks, or only 等次
// when that is all it published), plus a link to their own unit's live breakdown.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { bulletin, bulletinUnit } from '../db/schema';
import { can, type PolicyUser } from '../auth/policy';
import { liveRanking, type RankingRow, type RankingView, type Refused } from './live';

export interface PublishedRanking {
	bulletin: { id: number; title: string; docNumber: string; cutOff: string; publish: 'scores' | 'bands' };
	/** Totals, percents and ranks are null when only 等次 were published. */
	rows: (Omit<RankingRow, 'total' | 'percent' | 'rank' | 'classRank'> & {
		total: number | null;
		percent: number | null;
		rank: number | null;
		classRank: number | null;
	})[];
}

export type RankingFor =
	{ kind: 'live'; view: RankingView | Refused } | { kind: 'published'; published: PublishedRanking | null };

/** The latest issued bulletin's ranking of the plan, as published. */
export function publishedRanking(db: DB, planId: number): PublishedRanking | null {
	const b = db
		.select({
			id: bulletin.id,
			title: bulletin.title,
			docNumber: bulletin.docNumber,
			cutOff: bulletin.cutOff,
			publish: bulletin.publish
		})
		.from(bulletin)
		.where(and(eq(bulletin.planId, planId), eq(bulletin.status, 'issued')))
		.orderBy(desc(bulletin.cutOff), desc(bulletin.id))
		.get();
	if (!b) return null;
	const scores = b.publish === 'scores';
	const rows = db
		.select()
		.from(bulletinUnit)
		.where(eq(bulletinUnit.bulletinId, b.id))
		.orderBy(asc(bulletinUnit.seq))
		.all();
	// Only 等次 published: the lists by band, units in registry order within each (rank order would tell ranks).
	if (!scores) {
		const bandAt = new Map<string, number>();
		for (const u of rows) if (!bandAt.has(u.band)) bandAt.set(u.band, bandAt.size);
		rows.sort((x, y) => bandAt.get(x.band)! - bandAt.get(y.band)! || x.unitId - y.unitId);
	}
	return {
		bulletin: b,
		rows: rows.map((u) => ({
			unitId: u.unitId,
			name: u.unitName,
			classId: u.classId,
			className: u.className,
			total: scores ? u.total : null,
			max: u.max,
			percent: scores ? u.percent : null,
			band: u.band,
			bandBeforeQuota: u.bandBeforeQuota,
			rank: scores ? u.rank : null,
			classRank: scores ? u.classRank : null,
			vetoed: u.veto !== null
		}))
	};
}

export async function rankingFor(
	db: DB,
	viewer: PolicyUser,
	planId: number,
	asOf: string,
	opts: { stale?: boolean } = {}
): Promise<RankingFor> {
	if (can(viewer, 'board.all_units')) return { kind: 'live', view: await liveRanking(db, viewer, planId, asOf, opts) };
	return { kind: 'published', published: publishedRanking(db, planId) };
}
