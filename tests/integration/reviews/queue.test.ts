// The review queue pages by keyset: every waiting submission appears exactly once across the pages,
// in submission order, with the true total under the same filters on every page.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/server/db/client';
import { listQueue, type QueueCursor } from '../../../src/lib/server/reviews';
import { seedProvince, type ProvinceSize } from '../../helpers/province';
import { domainError } from '../../helpers/errors';

const SIZE: ProvinceSize = {
	units: 40,
	plans: 2,
	tasksPerPlan: 20,
	unitsPerTask: 8,
	reportsPerAssignment: 1,
	evidencePerAssignment: 0
};
const office = { role: 'admin' as const, unitId: null };

function allPages(db: ReturnType<typeof openDatabase>, filter: Parameters<typeof listQueue>[2], pageSize: number) {
	const ids: number[] = [];
	const totals = new Set<number>();
	let after: QueueCursor | null = null;
	for (let guard = 0; guard < 1000; guard++) {
		const page = listQueue(db, office, filter, { after, pageSize });
		ids.push(...page.rows.map((r) => r.id));
		totals.add(page.total);
		if (!page.next) break;
		after = page.next;
	}
	return { ids, totals: [...totals] };
}

describe('review queue', () => {
	it('pages through every submission once, oldest first, with the same true total', () => {
		const db = openDatabase(':memory:');
		const { planIds, unitIds } = seedProvince(db, SIZE);
		const expected = (
			db.$client.prepare("select id from assignment where status = 'submitted' order by submitted_at, id").all() as {
				id: number;
			}[]
		).map((r) => r.id);
		expect(expected.length).toBeGreaterThan(20);
		const { ids, totals } = allPages(db, {}, 7);
		expect(ids).toEqual(expected);
		expect(totals).toEqual([expected.length]);

		// Filters hold across pages.
		const plan = planIds[1];
		const unit = unitIds[3];
		const inPlan = (
			db.$client
				.prepare("select id from assignment where status = 'submitted' and plan_id = ? order by submitted_at, id")
				.all(plan) as { id: number }[]
		).map((r) => r.id);
		expect(allPages(db, { planId: plan }, 3)).toEqual({ ids: inPlan, totals: [inPlan.length] });
		const ofUnit = (
			db.$client
				.prepare("select id from assignment where status = 'submitted' and unit_id = ? order by submitted_at, id")
				.all(unit) as { id: number }[]
		).map((r) => r.id);
		expect(allPages(db, { unitId: unit }, 2)).toEqual({ ids: ofUnit, totals: [ofUnit.length] });
	});

	it('is the office’s alone', () => {
		const db = openDatabase(':memory:');
		expect(domainError(() => listQueue(db, { role: 'leader', unitId: null })).code).toBe('forbidden');
		expect(domainError(() => listQueue(db, { role: 'unit', unitId: 1 })).code).toBe('forbidden');
	});
});
