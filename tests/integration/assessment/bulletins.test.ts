// 通报: a bulletin freezes the scores, ranks, 等次, breakdown lines and lists as they stood at its
// cut-off; triggers refuse any change to it; later work, entries and a unit merge move the live
// ranking and leave the bulletin as issued; sent reports may no longer be dated before its cut-off.
import { describe, expect, it } from 'vitest';
import * as progress from '../../../src/lib/server/progress';
import * as reviews from '../../../src/lib/server/reviews';
import { addEntry } from '../../../src/lib/server/assessment/entries';
import { planScoreSteps } from '../../../src/lib/server/assessment/score-plan';
import { runAtOnce } from '../../../src/lib/server/assessment/steps';
import { liveRanking, unitBreakdown } from '../../../src/lib/server/assessment/live';
import { issueBulletin, previewBulletin } from '../../../src/lib/server/bulletins/issue';
import { getBulletin, listBulletins } from '../../../src/lib/server/bulletins/read';
import { assessmentSummary } from '../../../src/lib/server/bulletins/summary';
import { createUnit } from '../../../src/lib/server/units/registry';
import { mergeUnit } from '../../../src/lib/server/units/merge';
import { isDomainError } from '../../../src/lib/server/shared/errors';
import { ON, versionOf } from '../../helpers/assignments';
import { entry, yearOfWork } from '../../helpers/assessment';
import { domainError } from '../../helpers/errors';

const input = (over: Partial<Record<string, string>> = {}) => ({
	kind: 'quarterly',
	docNumber: '石政公办〔2020〕9号',
	title: '第四季度通报',
	cutOff: '2020-12-20',
	publish: 'scores',
	comment: '各单位要对照问题清单抓好整改。',
	issuer: '石家庄市人民政府办公室',
	...over
});

async function issued() {
	const w = await yearOfWork();
	const before = runAtOnce(planScoreSteps(w.db, w.planId, '2020-12-20'));
	const id = await issueBulletin(w.db, w.admin, w.planId, input(), { now: ON('2020-12-21') });
	return { ...w, id, before };
}

const frozenTotals = (w: Awaited<ReturnType<typeof issued>>) =>
	getBulletin(w.db, w.admin, w.id)!.units.map((u) => [u.unitName, u.total, u.rank, u.band]);

describe('bulletins', () => {
	it('freeze every unit, every line and the lists as they stood at the cut-off', async () => {
		const w = await issued();
		const v = getBulletin(w.db, w.admin, w.id)!;
		expect(v.bulletin).toMatchObject({
			status: 'issued',
			cutOff: '2020-12-20',
			rubricName: '测试细则',
			rubricVersion: 1
		});
		expect(v.units.map((u) => [u.unitName, u.total, u.rank, u.band])).toEqual(
			w.before.result.units.map((u) => [u.name, u.total, u.rank, u.band])
		);
		const lines = w.db.$client.prepare('select count(*) n from bulletin_line where bulletin_id = ?').get(w.id) as {
			n: number;
		};
		expect(lines.n).toBe(w.before.result.units.reduce((n, u) => n + u.lines.length, 0));
		// At 12-20 nothing is red: 一(二) (due 12-31) is 11 days away, within the 15 warning days: yellow.
		expect(v.items.red).toEqual([]);
		expect(v.items.yellow.map((i) => [i.unitName, i.label])).toEqual([['市司法局', '一(二) 公开重大建设项目信息']]);
		// The problem list is every deduction line, by unit.
		expect(v.problems.find((p) => p.unitName === '市司法局')!.lines.map((l) => l.points)).toEqual(
			w.before.result.units
				.find((u) => u.name === '市司法局')!
				.lines.filter((l) => l.points < 0)
				.map((l) => l.points)
		);
	});

	it('stay as issued when work, entries and a unit merge change the live ranking', async () => {
		const w = await issued();
		const frozen = frozenTotals(w);
		const zdBefore = w.before.result.units.find((u) => u.name === '正定县政府')!.total;
		reviews.accept(
			w.db,
			w.admin,
			w.a4,
			{ grade: 'excellent', comment: '', version: versionOf(w.db, w.a4) },
			ON('2020-12-22')
		);
		addEntry(
			w.db,
			w.admin,
			w.planId,
			entry(w.zd.unitId!, 'deduction', 'ded', '3', '督查发现栏目空白'),
			null,
			ON('2020-12-22')
		);
		const live = await liveRanking(w.db, w.admin, w.planId, '2020-12-22');
		if ('error' in live) throw new Error(live.error);
		// 二(三) accepted 优: 完成质量 10 × (1 + 1) / 2 = 10, up 5; the new 扣分 takes 3.
		expect(live.rows.find((r) => r.name === '正定县政府')!.total).toBe(zdBefore + 5 - 3);
		const other = createUnit(w.db, w.admin, {
			name: '正定县人民政府（重复）',
			shortName: '正定县重复',
			kind: 'county',
			sortOrder: 999,
			aliases: []
		});
		mergeUnit(w.db, w.admin, w.zd.unitId!, other);
		expect(frozenTotals(w)).toEqual(frozen);
	});

	it('cannot be changed, added to or removed, even by the application', async () => {
		const w = await issued();
		const run = (sql: string) => () => w.db.$client.prepare(sql).run(w.id);
		expect(run('update bulletin_unit set total = 100 where bulletin_id = ?')).toThrow(/frozen/);
		expect(run('update bulletin_line set points = 0 where bulletin_id = ?')).toThrow(/frozen/);
		expect(run('delete from bulletin_item where bulletin_id = ?')).toThrow(/frozen/);
		expect(run("update bulletin set title = '改' where id = ?")).toThrow(/frozen/);
		expect(run('delete from bulletin where id = ?')).toThrow(/frozen/);
		expect(
			run(
				"insert into bulletin_line (bulletin_id, unit_id, seq, indicator, indicator_name, rule, points, text) values (?, 1, 99, 'x', 'x', 'bonus', 10, '加塞')"
			)
		).toThrow(/frozen/);
	});

	it('refuse sent reports dated before the last cut-off, with the bulletin named', async () => {
		const w = await issued();
		const send = (date: string) => () =>
			progress.sendReport(w.db, w.sifa, w.a3, { content: '补报', percent: 60, reportedOn: date }, ON('2020-12-22'));
		const e = domainError(send('2020-12-19'));
		expect(e.code).toBe('invalid');
		expect(e.fields.reportedOn).toContain('第四季度通报');
		expect(e.fields.reportedOn).toContain('2020-12-20');
		expect(send('2020-12-20')).not.toThrow();
	});

	it('check their input: a cut-off in the future or before the last one, a 文号 used twice', async () => {
		const w = await issued();
		const now = { now: ON('2020-12-28') };
		await expect(
			issueBulletin(w.db, w.admin, w.planId, input({ cutOff: '2020-12-29', docNumber: 'x1' }), now)
		).rejects.toThrow('不能晚于今天');
		await expect(
			issueBulletin(w.db, w.admin, w.planId, input({ cutOff: '2020-12-01', docNumber: 'x2' }), now)
		).rejects.toThrow('2020-12-20');
		await expect(issueBulletin(w.db, w.admin, w.planId, input({ cutOff: '2020-12-27' }), now)).rejects.toThrow(
			'已被另一期通报使用'
		);
		expect(listBulletins(w.db, w.leader, w.planId)).toHaveLength(1);
	});

	it('preview what they will freeze without writing anything', async () => {
		const w = await yearOfWork();
		const p = await previewBulletin(w.db, w.admin, w.planId, input(), ON('2020-12-21'));
		expect(p.units).toBe(2);
		expect(p.counts.yellow).toBe(1);
		expect(p.bands.reduce((n, b) => n + b.count, 0)).toBe(2);
		expect(w.db.$client.prepare('select count(*) n from bulletin').get()).toEqual({ n: 0 });
	});

	it('show unit staff the published ranking and their own breakdown only; only 等次 when that is all published', async () => {
		const w = await yearOfWork();
		const id = await issueBulletin(w.db, w.admin, w.planId, input({ publish: 'bands' }), { now: ON('2020-12-21') });
		const v = getBulletin(w.db, w.zd, id)!;
		expect(v.showsScores).toBe(false);
		expect(v.units.every((u) => u.total === null && u.rank === null)).toBe(true);
		// The office still sees the scores it froze; the units see the same 等次.
		const office = getBulletin(w.db, w.admin, id)!;
		expect(office.units.every((u) => u.total !== null)).toBe(true);
		expect(v.units.map((u) => [u.unitName, u.band]).sort()).toEqual(
			office.units.map((u) => [u.unitName, u.band]).sort()
		);
		expect(v.own!.unit.unitName).toBe('正定县政府');
		await expect(liveRanking(w.db, w.zd, w.planId, '2020-12-21')).rejects.toSatisfy(isDomainError);
		await expect(unitBreakdown(w.db, w.zd, w.planId, w.sifa.unitId!, '2020-12-21')).rejects.toSatisfy(isDomainError);
		const mine = await unitBreakdown(w.db, w.zd, w.planId, w.zd.unitId!, '2020-12-21');
		expect(mine && 'unit' in mine && mine.unit.name).toBe('正定县政府');
	});

	it('give the annual report its summary: the annual bulletin, the units assessed, the unit as published', async () => {
		const w = await yearOfWork();
		expect(assessmentSummary(w.db, { year: 2020, unitId: null })).toBeNull();
		const id = await issueBulletin(
			w.db,
			w.admin,
			w.planId,
			input({ kind: 'annual', cutOff: '2020-12-31', docNumber: '石政公办〔2021〕1号', title: '年度考核结果' }),
			{ now: ON('2021-01-05') }
		);
		const body = assessmentSummary(w.db, { year: 2020, unitId: null })!;
		expect(body.bulletin).toEqual({
			id,
			title: '年度考核结果',
			docNumber: '石政公办〔2021〕1号',
			issuedOn: '2021-01-05'
		});
		// The small world has two units: 市司法局 and 正定县政府.
		expect(body.assessedUnits).toBe(2);
		expect(body.subject).toBeNull();
		expect(body.rectifications).toEqual({ opened: 0, closed: 0 });
		const frozen = getBulletin(w.db, w.admin, id)!.units.find((u) => u.unitName === '市司法局')!;
		expect(assessmentSummary(w.db, { year: 2020, unitId: w.sifa.unitId! })!.subject).toEqual({
			grade: frozen.band,
			score: frozen.total,
			rank: frozen.rank
		});
		expect(assessmentSummary(w.db, { year: 2021, unitId: null })).toBeNull();
	});

	it('take the live scores of a finished year at the annual cut-off, not years later', async () => {
		const w = await yearOfWork();
		const years = '2026-12-01';
		// Before the annual bulletin, the live ranking is as of the day asked for.
		const before = await liveRanking(w.db, w.admin, w.planId, years);
		expect('asOf' in before && before.asOf).toBe(years);
		await issueBulletin(
			w.db,
			w.admin,
			w.planId,
			input({ kind: 'annual', cutOff: '2020-12-31', docNumber: '石政公办〔2021〕1号', title: '年度考核结果' }),
			{ now: ON('2021-01-05') }
		);
		const after = await liveRanking(w.db, w.admin, w.planId, years);
		const atCutOff = runAtOnce(planScoreSteps(w.db, w.planId, '2020-12-31')).result;
		expect('asOf' in after && after.asOf).toBe('2020-12-31');
		expect('rows' in after && after.rows.map((r) => [r.name, r.total])).toEqual(
			atCutOff.units.map((u) => [u.name, u.total])
		);
		const b = await unitBreakdown(w.db, w.admin, w.planId, w.sifa.unitId!, years);
		expect(b && 'asOf' in b && b.asOf).toBe('2020-12-31');
		// No line counts days past the cut-off.
		const texts = b && 'lines' in b ? b.lines.map((l) => l.text) : [];
		expect(texts.length).toBeGreaterThan(0);
		for (const t of texts) for (const m of t.matchAll(/逾期 (\d+) 天/g)) expect(Number(m[1])).toBeLessThan(366);
	});
});
