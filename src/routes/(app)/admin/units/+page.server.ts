import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/server/units/registry';
import type { UnitKind } from '$lib/server/db/schema';
import { requireCan } from '$lib/server/web/guards';
import { int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';
import { splitAliases } from '$lib/server/units/form';

export const load = (async (event) => {
	requireCan(event, 'admin.manage');
	const db = getDb();
	const all = units.listUnits(db);
	const groups = units.listGroups(db).map((g) => ({
		...g,
		memberCount: g.expandsToKind ? all.filter((u) => u.active && u.kind === g.expandsToKind).length : null
	}));
	return { units: all, groups };
}) satisfies PageServerLoad;

export const actions = {
	create: (e) =>
		formAction(
			e,
			requireCan(e, 'admin.manage'),
			{ success: '单位已新增', then: (id: number) => `/admin/units/${id}` },
			(actor, d) =>
				units.createUnit(getDb(), actor, {
					name: text(d, 'name'),
					shortName: text(d, 'shortName'),
					kind: text(d, 'kind') as UnitKind,
					sortOrder: int(d, 'sortOrder') ?? 0,
					aliases: splitAliases(text(d, 'aliases'))
				})
		)
} satisfies Actions;
