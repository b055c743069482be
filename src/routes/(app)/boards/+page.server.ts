import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as boards from '$lib/server/boards/board';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';
import { rankingFor } from '$lib/server/assessment/ranking';

type Ranking = Awaited<ReturnType<typeof rankingFor>>;

/** The board shows the head and the tail of a long ranking; the whole list is on /assessment. */
function shortRanking(r: Ranking) {
	const cut = <T>(rows: T[]) =>
		rows.length > 20
			? { head: rows.slice(0, 10), tail: rows.slice(-10), total: rows.length }
			: { head: rows, tail: [], total: rows.length };
	if (r.kind === 'published')
		return r.published ? { kind: r.kind, bulletin: r.published.bulletin, ...cut(r.published.rows) } : null;
	if ('error' in r.view) return { kind: 'error' as const, error: r.view.error };
	const { rows, ...view } = r.view;
	return { ...view, kind: r.kind, ...cut(rows) };
}

export const load = (async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const q = boardQuery(event.url);
	const planId = q.planId ?? boards.latestPlanId(db);
	if (!planId) return { board: null, plans: [] };
	const today = shanghaiDate();
	const board = boards.getBoard(db, user, { planId, sectionId: q.sectionId, kind: q.kind }, today);
	if (!board) error(404, '工作要点不存在');
	return {
		plans: boards.listPlanChoices(db),
		board,
		// The whole plan's scores from its rubric (the section and kind filters are the board's, not the
		// rubric's); after a change, the previous ranking until the new one is computed.
		ranking: shortRanking(await rankingFor(db, user, planId, today, { stale: true }))
	};
}) satisfies PageServerLoad;
