import type { LayoutServerLoad } from './$types';
import { requireUser } from '$lib/server/web/guards';
import { navFor } from '$lib/nav';
import { ROLE_LABEL } from '$lib/labels';

export const load = (async (event) => {
	const user = requireUser(event);
	return {
		user: { ...user, roleLabel: ROLE_LABEL[user.role] },
		nav: navFor(user.role),
		badges: {} as Partial<Record<'inbox' | 'reviews', number>>
	};
}) satisfies LayoutServerLoad;
