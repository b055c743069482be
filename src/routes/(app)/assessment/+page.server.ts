import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { latestPlanId, listPlanChoices } from '$lib/server/boards/board';
import { rankingFor } from '$lib/server/assessment/ranking';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';

export const load = (async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const planId = boardQuery(event.url).planId ?? latestPlanId(db);
	const plans = listPlanChoices(db);
	if (!planId || !plans.some((p) => p.id === planId)) return { plans, planId: null, ranking: null };
	return {
		plans,
		planId,
		ownUnitId: user.unitId,
		canManage: user.role === 'admin',
		ranking: await rankingFor(db, user, planId, shanghaiDate())
	};
}) satisfies PageServerLoad;
