import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as boards from '$lib/server/boards/board';
import { getMatrix } from '$lib/server/boards/matrix';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';

export const load = (async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const q = boardQuery(event.url);
	const planId = q.planId ?? boards.latestPlanId(db);
	if (!planId) error(404, '还没有导入工作要点');
	const p = event.url.searchParams;
	const matrix = getMatrix(db, user, {
		planId,
		sectionId: q.sectionId,
		kind: q.kind,
		orient: p.get('orient') === 'units' ? 'units' : 'tasks',
		page: Number(p.get('page')) || 1,
		colPage: Number(p.get('cols')) || 1
	});
	if (!matrix) error(404, '工作要点不存在');
	return { matrix, plans: boards.listPlanChoices(db), scoped: user.role === 'unit' };
}) satisfies PageServerLoad;
