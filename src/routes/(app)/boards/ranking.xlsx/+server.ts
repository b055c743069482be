import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as boards from '$lib/server/boards/board';
import { rankingWorkbook } from '$lib/server/boards/export';
import { contentDisposition } from '$lib/server/evidence/names';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan } from '$lib/server/web/guards';
import { getBody } from '$lib/server/body';
import { unitKindLabels } from '$lib/labels';
import { boardQuery } from '$lib/server/web/board-filter';

export const GET: RequestHandler = async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const q = boardQuery(event.url);
	const planId = q.planId ?? boards.latestPlanId(db);
	const today = shanghaiDate();
	const board = planId ? boards.getBoard(db, user, { planId, sectionId: q.sectionId, kind: q.kind }, today) : null;
	if (!board) error(404, '工作要点不存在');
	return new Response(
		new Uint8Array(await rankingWorkbook(board.plan.title, board.ranking, today, unitKindLabels(getBody(db).level))),
		{
			headers: {
				'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'Content-Disposition': contentDisposition(`${board.plan.title}单位排名-${today}.xlsx`),
				'Cache-Control': 'private, no-store'
			}
		}
	);
};
