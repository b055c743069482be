// 评分录入 and 异议: entries are bounded by the rubric in force, audited, visible to their unit and
// revoked rather than deleted; a unit objects once, the office answers once, and both stay.
import { describe, expect, it } from 'vitest';
import { addEntry, listEntries, revokeEntry } from '../../../src/lib/server/assessment/entries';
import { answerObjection, fileObjection, listObjections } from '../../../src/lib/server/assessment/objections';
import { listNotices } from '../../../src/lib/server/reminders';
import { ON } from '../../helpers/assignments';
import { domainError } from '../../helpers/errors';
import { entry, yearOfWork } from '../../helpers/assessment';

const NOW = ON('2020-12-20');

describe('score entries', () => {
	it('are refused when the rubric cannot score them, naming the indicator or item', async () => {
		const w = await yearOfWork();
		const add = (kind: string, indicator: string, value: string) => () =>
			addEntry(w.db, w.admin, w.planId, entry(w.sifa.unitId!, kind, indicator, value, '检查'), null, NOW);
		expect(domainError(add('score', 'website', '120')).message).toContain('「网站检查」的分数应在 0–100 之间');
		expect(domainError(add('level', 'website', '好')).message).toContain(
			'指标「网站检查」的评分规则不接受「等级评定」类录入'
		);
		expect(domainError(add('deduction', 'ded', '4')).message).toContain('「扣分」酌情计分，数值应为 0–3 的分数');
		expect(domainError(add('bonus', 'nothing', '1')).message).toContain('没有这一加分项「nothing」');
		expect(domainError(add('veto', 'ded', '')).message).toContain('没有一票否决项「ded」');
		expect(domainError(add('veto', 'ded', '1')).fields.value).toBe('一票否决不填数值');
		expect(domainError(add('score', 'website', '九十')).fields.value).toContain('数值应为数字');
		const future = domainError(() =>
			addEntry(
				w.db,
				w.admin,
				w.planId,
				{ ...entry(w.sifa.unitId!, 'score', 'website', '90', 'x'), happenedOn: '2020-12-21' },
				null,
				NOW
			)
		);
		expect(future.fields.happenedOn).toBe('日期不能晚于今天');
		const noReason = domainError(() =>
			addEntry(w.db, w.admin, w.planId, entry(w.sifa.unitId!, 'score', 'website', '90', ' '), null, NOW)
		);
		expect(noReason.fields.reason).toContain('请写明理由');
	});

	it('are audited, told to their unit, visible to it alone, and revoked rather than deleted', async () => {
		const w = await yearOfWork();
		const sifaEntries = listEntries(w.db, w.sifa, w.planId);
		expect(sifaEntries.map((e) => [e.reason, e.revoked?.reason ?? null])).toEqual([
			['误录', '录错单位'],
			['信息更新不及时', null]
		]);
		// Each names its rubric item as the rubric does, not by its id.
		for (const e of sifaEntries) expect(e.indicatorName).toMatch(/^评分表 · (网站检查|扣分)$/);
		expect(listEntries(w.db, w.zd, w.planId).map((e) => e.unitName)).toEqual(['正定县政府']);
		expect(listEntries(w.db, w.leader, w.planId)).toHaveLength(3);
		expect(() => listEntries(w.db, w.zd, w.planId, w.sifa.unitId!)).not.toThrow();
		expect(listEntries(w.db, w.zd, w.planId, w.sifa.unitId!).every((e) => e.unitName === '正定县政府')).toBe(true);
		expect(listNotices(w.db, w.sifa.unitId!).filter((n) => n.kind === 'assessment')).toHaveLength(2);
		const audit = w.db.$client.prepare("select action from audit_log where action like 'entry.%' order by id").all();
		expect(audit.map((a) => (a as { action: string }).action)).toEqual([
			'entry.add',
			'entry.add',
			'entry.revoke',
			'entry.add'
		]);
		expect(domainError(() => revokeEntry(w.db, w.admin, sifaEntries[0].id, '再撤销')).code).toBe('conflict');
		expect(() => w.db.$client.prepare('delete from score_entry where id = ?').run(sifaEntries[1].id)).toThrow(
			/revoked/
		);
		expect(() =>
			w.db.$client.prepare("update score_entry set reason = '改' where id = ?").run(sifaEntries[1].id)
		).toThrow(/revoked/);
	});
});

describe('objections', () => {
	it('one per entry by its unit, one answer by the office, both kept', async () => {
		const w = await yearOfWork();
		const [, standing] = listEntries(w.db, w.sifa, w.planId);
		const other = listEntries(w.db, w.zd, w.planId)[0];
		expect(domainError(() => fileObjection(w.db, w.zd, standing.id, '不是我们的')).code).toBe('not_found');
		expect(domainError(() => fileObjection(w.db, w.leader, standing.id, '领导')).code).toBe('forbidden');
		expect(domainError(() => fileObjection(w.db, w.sifa, other.id, '别人的')).code).toBe('not_found');
		const id = fileObjection(w.db, w.sifa, standing.id, '栏目已于 12 月 10 日更新，附截图', ON('2020-12-21'));
		expect(domainError(() => fileObjection(w.db, w.sifa, standing.id, '再提一次')).message).toContain('只能提一次');
		expect(listObjections(w.db, w.leader, w.planId).map((o) => [o.unitName, o.answer])).toEqual([['市司法局', null]]);
		answerObjection(w.db, w.admin, id, '经核实，更新时间晚于检查日期，维持扣分', ON('2020-12-22'));
		expect(domainError(() => answerObjection(w.db, w.admin, id, '改口')).code).toBe('conflict');
		const seen = listEntries(w.db, w.sifa, w.planId).find((e) => e.id === standing.id)!;
		expect(seen.objection).toMatchObject({
			reason: '栏目已于 12 月 10 日更新，附截图',
			answer: '经核实，更新时间晚于检查日期，维持扣分'
		});
		expect(listNotices(w.db, w.sifa.unitId!)[0].message).toContain('维持扣分');
		expect(() => w.db.$client.prepare('delete from objection where id = ?').run(id)).toThrow(/kept/);
		expect(() => w.db.$client.prepare("update objection set answer = '改' where id = ?").run(id)).toThrow(/kept/);
	});
});
