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
	if (!planId) error(404, '还没有导入工作要点');
	const board = boards.getBoard(db, user, { planId, sectionId: q.sectionId, kind: q.kind }, shanghaiDate());
	if (!board) error(404, '工作要点不存在');
	return {
		plans: boards.listPlanChoices(db),
		plan: board.plan,
		sections: board.sections,
		filter: board.filter,
		ranking: board.ranking,
		scoped: !!board.scopeUnit
	};
}) satisfies PageServerLoad;
