import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { config, getDb } from '$lib/server/db';
import * as users from '$lib/server/auth/users';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { recordAudit } from '$lib/server/audit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '$lib/server/demo/accounts';
import { isDomainError } from '$lib/server/shared/errors';
import { clientAddress, requireAnonymous } from '$lib/server/web/guards';
import { setSessionCookie } from '$lib/server/web/session-cookie';
import { text } from '$lib/server/web/forms';

/** Only same-site paths: never an open redirect. */
function safeNext(next: string | null): string {
	return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

export const load = (async (event) => {
	requireAnonymous(event);
	return {
		next: safeNext(event.url.searchParams.get('next')),
		demo: config.demo
			? { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS.map((a) => ({ username: a.username, label: a.label })) }
			: null
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		requireAnonymous(event);
		const data = await event.request.formData();
		const username = text(data, 'username');
		const password = typeof data.get('password') === 'string' ? (data.get('password') as string) : '';
		const next = safeNext(text(data, 'next'));
		if (!username || !password) return fail(400, { message: '请输入用户名和密码', values: { username } });
		const db = getDb();
		const ip = clientAddress(event);
		let userId: number;
		try {
			userId = await users.authenticate(db, { username, password, ip });
		} catch (e) {
			if (isDomainError(e)) return fail(e.status, { message: e.message, values: { username } });
			throw e;
		}
		const token = generateSessionToken();
		const session = db.transaction((tx) => {
			const s = createSession(tx, token, userId, ip);
			recordAudit(
				tx,
				{ id: userId, username, role: 'unit', unitId: null, ip },
				{
					action: 'auth.login',
					objectType: 'user',
					objectId: userId,
					summary: `${username} 登录`
				}
			);
			return s;
		});
		setSessionCookie(event.cookies, event.url, token, session.expiresAt);
		redirect(303, next);
	}
} satisfies Actions;
