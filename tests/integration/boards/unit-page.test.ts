// A unit's board page: each assignment with its latest sent report (by the date it covers, then the
// later of two on the same day), cut to 80 characters, and its count of sent evidence; drafts count
// for nothing.
import { describe, expect, it } from 'vitest';
import * as progress from '../../../src/lib/server/progress';
import { unitBoard } from '../../../src/lib/server/boards/unit';
import { plan } from '../../../src/lib/server/db/schema';
import { assignmentWorld, ON, sendOn } from '../../helpers/assignments';

describe('the unit page', () => {
	it('shows each assignment’s latest sent report and its sent evidence', async () => {
		const w = await assignmentWorld();
		const id = w.assignmentOf('正定县政府', '加强政务信息规范管理');
		const other = w.assignmentOf('正定县政府', '加强权力配置信息公开');
		const long = '已完成全县行政规范性文件清理'.repeat(10);
		// Evidence goes out with the next report; one added later is still the unit's draft.
		progress.addLinkEvidence(w.db, w.staffB, id, 'https://zd.example/list', '目录', ON('2020-10-19'));
		progress.sendReport(
			w.db,
			w.staffB,
			id,
			{ content: '九月进展', percent: 40, reportedOn: '2020-09-20' },
			ON('2020-09-20')
		);
		progress.sendReport(w.db, w.staffB, id, { content: long, percent: 60, reportedOn: '2020-10-20' }, ON('2020-10-20'));
		sendOn(w.db, w.staffB, other, '2020-10-01', 30, '第一次');
		sendOn(w.db, w.staffB, other, '2020-10-01', 50, '第二次');
		progress.saveReportDraft(w.db, w.staffB, other, { content: '草稿', percent: 90, reportedOn: '2020-10-30' });
		progress.addLinkEvidence(w.db, w.staffB, id, 'https://zd.example/more', '补充', ON('2020-10-22'));
		const page = unitBoard(w.db, w.admin, w.staffB.unitId!, w.db.select().from(plan).get()!.id, '2020-10-31')!;
		const row = (a: number) => page.rows.find((r) => r.id === a)!;
		expect(row(id).latestReport).toEqual({ reportedOn: '2020-10-20', content: long.slice(0, 80) });
		// Two on the same day: the later one; the draft is the unit's own.
		expect(row(other).latestReport).toEqual({ reportedOn: '2020-10-01', content: '第二次' });
		expect(row(id).evidenceCount).toBe(1);
		expect(row(other).evidenceCount).toBe(0);
		expect(page.rows.every((r) => r.latestReport === null || r.id === id || r.id === other)).toBe(true);
	});
});
