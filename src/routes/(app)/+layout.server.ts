import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { queueCount } from '$lib/server/reviews';
import { unreadCount } from '$lib/server/reminders';
import { requireUser } from '$lib/server/web/guards';
import { navFor } from '$lib/nav';
import { ROLE_LABEL } from '$lib/labels';

export const load = (async (event) => {
	const user = requireUser(event);
	const db = getDb();
	// One indexed count per page: unread notices for unit staff, the review queue for the office.
	const badges: Partial<Record<'inbox' | 'reviews', number>> = {};
	if (user.role === 'unit' && user.unitId) badges.inbox = unreadCount(db, user.unitId);
	if (user.role === 'admin') badges.reviews = queueCount(db);
	return {
		user: { displayName: user.displayName, unitName: user.unitName, roleLabel: ROLE_LABEL[user.role] },
		nav: navFor(user.role),
		badges
	};
}) satisfies LayoutServerLoad;
