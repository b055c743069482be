// The crash test's bulletin invariant bites: after a restart no bulletin may still be 'writing', and
// an issued one must hold every unit it counted, each unit's breakdown lines without a gap. The
// frozen triggers forbid the damage, so this test drops them to stage what a broken writer would leave.
import { describe, expect, it } from 'vitest';
import { INVARIANTS } from '../../../scripts/crash-test/checks';
import { issueBulletin } from '../../../src/lib/server/bulletins/issue';
import { ON } from '../../helpers/assignments';
import { yearOfWork } from '../../helpers/assessment';

const bulletinsWhole = INVARIANTS.find((i) => i.name === 'bulletins-whole')!;

describe('crash invariant bulletins-whole', () => {
	it('holds for an issued bulletin and names a leftover writer, a missing unit and a gap in the lines', async () => {
		const w = await yearOfWork();
		const c = w.db.$client;
		const id = await issueBulletin(
			w.db,
			w.admin,
			w.planId,
			{
				kind: 'quarterly',
				docNumber: '石政公办〔2020〕9号',
				title: '第四季度通报',
				cutOff: '2020-12-20',
				publish: 'scores',
				comment: '',
				issuer: '石家庄市人民政府办公室'
			},
			{ now: ON('2020-12-21') }
		);
		const check = () => bulletinsWhole.check(c, '');
		expect(check()).toEqual([]);

		for (const t of ['bulletin_frozen_update', 'bulletin_unit_frozen_delete', 'bulletin_line_frozen_delete'])
			c.exec(`drop trigger ${t}`);
		// A unit whose lines are 0, 1, 2… loses one in the middle.
		const unit = c
			.prepare('select unit_id from bulletin_line where bulletin_id = ? group by 1 having count(*) >= 3 limit 1')
			.pluck()
			.get(id) as number;
		c.prepare('delete from bulletin_line where bulletin_id = ? and unit_id = ? and seq = 1').run(id, unit);
		expect(check()).toEqual(['1 个单位在已印发通报中的扣分明细不完整']);

		const units = c.prepare('select count(*) from bulletin_unit where bulletin_id = ?').pluck().get(id) as number;
		c.prepare('delete from bulletin_unit where bulletin_id = ? and unit_id = ?').run(id, unit);
		expect(check()).toContain(`通报 ${id} 应有 ${units} 个单位的得分，只有 ${units - 1} 个`);

		c.prepare("update bulletin set status = 'writing' where id = ?").run(id);
		expect(check()).toEqual(['重启后仍有 1 期通报停在“印发中”']);
	});
});
