import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as reminders from '$lib/server/reminders';
import { actorOf, requireUnitUser } from '$lib/server/web/guards';
import { list } from '$lib/server/web/forms';

export const load = (async (event) => {
	const user = requireUnitUser(event);
	const unreadOnly = event.url.searchParams.get('unread') === '1';
	return { notices: reminders.listNotices(getDb(), user.unitId, { unreadOnly, limit: 200 }), unreadOnly };
}) satisfies PageServerLoad;

export const actions = {
	read: async (event) => {
		const user = requireUnitUser(event);
		const data = await event.request.formData();
		const ids = list(data, 'id')
			.filter((v) => /^\d+$/.test(v))
			.map(Number);
		const n = reminders.markRead(getDb(), actorOf(event, user), user.unitId, data.get('all') ? 'all' : ids);
		return { success: n ? `已标记 ${n} 条为已读` : '没有未读通知' };
	}
} satisfies Actions;
