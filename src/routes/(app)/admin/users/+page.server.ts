import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/auth/users';
import * as units from '$lib/server/units/registry';
import type { Role } from '$lib/server/db/schema';
import { requireCan } from '$lib/server/web/guards';
import { int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';

export const load = (async (event) => {
	requireCan(event, 'admin.manage');
	const db = getDb();
	return {
		users: users.listUsers(db),
		units: units.listUnits(db, { activeOnly: true }).map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;

export const actions = {
	create: (e) =>
		formAction(
			e,
			requireCan(e, 'admin.manage'),
			{ success: '用户已创建', then: (id: number) => `/admin/users/${id}` },
			(actor, d) =>
				users.createUser(getDb(), actor, {
					username: text(d, 'username'),
					displayName: text(d, 'displayName'),
					role: text(d, 'role') as Role,
					unitId: int(d, 'unitId'),
					password: String(d.get('password') ?? '')
				})
		)
} satisfies Actions;
