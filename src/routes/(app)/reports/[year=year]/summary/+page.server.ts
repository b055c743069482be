import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as city from '$lib/server/annual-report/city';
import { previousStatistics } from '$lib/server/annual-report/previous';
import { checkStatistics } from '$lib/annual-report/checks/index';
import { checkExtras } from '$lib/annual-report/extra';
import { requireCan } from '$lib/server/web/guards';
import { orErrorPage } from '$lib/server/web/reports';

export const load = (async (event) => {
	const user = requireCan(event, 'report.view_all');
	const db = getDb();
	const year = Number(event.params.year);
	const totals = await orErrorPage(() => city.loadCityTotals(db, user, year));
	const cell = event.url.searchParams.get('cell');
	const previous = previousStatistics(db, { year, unitId: null }) ?? undefined;
	return {
		year,
		format: totals.format,
		bodyName: totals.bodyName,
		total: totals.total,
		parts: totals.parts.map((p) => ({ unitId: p.unitId, name: p.name, imported: p.imported })),
		pending: totals.pending,
		drill: cell ? city.drillDown(totals, cell) : null,
		checks: [...checkExtras(totals.total, true), ...checkStatistics(totals.total, { previous })],
		hasPrevious: !!previous
	};
}) satisfies PageServerLoad;
