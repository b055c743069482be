// The live ranking's cache: one computation per change of the plan's data; the board (stale allowed)
// gets the last finished ranking at once while a new one is computed, marked as such, and the new one
// as soon as it is ready; the assessment pages always wait for the current one.
import { describe, expect, it } from 'vitest';
import { addEntry } from '../../../src/lib/server/assessment/entries';
import { liveRanking, type RankingView } from '../../../src/lib/server/assessment/live';
import { ON } from '../../helpers/assignments';
import { entry, yearOfWork } from '../../helpers/assessment';

const DAY = '2020-12-20';
const view = (r: Awaited<ReturnType<typeof liveRanking>>): RankingView => {
	if ('error' in r) throw new Error(r.error);
	return r;
};
const totals = (v: RankingView) => v.rows.map((r) => [r.name, r.total]);

describe('the live ranking cache', () => {
	it('gives the board the previous ranking while a change is scored, then the new one', async () => {
		const w = await yearOfWork();
		// The very first ranking is waited for, even by the board: there is nothing older to show.
		const first = view(await liveRanking(w.db, w.leader, w.planId, DAY, { stale: true }));
		expect(first.stale).toBe(false);
		addEntry(w.db, w.admin, w.planId, entry(w.sifa.unitId!, 'deduction', 'ded', '2', '信息更新不及时'), null, ON(DAY));
		const during = view(await liveRanking(w.db, w.leader, w.planId, DAY, { stale: true }));
		expect(during.stale).toBe(true);
		expect(totals(during)).toEqual(totals(first));
		// The assessment page waits for the ranking with the deduction in it.
		const current = view(await liveRanking(w.db, w.leader, w.planId, DAY));
		expect(current.stale).toBe(false);
		const sifa = (v: RankingView) => v.rows.find((r) => r.unitId === w.sifa.unitId)!.total;
		expect(sifa(current)).toBe(Math.round((sifa(first) - 2) * 100) / 100);
		// Once computed, the board has it too, and no longer says it is stale.
		const after = view(await liveRanking(w.db, w.leader, w.planId, DAY, { stale: true }));
		expect(after.stale).toBe(false);
		expect(totals(after)).toEqual(totals(current));
	});
});
