// A bulletin being written when the server died (SIGKILL, power loss) is left 'writing'. Nobody reads
// it, but it holds the plan's one writing slot: start-up removes it, so the office can issue at once
// instead of being told 「正在印发中」 for ten minutes.
import { describe, expect, it } from 'vitest';
import { discardUnfinishedBulletins, issueBulletin } from '../../../src/lib/server/bulletins/issue';
import { getBulletin } from '../../../src/lib/server/bulletins/read';
import { ON } from '../../helpers/assignments';
import { yearOfWork } from '../../helpers/assessment';
import { domainErrorOf } from '../../helpers/errors';

const input = (docNumber: string) => ({
	kind: 'quarterly',
	docNumber,
	title: '第四季度通报',
	cutOff: '2020-12-20',
	publish: 'scores',
	comment: '',
	issuer: '石家庄市人民政府办公室'
});

describe('a bulletin cut off while being written', () => {
	it('is removed at start-up, leaving issued bulletins as they were, and the next one issues at once', async () => {
		const w = await yearOfWork();
		const c = w.db.$client;
		const issued = await issueBulletin(w.db, w.admin, w.planId, input('石政公办〔2020〕9号'), {
			now: ON('2020-12-21')
		});
		const before = getBulletin(w.db, w.admin, issued)!;
		// What a process killed between its write slices leaves: the bulletin row and some of its rows.
		const now = ON('2020-12-22');
		const dead = Number(
			c
				.prepare(
					`insert into bulletin (plan_id, kind, doc_number, title, cut_off, publish, rubric_name, classes, excluded, final, created_by, created_at)
					 select plan_id, kind, '石政公办〔2020〕10号', title, cut_off, publish, rubric_name, classes, excluded, final, created_by, ?
					 from bulletin where id = ?`
				)
				.run(now, issued).lastInsertRowid
		);
		c.prepare(
			`insert into bulletin_unit (bulletin_id, unit_id, unit_name, unit_kind, class_id, class_name, total, max, percent, base, band, band_before_quota, rank, class_rank, veto, tree, seq)
			 select ?, unit_id, unit_name, unit_kind, class_id, class_name, total, max, percent, base, band, band_before_quota, rank, class_rank, veto, tree, seq
			 from bulletin_unit where bulletin_id = ? limit 1`
		).run(dead, issued);
		expect(c.prepare('select status from bulletin where id = ?').pluck().get(dead)).toBe('writing');

		// Until the server restarts, the plan's writing slot is taken.
		const refused = await domainErrorOf(() =>
			issueBulletin(w.db, w.admin, w.planId, input('石政公办〔2020〕11号'), { now: now + 60_000 })
		);
		expect(refused.message).toContain('正在印发中');

		expect(discardUnfinishedBulletins(w.db)).toBe(1);
		expect(c.prepare('select count(*) from bulletin where id = ?').pluck().get(dead)).toBe(0);
		expect(c.prepare('select count(*) from bulletin_unit where bulletin_id = ?').pluck().get(dead)).toBe(0);
		expect(discardUnfinishedBulletins(w.db)).toBe(0);

		const next = await issueBulletin(w.db, w.admin, w.planId, input('石政公办〔2020〕11号'), { now: now + 60_000 });
		expect(getBulletin(w.db, w.admin, next)!.bulletin.status).toBe('issued');
		expect(getBulletin(w.db, w.admin, issued)).toEqual(before);
	});
});
