import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as editor from '$lib/server/assessment/rubric-edit';
import { contentDisposition } from '$lib/server/evidence/names';
import { isDomainError } from '$lib/server/shared/errors';
import { requireCan } from '$lib/server/web/guards';

/** 导出评分细则: the version in force (or ?version=N) as the .json file the editor imports. */
export const GET: RequestHandler = (event) => {
	const user = requireCan(event, 'board.all_units');
	const q = event.url.searchParams;
	const planId = Number(q.get('plan'));
	const v = q.get('version');
	if (!Number.isSafeInteger(planId) || planId <= 0) error(400, '缺少工作要点');
	try {
		const file = editor.exportRubric(getDb(), user, planId, v !== null && /^\d{1,6}$/.test(v) ? Number(v) : undefined);
		return new Response(file.text, {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': contentDisposition(file.filename),
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		if (isDomainError(e)) error(e.status, e.message);
		throw e;
	}
};
