import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { latestPlanId, listPlanChoices } from '$lib/server/boards/board';
import { listBulletins } from '$lib/server/bulletins/read';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';

export const load = (async (event) => {
	const user = requireCan(event, 'bulletin.view');
	const db = getDb();
	const planId = boardQuery(event.url).planId ?? latestPlanId(db);
	return {
		planId,
		plans: listPlanChoices(db),
		canIssue: user.role === 'admin',
		bulletins: planId ? listBulletins(db, user, planId) : []
	};
}) satisfies PageServerLoad;
