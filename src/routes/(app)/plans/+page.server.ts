import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as plans from '$lib/server/plans/queries';
import { requireCan } from '$lib/server/web/guards';

export const load = (async (event) => {
	const user = requireCan(event, 'plan.view');
	return { plans: plans.listPlans(getDb(), user), canManage: user.role === 'admin' };
}) satisfies PageServerLoad;
