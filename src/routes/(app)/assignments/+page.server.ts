import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as assignments from '$lib/server/assignments/queries';
import { ASSIGNMENT_STATUSES, LIGHTS } from '$lib/server/db/schema';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireUnitUser } from '$lib/server/web/guards';

export const load = (async (event) => {
	const user = requireUnitUser(event);
	const db = getDb();
	const today = shanghaiDate();
	const plans = assignments.plansOfUnit(db, user.unitId);
	const p = event.url.searchParams;
	const planId = Number(p.get('plan')) || plans[0]?.id || 0;
	const plan = plans.find((x) => x.id === planId) ?? plans[0] ?? null;
	const filter = {
		light: (LIGHTS as readonly string[]).includes(p.get('light') ?? '')
			? (p.get('light') as (typeof LIGHTS)[number])
			: '',
		status: (ASSIGNMENT_STATUSES as readonly string[]).includes(p.get('status') ?? '')
			? (p.get('status') as (typeof ASSIGNMENT_STATUSES)[number])
			: '',
		section: Number(p.get('section')) || 0,
		sort: p.get('sort') === 'section' ? ('section' as const) : ('urgency' as const)
	};
	const all = plan ? assignments.listUnitAssignments(db, user.unitId, plan.id, today) : [];
	const shown = all.filter(
		(r) =>
			(!filter.light || r.light.light === filter.light) &&
			(!filter.status || r.status === filter.status) &&
			(!filter.section || r.sectionId === filter.section)
	);
	const led = plan ? assignments.listLedAssignments(db, user.unitId, plan.id, today) : [];
	const sections = [
		...new Map(
			all.map((r) => [r.sectionId, { id: r.sectionId, label: `${r.sectionCode}、${r.sectionTitle}` }])
		).values()
	];
	return {
		unitName: user.unitName,
		plans,
		plan,
		filter,
		sections,
		counts: {
			red: 0,
			yellow: 0,
			green: 0,
			...Object.fromEntries(LIGHTS.map((l) => [l, all.filter((r) => r.light.light === l).length]))
		},
		total: all.length,
		rows: filter.sort === 'urgency' ? assignments.sortByUrgency(shown) : shown,
		led: assignments.sortByUrgency(led)
	};
}) satisfies PageServerLoad;
