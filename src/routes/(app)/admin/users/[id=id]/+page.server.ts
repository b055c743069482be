import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/auth/users';
import * as units from '$lib/server/units/registry';
import type { Role } from '$lib/server/db/schema';
import { actorOf, requireRole } from '$lib/server/web/guards';
import { domainFail, formValues, int, text } from '$lib/server/web/forms';

function userId(params: { id: string }): number {
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, '用户不存在');
	return id;
}

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const found = users.getUser(db, userId(event.params));
	if (!found) error(404, '用户不存在');
	return {
		account: found,
		created: event.url.searchParams.has('created'),
		units: units.listUnits(db, { activeOnly: true }).map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;

export const actions = {
	update: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			users.updateUser(getDb(), actorOf(event, user), userId(event.params), {
				displayName: text(data, 'displayName'),
				role: text(data, 'role') as Role,
				unitId: int(data, 'unitId')
			});
		} catch (e) {
			return domainFail(e, values);
		}
		return { success: '已保存', values };
	},
	resetPassword: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await event.request.formData();
		try {
			await users.resetPassword(
				getDb(),
				actorOf(event, user),
				userId(event.params),
				String(data.get('newPassword') ?? '')
			);
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '密码已重置，该用户的所有登录会话已结束' };
	},
	disable: async (event) => {
		const user = requireRole(event, 'admin');
		try {
			users.setUserActive(getDb(), actorOf(event, user), userId(event.params), false);
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '已停用，该用户的所有登录会话已结束' };
	},
	enable: async (event) => {
		const user = requireRole(event, 'admin');
		try {
			users.setUserActive(getDb(), actorOf(event, user), userId(event.params), true);
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '已启用' };
	}
} satisfies Actions;
