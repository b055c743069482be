// 督办看板: where a plan stands, for a viewer (unit staff see their own unit only). The figures are in
// figures.ts and trend.ts, the cache in cache.ts; this module is what pages call.
import { and, desc, eq, sql } from 'drizzle-orm';
import { isWorkPlan } from '../plans/kind';
import { prepared, type DB } from '../db/client';
import { plan } from '../db/schema';
import type { PolicyUser } from '../auth/policy';
import { planStart } from '../assignments/light-state';
import { computeBoard } from './figures';
import { cachedBoard, storeBoard } from './cache';
import type { Board, BoardFilter, Scope } from './types';

export type { Board, BoardFilter, Completion, TrendWeek, UnitCompletionRow } from './types';
export { clearBoardCache } from './cache';
export { weekOf } from './trend';

export function latestPlanId(db: DB): number | null {
	return (
		db.select({ id: plan.id }).from(plan).where(isWorkPlan).orderBy(desc(plan.year), desc(plan.id)).limit(1).get()
			?.id ?? null
	);
}

/**
 * The board for a plan as the viewer may see it (unit staff: their own unit only). Returns null
 * when the plan does not exist. `useCache: false` always recomputes (tests count statements).
 */
export function getBoard(
	db: DB,
	viewer: PolicyUser & { unitName?: string | null },
	filter: BoardFilter,
	today: string,
	opts: { useCache?: boolean; now?: number } = {}
): Board | null {
	// The one statement a cached board costs: prepared once per database.
	const row = prepared(db, 'board.plan', (d) =>
		d
			.select({
				id: plan.id,
				title: plan.title,
				year: plan.year,
				dataVersion: plan.dataVersion,
				issuedOn: plan.issuedOn
			})
			.from(plan)
			.where(and(eq(plan.id, sql.placeholder('id')), isWorkPlan))
			.prepare()
	).get({ id: filter.planId });
	if (!row) return null;
	const { issuedOn, ...rest } = row;
	const p = { ...rest, start: planStart({ year: row.year, issuedOn }) };
	const scopeUnit = viewer.role === 'unit' && viewer.unitId ? { id: viewer.unitId, name: viewer.unitName ?? '' } : null;
	const scope: Scope = { planId: p.id, sectionId: filter.sectionId, kind: filter.kind, unitId: scopeUnit?.id };
	const key = JSON.stringify([scope, today]);
	const now = opts.now ?? Date.now();
	const useCache = opts.useCache !== false;
	const hit = useCache ? cachedBoard(db, key, p.dataVersion, now) : null;
	if (hit) return hit;
	const board = computeBoard(db, p, scope, scopeUnit, today);
	if (useCache) storeBoard(db, key, p.dataVersion, now, board);
	return board;
}

export function listPlanChoices(db: DB): { id: number; title: string; year: number }[] {
	return prepared(db, 'board.plans', (d) =>
		d
			.select({ id: plan.id, title: plan.title, year: plan.year })
			.from(plan)
			.where(isWorkPlan)
			.orderBy(desc(plan.year), desc(plan.id))
			.prepare()
	).all();
}
