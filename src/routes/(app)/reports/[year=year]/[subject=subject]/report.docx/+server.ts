import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { exportReportDocx } from '$lib/server/annual-report/draft/view';
import { contentDisposition } from '$lib/server/evidence/names';
import { requireUser } from '$lib/server/web/guards';
import { orErrorPage, reportRef } from '$lib/server/web/reports';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const { fileName, bytes } = await orErrorPage(() => exportReportDocx(getDb(), user, reportRef(event.params)));
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'Content-Disposition': contentDisposition(fileName),
			'Cache-Control': 'private, no-store'
		}
	});
};
