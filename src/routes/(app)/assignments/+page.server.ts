import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as worklist from '$lib/server/assignments/list';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireUnitUser } from '$lib/server/web/guards';

export const load = (async (event) => {
	const user = requireUnitUser(event);
	const p = event.url.searchParams;
	return {
		unitName: user.unitName,
		...worklist.unitWorklist(getDb(), user, user.unitId, {
			planId: Number(p.get('plan')) || undefined,
			filter: worklist.parseListFilter(p),
			today: shanghaiDate()
		})
	};
}) satisfies PageServerLoad;
