import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as boards from '$lib/server/boards/board';
import { unitBoard } from '$lib/server/boards/unit';
import { can } from '$lib/server/auth/policy';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';

export const load = (async (event) => {
	const user = requireCan(event, 'board.view');
	const unitId = Number(event.params.unitId);
	if (!can(user, 'assignment.view', { unitId })) error(404, '单位不存在，或您无权查看');
	const db = getDb();
	const planId = boardQuery(event.url).planId ?? boards.latestPlanId(db);
	const page = planId ? unitBoard(db, user, unitId, planId, shanghaiDate()) : null;
	if (!page) error(404, '单位或工作要点不存在');
	return { page, plans: boards.listPlanChoices(db) };
}) satisfies PageServerLoad;
