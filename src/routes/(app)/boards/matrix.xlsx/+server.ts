import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as boards from '$lib/server/boards/board';
import { getMatrix } from '$lib/server/boards/matrix';
import { matrixWorkbook } from '$lib/server/boards/export';
import { contentDisposition } from '$lib/server/evidence/names';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';

export const GET: RequestHandler = async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const q = boardQuery(event.url);
	const planId = q.planId ?? boards.latestPlanId(db);
	const orient = event.url.searchParams.get('orient') === 'units' ? 'units' : 'tasks';
	const m = planId ? getMatrix(db, user, { planId, sectionId: q.sectionId, kind: q.kind, orient, all: true }) : null;
	if (!m) error(404, '工作要点不存在');
	const today = shanghaiDate();
	return new Response(new Uint8Array(await matrixWorkbook(m, today)), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': contentDisposition(`${m.plan.title}台账-${today}.xlsx`),
			'Cache-Control': 'private, no-store'
		}
	});
};
