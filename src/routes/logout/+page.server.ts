import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { signOut } from '$lib/server/auth/sign-in';
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
		signOut(getDb(), actorOf(event, user), event.locals.sessionId);
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, '/login');
	}
} satisfies Actions;
