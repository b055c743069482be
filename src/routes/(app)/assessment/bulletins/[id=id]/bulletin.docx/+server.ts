import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getBulletin } from '$lib/server/bulletins/read';
import { bulletinDocx } from '$lib/server/bulletins/docx';
import { contentDisposition } from '$lib/server/evidence/names';
import { requireCan } from '$lib/server/web/guards';
import { orErrorPage } from '$lib/server/web/reports';

export const GET: RequestHandler = async (event) => {
	const user = requireCan(event, 'bulletin.view');
	const v = await orErrorPage(() => getBulletin(getDb(), user, Number(event.params.id)));
	if (!v) error(404, '通报不存在');
	return new Response(new Uint8Array(await bulletinDocx(v)), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'Content-Disposition': contentDisposition(`${v.bulletin.title}.docx`),
			'Cache-Control': 'private, no-store'
		}
	});
};
