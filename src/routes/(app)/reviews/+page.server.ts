import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as reviews from '$lib/server/reviews';
import * as plans from '$lib/server/plans/queries';
import { countPendingExtensions } from '$lib/server/deadlines';
import { listUnits } from '$lib/server/units/registry';
import { listPlanChoices } from '$lib/server/boards/board';
import { requireCan } from '$lib/server/web/guards';

/** "submittedAt.id" of the last row of the previous page. */
function cursorOf(raw: string | null): reviews.QueueCursor | null {
	const m = /^(\d{1,15})\.(\d{1,15})$/.exec(raw ?? '');
	return m ? { submittedAt: Number(m[1]), id: Number(m[2]) } : null;
}

export const load = (async (event) => {
	const user = requireCan(event, 'review.decide');
	const db = getDb();
	const p = event.url.searchParams;
	const planId = Number(p.get('plan')) || 0;
	const filter = {
		planId: planId || undefined,
		sectionId: Number(p.get('section')) || undefined,
		unitId: Number(p.get('unit')) || undefined,
		minAgeDays: [3, 7, 14].includes(Number(p.get('age'))) ? Number(p.get('age')) : undefined
	};
	const after = cursorOf(p.get('after'));
	const page = reviews.listQueue(db, user, filter, { after });
	const tree = planId ? plans.getPlanTree(db, user, planId) : null;
	return {
		page,
		after: !!after,
		filter,
		now: Date.now(),
		pendingExtensions: countPendingExtensions(db, user),
		// Titles only: the plan list with its counts is the plans page's.
		plans: listPlanChoices(db).map((x) => ({ id: x.id, title: x.title })),
		sections: tree?.sections.map((s) => ({ id: s.id, label: `${s.code}、${s.title}` })) ?? [],
		units: listUnits(db, { activeOnly: true }).map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;
