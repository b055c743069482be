import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { config, getDb } from '$lib/server/db';
import { signIn } from '$lib/server/auth/sign-in';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '$lib/server/demo/accounts';
import { isDomainError } from '$lib/server/shared/errors';
import { clientAddress, requireAnonymous } from '$lib/server/web/guards';
import { setSessionCookie } from '$lib/server/web/session-cookie';
import { safeNext } from '$lib/server/web/safe-next';
import { text } from '$lib/server/web/forms';

export const load = (async (event) => {
	requireAnonymous(event);
	return {
		next: safeNext(event.url.searchParams.get('next'), event.url.origin),
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
		// Decided before the session exists: the answer is always a redirect to a local page.
		const next = safeNext(text(data, 'next'), event.url.origin);
		if (!username || !password) return fail(400, { message: '请输入用户名和密码', values: { username } });
		let signed;
		try {
			signed = await signIn(getDb(), { username, password, ip: clientAddress(event) });
		} catch (e) {
			if (isDomainError(e)) return fail(e.status, { message: e.message, values: { username } });
			throw e;
		}
		setSessionCookie(event.cookies, event.url, signed.token, signed.expiresAt);
		redirect(303, next);
	}
} satisfies Actions;
