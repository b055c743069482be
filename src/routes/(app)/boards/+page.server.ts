import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as boards from '$lib/server/boards/board';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';

export const load = (async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const q = boardQuery(event.url);
	const planId = q.planId ?? boards.latestPlanId(db);
	if (!planId) return { board: null, plans: [] };
	const board = boards.getBoard(db, user, { planId, sectionId: q.sectionId, kind: q.kind }, shanghaiDate());
	if (!board) error(404, '工作要点不存在');
	const r = board.ranking;
	return {
		plans: boards.listPlanChoices(db),
		board: {
			...board,
			// The board shows the head and the tail of the ranking; the full list has its own page.
			ranking:
				r.length > 20
					? { head: r.slice(0, 10), tail: r.slice(-10), total: r.length }
					: { head: r, tail: [], total: r.length }
		}
	};
}) satisfies PageServerLoad;
