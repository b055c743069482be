// Statistics entry, submission and the office's decision: partial saves, hard errors that block
// submission (not saving), warnings acknowledged with a note, returns with a reason, every
// submission kept, and a unit's figures its own until the office accepts them.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { annualReportSubmission, notice } from '../../../src/lib/server/db/schema';
import { saveStatistics, submitStatistics } from '../../../src/lib/server/annual-report/statistics/entry';
import { decideStatistics } from '../../../src/lib/server/annual-report/statistics/decide';
import { getStatisticsView } from '../../../src/lib/server/annual-report/statistics/view';
import { acknowledgeWarning } from '../../../src/lib/server/annual-report/acknowledge';
import { loadCityTotals } from '../../../src/lib/server/annual-report/city';
import { importReport } from '../../../src/lib/server/annual-report/imports';
import { getReportRow } from '../../../src/lib/server/annual-report/store';
import { newReport } from '../../../src/lib/annual-report/document';
import { findingKey } from '../../../src/lib/annual-report/acknowledgements';
import { TABLE3_COLUMNS } from '../../../src/lib/annual-report/format';
import { domainError, domainErrorOf } from '../../helpers/errors';
import { enter, reportWorld, versionOfReport } from '../../helpers/reports';
import { asTyped, validStatistics } from '../../helpers/report-statistics';

const YEAR = 2021;

describe('entering a unit’s statistics', () => {
	it('saves a half-filled table, and refuses text that is no number at its cell without saving anything', async () => {
		const w = await reportWorld();
		const ref = { year: YEAR, unitId: w.unitA };
		saveStatistics(w.db, w.staffA, ref, {
			cells: { 't3.received.natural': '12', 't3.received.total': '１２' },
			version: 0
		});
		let view = getStatisticsView(w.db, w.staffA, ref);
		expect(view.cells['t3.received.natural']).toBe(12);
		expect(view.cells['t3.received.total']).toBe(12); // full-width digits read
		expect(view.cells['t3.granted.natural']).toBeNull();
		expect(view.status).toBe('draft');

		const e = domainError(() =>
			saveStatistics(w.db, w.staffA, ref, {
				cells: { 't3.received.natural': '13', 't3.granted.natural': '十', 't4.review.total': '-1' },
				version: view.version
			})
		);
		expect(e.code).toBe('invalid');
		expect(Object.keys(e.fields).sort()).toEqual(['t3.granted.natural', 't4.review.total']);
		expect(e.message).toContain('表三 （一）予以公开 · 自然人');
		view = getStatisticsView(w.db, w.staffA, ref);
		expect(view.cells['t3.received.natural']).toBe(12); // nothing of the refused save was kept
	});

	it('refuses a stale form, another unit, the office and the leader', async () => {
		const w = await reportWorld();
		const ref = { year: YEAR, unitId: w.unitA };
		saveStatistics(w.db, w.staffA, ref, { cells: { 't3.received.natural': '1' }, version: 0 });
		expect(domainError(() => saveStatistics(w.db, w.staffA, ref, { cells: {}, version: 0 })).code).toBe('conflict');
		expect(domainError(() => saveStatistics(w.db, w.staffB, ref, { cells: {}, version: 1 })).code).toBe('not_found');
		expect(domainError(() => saveStatistics(w.db, w.admin, ref, { cells: {}, version: 1 })).code).toBe('forbidden');
		expect(domainError(() => saveStatistics(w.db, w.leader, ref, { cells: {}, version: 1 })).code).toBe('forbidden');
		expect(domainError(() => getStatisticsView(w.db, w.staffB, ref)).code).toBe('not_found');
		expect(getStatisticsView(w.db, w.leader, ref).can).toEqual({ edit: false, submit: false, decide: false });
	});

	it('fills every blank cell with 0 when asked (空白填 0)', async () => {
		const w = await reportWorld();
		const ref = { year: YEAR, unitId: w.unitA };
		saveStatistics(w.db, w.staffA, ref, { cells: { 't3.received.natural': '2' }, version: 0, blankAsZero: true });
		const view = getStatisticsView(w.db, w.staffA, ref);
		const values = Object.values(view.cells);
		expect(values.filter((v) => v === null)).toEqual([]);
		expect(values.filter((v) => v !== 0)).toEqual([2]);
	});
});

describe('submitting', () => {
	it('saves but refuses to submit while an identity fails, naming the cell; submits once it is fixed', async () => {
		const w = await reportWorld();
		const ref = { year: YEAR, unitId: w.unitA };
		const good = validStatistics('2021', 1);
		const total = good.cells['t3.received.total']!;
		const bad = asTyped(good);
		bad['t3.received.total'] = String(total + 1); // H3: 总计 ≠ the six applicants
		const e = domainError(() => submitStatistics(w.db, w.staffA, ref, { cells: bad, version: 0 }));
		expect(e.message).toMatch(/^已保存，但还不能报送/);
		expect(e.message).toContain('表三 一、本年新收政府信息公开申请数量 · 总计');
		expect(Object.keys(e.fields)).toContain('t3.received.total');
		const saved = getReportRow(w.db, ref)!;
		expect(saved.statistics['t3.received.total']).toBe(total + 1);
		expect(saved.status).toBe('draft');

		submitStatistics(w.db, w.staffA, ref, { cells: asTyped(good), version: saved.version });
		const view = getStatisticsView(w.db, w.staffA, ref);
		expect(view.status).toBe('submitted');
		expect(view.submissions).toHaveLength(1);
		expect(view.can.edit).toBe(false);
		expect(domainError(() => saveStatistics(w.db, w.staffA, ref, { cells: {}, version: view.version })).code).toBe(
			'conflict'
		);
	});

	it('names blank cells and a missing 信息处理费 on submission', async () => {
		const w = await reportWorld();
		const ref = { year: YEAR, unitId: w.unitA };
		const typed = asTyped(validStatistics('2021', 2));
		typed['t2.rules.issued'] = '';
		typed['x.infoFee'] = '';
		const e = domainError(() => submitStatistics(w.db, w.staffA, ref, { cells: typed, version: 0 }));
		expect(Object.keys(e.fields).sort()).toEqual(['t2.rules.issued', 'x.infoFee']);
	});

	it('needs a note on a warning (S1 against last year’s imported report) before it submits', async () => {
		const w = await reportWorld();
		const last = newReport({ title: '石家庄市司法局2020年政府信息公开工作年度报告', year: 2020 });
		last.statistics = validStatistics('2019', 7);
		importReport(w.db, w.admin, { unitId: w.unitA }, last);
		const ref = { year: YEAR, unitId: w.unitA };
		// Opened for the first time, 二、上年结转 comes prefilled from last year's 四、结转下年度.
		const first = getStatisticsView(w.db, w.staffA, ref);
		for (const c of TABLE3_COLUMNS)
			expect(first.cells[`t3.carriedIn.${c.key}`]).toBe(last.statistics.cells[`t3.carriedOut.${c.key}`]);
		expect(first.prefilled).toHaveLength(7);

		// This unit's 2021 figures carry in other numbers than last year carried out: S1 warns.
		const stats = validStatistics('2021', 3);
		const e = domainError(() => submitStatistics(w.db, w.staffA, ref, { cells: asTyped(stats), version: 0 }));
		expect(e.message).toContain('提醒尚未说明原因（S1）');
		const view = getStatisticsView(w.db, w.staffA, ref);
		const s1 = view.checks.find((c) => c.id === 'S1')!;
		expect(s1.level).toBe('warning');
		await acknowledgeWarning(w.db, w.staffA, ref, {
			key: findingKey(s1),
			note: '上年报告统计口径有误',
			version: view.version
		});
		submitStatistics(w.db, w.staffA, ref, { cells: asTyped(stats), version: versionOfReport(w.db, YEAR, w.unitA) });
		const sub = w.db.select().from(annualReportSubmission).all();
		expect(sub).toHaveLength(1);
		expect(sub[0].acknowledgements).toEqual({ [findingKey(s1)]: '上年报告统计口径有误' });
	});

	it('refuses to acknowledge a warning that is not there, and an error', async () => {
		const w = await reportWorld();
		const ref = { year: YEAR, unitId: w.unitA };
		const typed = asTyped(validStatistics('2021', 4));
		typed['t3.received.total'] = '0';
		saveStatistics(w.db, w.staffA, ref, { cells: typed, version: 0 });
		const h3 = getStatisticsView(w.db, w.staffA, ref).checks.find((c) => c.id === 'H3')!;
		const e = await domainErrorOf(() =>
			acknowledgeWarning(w.db, w.staffA, ref, {
				key: findingKey(h3),
				note: '无',
				version: versionOfReport(w.db, YEAR, w.unitA)
			})
		);
		expect(e.code).toBe('conflict');
	});
});

describe('the office’s decision', () => {
	it('returns with a reason (required), the unit fixes and resubmits, the office accepts: both submissions kept', async () => {
		const w = await reportWorld();
		const ref = { year: YEAR, unitId: w.unitA };
		const first = validStatistics('2021', 5);
		submitStatistics(w.db, w.staffA, ref, { cells: asTyped(first), version: 0 });
		let v = versionOfReport(w.db, YEAR, w.unitA);
		expect(
			domainError(() => decideStatistics(w.db, w.admin, ref, { decision: 'return', reason: ' ', version: v })).fields
		).toHaveProperty('reason');
		expect(
			domainError(() => decideStatistics(w.db, w.staffA, ref, { decision: 'accept', reason: '', version: v })).code
		).toBe('forbidden');
		expect(
			domainError(() => decideStatistics(w.db, w.leader, ref, { decision: 'accept', reason: '', version: v })).code
		).toBe('forbidden');
		decideStatistics(w.db, w.admin, ref, { decision: 'return', reason: '行政许可数与政务服务系统不一致', version: v });
		expect(getReportRow(w.db, ref)!.status).toBe('returned');
		const notices = w.db.select().from(notice).where(eq(notice.unitId, w.unitA)).all();
		expect(notices.map((n) => n.message).join()).toContain('行政许可数与政务服务系统不一致');

		const second = validStatistics('2021', 6);
		v = versionOfReport(w.db, YEAR, w.unitA);
		submitStatistics(w.db, w.staffA, ref, { cells: asTyped(second), version: v });
		v = versionOfReport(w.db, YEAR, w.unitA);
		decideStatistics(w.db, w.admin, ref, { decision: 'accept', reason: '', version: v });
		expect(
			domainError(() => decideStatistics(w.db, w.admin, ref, { decision: 'accept', reason: '', version: v + 1 })).code
		).toBe('conflict');

		const view = getStatisticsView(w.db, w.admin, ref);
		expect(view.status).toBe('accepted');
		expect(view.submissions.map((s) => [s.decision, s.reason])).toEqual([
			['returned', '行政许可数与政务服务系统不一致'],
			['accepted', '']
		]);
		const rows = w.db.select().from(annualReportSubmission).orderBy(annualReportSubmission.id).all();
		expect(rows[0].statistics['t3.received.total']).toBe(first.cells['t3.received.total']);
		expect(rows[1].statistics['t3.received.total']).toBe(second.cells['t3.received.total']);
	});

	it('keeps a unit’s unsubmitted and unaccepted figures out of what the office adds up', async () => {
		const w = await reportWorld();
		const empty = await loadCityTotals(w.db, w.admin, YEAR);
		enter(w.db, w.staffA, YEAR, validStatistics('2021', 8));
		submitStatistics(
			w.db,
			w.staffB,
			{ year: YEAR, unitId: w.unitB },
			{ cells: asTyped(validStatistics('2021', 9)), version: 0 }
		);
		const city = await loadCityTotals(w.db, w.admin, YEAR);
		expect(city.parts).toEqual([]);
		expect(city.total).toEqual(empty.total);
		expect(city.pending.find((p) => p.unitId === w.unitA)?.status).toBe('draft');
		expect(city.pending.find((p) => p.unitId === w.unitB)?.status).toBe('submitted');
		await expect(loadCityTotals(w.db, w.staffA, YEAR)).rejects.toMatchObject({ code: 'forbidden' });
	});
});
