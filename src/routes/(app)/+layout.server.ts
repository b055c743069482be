import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { queueCount } from '$lib/server/reviews';
import { unreadCount } from '$lib/server/reminders';
import { requireUser } from '$lib/server/web/guards';
import { getBody } from '$lib/server/body';
import { navFor } from '$lib/nav';
import { ROLE_LABEL } from '$lib/labels';

export const load = (async (event) => {
	const user = requireUser(event);
	const db = getDb();
	// One indexed count per page: unread notices for unit staff, the review queue for the office.
	const badges: Partial<Record<'inbox' | 'reviews', number>> = {};
	if (user.role === 'unit' && user.unitId) badges.inbox = unreadCount(db, user.unitId);
	if (user.role === 'admin') badges.reviews = queueCount(db);
	const body = getBody(db);
	return {
		user: { displayName: user.displayName, unitName: user.unitName, roleLabel: ROLE_LABEL[user.role] },
		/** Every page of the signed-in area: titles and unit-kind labels follow the body's level. */
		body: { name: body.name, issuer: body.issuer, level: body.level, configured: body.configured },
		nav: navFor(user.role),
		badges
	};
}) satisfies LayoutServerLoad;
