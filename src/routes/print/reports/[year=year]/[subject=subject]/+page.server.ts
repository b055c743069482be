import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getPrintedReport } from '$lib/server/annual-report/draft/view';
import { requireUser } from '$lib/server/web/guards';
import { orErrorPage, reportRef } from '$lib/server/web/reports';

export const load = (async (event) => {
	const user = requireUser(event);
	const ref = reportRef(event.params);
	return { ref, printed: await orErrorPage(() => getPrintedReport(getDb(), user, ref)) };
}) satisfies PageServerLoad;
