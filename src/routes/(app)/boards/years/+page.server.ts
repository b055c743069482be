import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as history from '$lib/server/years/history';
import * as units from '$lib/server/units/registry';
import { requireCan } from '$lib/server/web/guards';
import { orErrorPage } from '$lib/server/web/reports';

export const load = (async (event) => {
	const user = requireCan(event, 'board.view');
	const db = getDb();
	const asked = event.url.searchParams.get('unit');
	if (asked && !/^[1-9]\d{0,9}$/.test(asked)) error(404, '单位不存在');
	// Unit staff always look at their own unit; the office and leaders at the city unless they pick one.
	const unitId = asked ? Number(asked) : user.role === 'unit' ? user.unitId : null;
	if (user.role === 'unit' && unitId === null) error(403, '账号未绑定单位，请联系管理员');
	const overview = await orErrorPage(() => history.yearsOverview(db, user, { unitId }));
	return {
		overview,
		units: history.canPickUnit(user)
			? units.listUnits(db).map((u) => ({ id: u.id, name: u.shortName, active: u.active }))
			: null
	};
}) satisfies PageServerLoad;
