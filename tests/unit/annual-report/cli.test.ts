// report:check as other tools run it: the two Pingtan reports read exactly with no finding; the
// reports built from the seeds (text and .docx, both formats) checked identity by identity; a
// contradicting sentence, a copied report and a non-report.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { ReportJson } from '../../../src/lib/annual-report/json';
import type { CellValue, ReportDocument } from '../../../src/lib/annual-report/types';
import { writeReportDocx } from '../../../src/lib/server/annual-report/write/docx';
import { writeReportText } from '../../../src/lib/server/annual-report/write/text';
import { readFixture, reportCheck, reportsDir, reportText, requireAssertions } from './helpers';

requireAssertions();

const tmp = mkdtempSync(join(tmpdir(), 'report-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fixture = (name: string) => join(reportsDir, name);

function check(...args: string[]): ReportJson {
	const r = reportCheck(args);
	expect(r.stderr).toBe('');
	expect(r.status).toBe(0);
	return JSON.parse(r.stdout) as ReportJson;
}

const ids = (j: ReportJson) => j.checks.map((c) => c.id);

describe('the published Pingtan reports', () => {
	for (const year of [2021, 2024]) {
		it(`pingtan-${year}.txt: every figure, no finding`, () => {
			const j = check(fixture(`pingtan-${year}.txt`));
			expect(Object.keys(j)).toEqual(['format', 'year', 'title', 'tables', 'checks']);
			expect(j.format).toBe('2021');
			expect(j.year).toBe(year);
			expect(j.title).toBe(`平潭综合实验区${year}年度政府信息公开工作年度报告`);
			// The in-process reader is checked figure by figure against the README in reader.test.ts.
			expect(j.tables).toEqual(readFixture(`pingtan-${year}.txt`).report.statistics.cells);
			expect(Object.keys(j.tables)).toHaveLength(200);
			expect(j.checks).toEqual([]);
		});
	}

	it('pingtan-2021: the README’s key figures in the JSON', () => {
		const t = check(fixture('pingtan-2021.txt')).tables;
		expect([t['t3.received.total'], t['t3.total.total'], t['t3.carriedOut.total']]).toEqual([70, 69, 1]);
		expect(t['t2.fees.amount']).toBe(24252.311082);
		expect(t['t3.total.total']).toBe(30 + 5 + 1 + 6 + 1 + 25 + 1);
		expect([t['t4.review.total'], t['t4.direct.total']]).toEqual([1 + 0 + 2 + 0, 12]);
	});
});

/** A report file written from a document with some cells changed, as .txt or .docx. */
async function variant(doc: ReportDocument, cells: Record<string, CellValue>, ext: 'txt' | 'docx'): Promise<string> {
	const changed = { ...doc, statistics: { ...doc.statistics, cells: { ...doc.statistics.cells, ...cells } } };
	const file = join(tmp, `v${Math.random().toString(36).slice(2)}.${ext}`);
	writeFileSync(file, ext === 'txt' ? writeReportText(changed) : await writeReportDocx(changed));
	return file;
}

// The real findings of the seed-built reports (see text-checks.test.ts for why each is there).
const BASE: Record<string, string[]> = {
	'hebei-figures-2021': ['H4', 'T3', 'T3', 'W6'],
	'langfang-figures-2019': ['H4', 'W6']
};

describe('reports built from the seeds, in both formats and both layouts', () => {
	for (const [name, base] of Object.entries(BASE))
		for (const ext of ['txt', 'docx'] as const) {
			it(`${name}.${ext}: reads and finds exactly the seed’s real problems`, () => {
				const j = check(fixture(`${name}.${ext}`));
				expect(j.format).toBe(name.endsWith('2019') ? '2019' : '2021');
				expect(ids(j)).toEqual(base);
				expect(j.checks[0].where.cells.every((k) => k.startsWith('t2.'))).toBe(true);
			});

			it(`${name}.${ext}: each identity is checked`, async () => {
				const doc = readFixture(`${name}.txt`).report;
				const v = (k: string) => doc.statistics.cells[k] ?? 0;
				// Cells chosen so that each identity breaks on its own: 四、结转下年度 is only in H1 (and in
				// H3, kept by changing its row's 总计 too); so is a 办理结果 row for H2; 表四's 尚未审结 only in H5.
				const cases: [Record<string, CellValue>, string[]][] = [
					[
						{
							't3.carriedOut.natural': v('t3.carriedOut.natural') + 1,
							't3.carriedOut.total': v('t3.carriedOut.total') + 1
						},
						['H1', 'H1']
					],
					[
						{
							't3.partial.natural': v('t3.partial.natural') + 1,
							't3.partial.total': v('t3.partial.total') + 1,
							't2.licensing.decisions': -1
						},
						['H2', 'H2', 'H4']
					],
					[{ 't3.granted.legal': 1, 't4.review.pending': 1 }, ['H2', 'H3', 'H5']]
				];
				for (const [cells, expected] of cases) {
					const j = check(await variant(doc, cells, ext));
					const found = j.checks.filter((c) => c.level === 'error' && !(c.id === 'H4' && c.where.cells.length > 1));
					expect(found.map((c) => c.id).sort(), JSON.stringify(cells)).toEqual(expected);
					for (const c of found) expect(c.where.cells.some((k) => k in cells)).toBe(true);
				}
			}, 60_000);
		}

	it('S1 and S3 against last year’s report, given with --previous', async () => {
		const doc = readFixture('hebei-figures-2022-copied.txt').report;
		const prev = fixture('hebei-figures-2021.docx');
		expect(
			check(fixture('hebei-figures-2022-copied.txt'), '--previous', prev).checks.filter((c) => c.id === 'S1')
		).toEqual([]);
		const j = check(
			await variant(doc, { 't3.carriedIn.natural': 70, 't3.carriedIn.total': 70 }, 'txt'),
			'--previous',
			prev
		);
		expect(j.checks.find((c) => c.id === 'S1')?.where.cells).toEqual(['t3.carriedIn.natural', 't3.carriedIn.total']);
		const s3 = check(
			await variant(doc, { 't2.normative.issued': 5, 't2.normative.repealed': 0, 't2.normative.inForce': 4 }, 'txt'),
			'--previous',
			await variant(readFixture('hebei-figures-2021.txt').report, { 't2.normative.inForce': 100 }, 'docx')
		);
		expect(s3.checks.find((c) => c.id === 'S3')?.message).toContain(
			`上年现行有效 100 + 本年制发 5 − 本年废止 0 = ${100 + 5 - 0}`
		);
	}, 60_000);

	it('S2 with --part: the sum of the subordinate reports, cell by cell', () => {
		const part = fixture('pingtan-2021.txt');
		const j = check(fixture('pingtan-2021.txt'), '--part', part, '--part', fixture('pingtan-2021.txt'));
		const s2 = j.checks.filter((c) => c.id === 'S2');
		expect(s2.find((c) => c.where.cells[0] === 't3.received.total')?.message).toContain(
			`本报告为 70，2 份下级报告相加为 ${70 * 2}`
		);
		expect(s2.every((c) => c.where.cells.length === 1)).toBe(true);
	});
});

describe('text against tables, copying, and refusals', () => {
	it('catches a sentence contradicting a table, quoting it (text and .docx)', async () => {
		const text = reportText('hebei-figures-2021.txt').replace('共收到信息公开申请5230件', '共收到信息公开申请5320件');
		const txt = join(tmp, 'contradiction.txt');
		writeFileSync(txt, text);
		const doc = readFixture('hebei-figures-2021.txt').report;
		const docx = join(tmp, 'contradiction.docx');
		const sections = doc.sections.map((s) =>
			s.no === 3 ? { ...s, paragraphs: s.paragraphs.map((p) => p.replace('5230件', '5320件')) } : s
		);
		writeFileSync(docx, await writeReportDocx({ ...doc, sections }));
		for (const file of [txt, docx]) {
			const t2 = check(file).checks.filter((c) => c.id === 'T2');
			expect(t2).toHaveLength(1);
			expect(t2[0].where.cells).toEqual(['t3.received.total']);
			expect(t2[0].where.section).toBe(3);
			expect(t2[0].where.sentence).toContain('共收到信息公开申请5320件');
			expect(t2[0].message).toBe(
				'正文所述收到申请 5320 与表格不一致：表三 一、本年新收政府信息公开申请数量 · 总计（5230）'
			);
		}
	}, 60_000);

	it('flags a report copying most of last year’s text', () => {
		const j = check(fixture('hebei-figures-2022-copied.txt'), '--previous', fixture('hebei-figures-2021.txt'));
		const r1 = j.checks.filter((c) => c.id === 'R1');
		expect(r1.filter((c) => c.level === 'warning').map((c) => c.where.section)).toEqual([1, 2, 3, 4, 5]);
		expect(r1.find((c) => c.where.section === 6)?.level).toBe('info');
	});

	it('refuses what is not a report, with a Chinese message and status 1', () => {
		const plan = join(reportsDir, '../shared/003_93ad0590acba159a.txt');
		for (const [file, message] of [
			[plan, /^这不是政府信息公开工作年度报告/],
			[fixture('seeds/004_ed8e334ba16fb278.txt'), /^这是2016年度的报告/],
			[join(tmp, 'missing.txt'), /^找不到报告/],
			[fixture('make-fixtures.ts'), /^不支持 \.ts 文件/]
		] as const) {
			const r = reportCheck([file]);
			expect(r.status, file).toBe(1);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(message);
		}
		const usage = reportCheck([]);
		expect(usage.status).toBe(1);
		expect(usage.stderr).toMatch(/^用法：npm run --silent report:check/);
		expect(reportCheck([fixture('pingtan-2021.txt'), '--previous']).stderr).toMatch(/--previous 后面需要一个文件/);
	}, 60_000);
});
