import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { evidenceForDownload } from '$lib/server/assignments/download';
import { requireUser } from '$lib/server/web/guards';
import { storedFileResponse } from '$lib/server/web/download';

/** Downloads one evidence file: access checked, always as an attachment, never sniffed or run. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const file = evidenceForDownload(getDb(), user, Number(event.params.id));
	if (!file) error(404, '材料不存在，或您无权查看');
	return storedFileResponse(file);
};
