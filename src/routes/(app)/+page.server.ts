import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as home from '$lib/server/home';
import { requireUser } from '$lib/server/web/guards';

export const load = (async (event) => {
	const user = requireUser(event);
	return { home: home.getHome(getDb(), user) };
}) satisfies PageServerLoad;
