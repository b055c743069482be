import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as reviews from '$lib/server/reviews';
import * as plans from '$lib/server/plans/queries';
import { listUnits } from '$lib/server/units/registry';
import { requireCan } from '$lib/server/web/guards';

export const load = (async (event) => {
	requireCan(event, 'review.decide');
	const db = getDb();
	const p = event.url.searchParams;
	const allPlans = plans.listPlans(db);
	const planId = Number(p.get('plan')) || 0;
	const filter = {
		planId: planId || undefined,
		sectionId: Number(p.get('section')) || undefined,
		unitId: Number(p.get('unit')) || undefined,
		minAgeDays: [3, 7, 14].includes(Number(p.get('age'))) ? Number(p.get('age')) : undefined
	};
	const rows = reviews.listQueue(db, filter);
	const tree = planId ? plans.getPlanTree(db, planId) : null;
	return {
		rows,
		filter,
		now: Date.now(),
		plans: allPlans.map((x) => ({ id: x.id, title: x.title })),
		sections: tree?.sections.map((s) => ({ id: s.id, label: `${s.code}、${s.title}` })) ?? [],
		units: listUnits(db, { activeOnly: true }).map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;
