import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/auth/users';
import * as units from '$lib/server/units/registry';
import type { Role } from '$lib/server/db/schema';
import { actorOf, requireRole } from '$lib/server/web/guards';
import { domainFail, formValues, int, text } from '$lib/server/web/forms';

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	return {
		users: users.listUsers(db),
		units: units.listUnits(db, { activeOnly: true }).map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await event.request.formData();
		const values = formValues(data);
		let id: number;
		try {
			id = await users.createUser(getDb(), actorOf(event, user), {
				username: text(data, 'username'),
				displayName: text(data, 'displayName'),
				role: text(data, 'role') as Role,
				unitId: int(data, 'unitId'),
				password: String(data.get('password') ?? '')
			});
		} catch (e) {
			return domainFail(e, values);
		}
		redirect(303, `/admin/users/${id}?created=1`);
	}
} satisfies Actions;
