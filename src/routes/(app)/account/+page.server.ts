import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/auth/users';
import { actorOf, requireUser } from '$lib/server/web/guards';
import { domainFail } from '$lib/server/web/forms';

export const load = (async (event) => {
	const user = requireUser(event);
	return { username: user.username };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const data = await event.request.formData();
		const current = String(data.get('password') ?? '');
		const next = String(data.get('newPassword') ?? '');
		const again = String(data.get('newPassword2') ?? '');
		try {
			await users.changeOwnPassword(getDb(), actorOf(event, user), {
				current,
				next,
				again,
				keepSessionId: event.locals.sessionId
			});
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '密码已修改，其他设备上的登录已结束' };
	}
} satisfies Actions;
