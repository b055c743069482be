// The crash test's invariants bite: on a database where one record lost its companion row (the
// half-written record a crash could leave without transactions), the matching check reports it,
// and on an intact one none does.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVARIANTS } from '../../../scripts/crash-test/checks';
import { assignmentWorld, sendOn, submitOn } from '../../helpers/assignments';

const failing = (db: Parameters<(typeof INVARIANTS)[number]['check']>[0], uploadDir: string) =>
	INVARIANTS.flatMap((i) => i.check(db, uploadDir).map((p) => `${i.name}: ${p}`));

describe('crash invariants', () => {
	it('hold on an intact database and name each half-written record', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'yd-invariants-'));
		try {
			const w = await assignmentWorld();
			const a = w.assignmentOf('市司法局', '加强政务信息规范管理');
			sendOn(w.db, w.staffA, a, '2020-09-01', 40);
			submitOn(w.db, w.staffA, a, '2020-09-10');
			const c = w.db.$client;
			expect(failing(c, dir)).toEqual([]);
			c.prepare("delete from assignment_event where type = 'report'").run();
			expect(failing(c, dir)).toEqual([expect.stringMatching(/^reports-whole: .*reports 1，events 0，audit 1/)]);
			c.prepare('update submission set submitted_at = null where assignment_id = ?').run(a);
			expect(failing(c, dir).some((p) => p.startsWith('submissions-whole'))).toBe(true);
			c.prepare(
				"insert into evidence (assignment_id, kind, file_hash, file_name, size, created_by) values (?, 'file', ?, 'x.pdf', 1, ?)"
			).run(a, 'ab'.repeat(32), w.staffA.id);
			expect(failing(c, dir)).toContain(`evidence-files: 佐证材料文件缺失：${'ab'.repeat(32)}`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
