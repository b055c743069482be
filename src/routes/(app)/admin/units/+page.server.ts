import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/server/units/registry';
import type { UnitKind } from '$lib/server/db/schema';
import { actorOf, requireRole } from '$lib/server/web/guards';
import { domainFail, formValues, int, text } from '$lib/server/web/forms';
import { splitAliases } from '$lib/server/units/form';

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const all = units.listUnits(db);
	const groups = units.listGroups(db).map((g) => ({
		...g,
		memberCount: g.expandsToKind ? all.filter((u) => u.active && u.kind === g.expandsToKind).length : null
	}));
	return { units: all, groups };
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await event.request.formData();
		const values = formValues(data);
		let id: number;
		try {
			id = units.createUnit(getDb(), actorOf(event, user), {
				name: text(data, 'name'),
				shortName: text(data, 'shortName'),
				kind: text(data, 'kind') as UnitKind,
				sortOrder: int(data, 'sortOrder') ?? 0,
				aliases: splitAliases(text(data, 'aliases'))
			});
		} catch (e) {
			return domainFail(e, values);
		}
		redirect(303, `/admin/units/${id}?created=1`);
	}
} satisfies Actions;
