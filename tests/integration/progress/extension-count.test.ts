// The extension tab's count is every request waiting for a decision, not the length of the list,
// which shows the oldest LIST_LIMIT; only the office may see either.
import { describe, expect, it } from 'vitest';
import { countPendingExtensions, listPendingExtensions, LIST_LIMIT } from '../../../src/lib/server/deadlines';
import { assignmentWorld } from '../../helpers/assignments';
import { domainError } from '../../helpers/errors';

describe('pending extension requests', () => {
	it('are counted in full while the list stops at its limit, oldest first', async () => {
		const w = await assignmentWorld();
		const c = w.db.$client;
		const ids = c.prepare('select id from assignment order by id').pluck().all() as number[];
		const n = LIST_LIMIT + 37;
		expect(ids.length).toBeGreaterThan(n);
		const ins = c.prepare(
			"insert into extension_request (assignment_id, current_due, requested_due, reason, created_by, created_at) values (?, '2020-06-30', '2020-07-31', '等待批复', ?, ?)"
		);
		c.transaction(() => ids.slice(0, n).forEach((id, i) => ins.run(id, w.staffA.id, 1_600_000_000_000 + i)))();
		// One already decided does not count.
		c.prepare("update extension_request set status = 'refused' where assignment_id = ?").run(ids[0]);
		const waiting = (
			c.prepare("select count(*) n from extension_request where status = 'pending'").get() as { n: number }
		).n;
		expect(countPendingExtensions(w.db, w.admin)).toBe(waiting);
		const list = listPendingExtensions(w.db, w.admin);
		expect(list).toHaveLength(LIST_LIMIT);
		expect(list[0].request.assignmentId).toBe(ids[1]);
		expect(domainError(() => countPendingExtensions(w.db, w.staffA)).code).toBe('forbidden');
	});
});
