import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as plans from '$lib/server/plans/queries';
import { requireCan } from '$lib/server/web/guards';

export const load = (async (event) => {
	const user = requireCan(event, 'plan.view');
	const id = Number(event.params.planId);
	const tree = Number.isSafeInteger(id) && id > 0 ? plans.getPlanTree(getDb(), id, user.unitId) : null;
	if (!tree) error(404, '工作要点不存在');
	return { tree, note: event.url.searchParams.get('note')?.slice(0, 200) ?? null, isUnit: user.role === 'unit' };
}) satisfies PageServerLoad;
