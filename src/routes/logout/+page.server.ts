import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { recordAudit } from '$lib/server/audit';
import { actorOf, requireUser } from '$lib/server/web/guards';
import { deleteSessionCookie } from '$lib/server/web/session-cookie';

// Logout is a POST (a GET must never change state); opening /logout just goes home.
export const load = (async (event) => {
	requireUser(event);
	redirect(303, '/');
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const sessionId = event.locals.sessionId;
		db.transaction((tx) => {
			if (sessionId) invalidateSession(tx, sessionId);
			recordAudit(tx, actorOf(event, user), {
				action: 'auth.logout',
				objectType: 'user',
				objectId: user.id,
				summary: `${user.username} 退出登录`
			});
		});
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, '/login');
	}
} satisfies Actions;
