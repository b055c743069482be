import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { entryFileForDownload } from '$lib/server/assessment/entries';
import { requireUser } from '$lib/server/web/guards';
import { storedFileResponse } from '$lib/server/web/download';

/** An entry's evidence file: the office, leaders and the unit the entry is about. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const file = entryFileForDownload(getDb(), user, Number(event.params.id));
	if (!file) error(404, '材料不存在，或您无权查看');
	return storedFileResponse(file);
};
