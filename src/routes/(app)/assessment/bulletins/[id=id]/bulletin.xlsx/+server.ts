import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getBulletin } from '$lib/server/bulletins/read';
import { bulletinWorkbook } from '$lib/server/bulletins/xlsx';
import { contentDisposition } from '$lib/server/evidence/names';
import { requireCan } from '$lib/server/web/guards';
import { orErrorPage } from '$lib/server/web/reports';

export const GET: RequestHandler = async (event) => {
	const user = requireCan(event, 'bulletin.view');
	const v = await orErrorPage(() => getBulletin(getDb(), user, Number(event.params.id)));
	if (!v) error(404, '通报不存在');
	return new Response(new Uint8Array(await bulletinWorkbook(v)), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': contentDisposition(`${v.bulletin.title}.xlsx`),
			'Cache-Control': 'private, no-store'
		}
	});
};
