import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/auth/users';
import * as units from '$lib/server/units/registry';
import type { Role } from '$lib/server/db/schema';
import { requireCan } from '$lib/server/web/guards';
import { int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';
import { takeFlash } from '$lib/server/web/flash';

const userOf = (event: { params: { id: string } }) => Number(event.params.id);

export const load = (async (event) => {
	requireCan(event, 'admin.manage');
	const db = getDb();
	const found = users.getUser(db, userOf(event));
	if (!found) error(404, '用户不存在');
	return {
		account: found,
		flash: takeFlash(event.cookies, event.url),
		units: units.listUnits(db, { activeOnly: true }).map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;

export const actions = {
	update: (e) =>
		formAction(e, requireCan(e, 'admin.manage'), { success: '已保存' }, (actor, d) =>
			users.updateUser(getDb(), actor, userOf(e), {
				displayName: text(d, 'displayName'),
				role: text(d, 'role') as Role,
				unitId: int(d, 'unitId')
			})
		),
	resetPassword: (e) =>
		formAction(e, requireCan(e, 'admin.manage'), { success: '密码已重置，该用户的所有登录会话已结束' }, (actor, d) =>
			users.resetPassword(getDb(), actor, userOf(e), String(d.get('newPassword') ?? ''))
		),
	disable: (e) =>
		formAction(e, requireCan(e, 'admin.manage'), { success: '已停用，该用户的所有登录会话已结束' }, (actor) =>
			users.setUserActive(getDb(), actor, userOf(e), false)
		),
	enable: (e) =>
		formAction(e, requireCan(e, 'admin.manage'), { success: '已启用' }, (actor) =>
			users.setUserActive(getDb(), actor, userOf(e), true)
		)
} satisfies Actions;
