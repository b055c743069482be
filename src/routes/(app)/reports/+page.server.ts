import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as overview from '$lib/server/annual-report/overview';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan } from '$lib/server/web/guards';
import { orErrorPage } from '$lib/server/web/reports';

const STATUSES = ['none', 'draft', 'submitted', 'returned', 'accepted'] as const;

export const load = (async (event) => {
	const user = requireCan(event, 'app.view');
	const db = getDb();
	const thisYear = Number(shanghaiDate().slice(0, 4));
	const asked = Number(event.url.searchParams.get('year'));
	const year = asked >= 2019 && asked <= thisYear ? asked : overview.defaultReportYear(db, thisYear);
	const raw = event.url.searchParams.get('status');
	const status = STATUSES.find((s) => s === raw) ?? null;
	return {
		overview: await orErrorPage(() => overview.getYearOverview(db, user, year, thisYear)),
		status,
		role: user.role
	};
}) satisfies PageServerLoad;
