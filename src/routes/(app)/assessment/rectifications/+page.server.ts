import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { latestPlanId, listPlanChoices } from '$lib/server/boards/board';
import { listRectifications } from '$lib/server/rectifications/list';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';

export const load = (async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const planId = boardQuery(event.url).planId ?? latestPlanId(db);
	return {
		planId,
		plans: listPlanChoices(db),
		office: user.role === 'admin',
		rows: planId ? listRectifications(db, user, planId) : []
	};
}) satisfies PageServerLoad;
