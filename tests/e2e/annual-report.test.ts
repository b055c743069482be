// Issue 11, acceptance 3, in a real browser: 市司法局 enters its 2020 statistics (an identity error
// shows at the cell and blocks submission until fixed) and submits; the office accepts them, opens
// the city's aggregated report, brings last year's city report in through the checker, generates
// the city's draft — 一 describes the plan's work and the 考核 result, 五 answers last year's
// improvements — and exports it to Word; the .docx read back has the title, the six section
// headings and the tables' figures.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, postForm, sessionCookie, useE2E, type DemoAccount, type E2E } from '../helpers/e2e';
import { validStatistics } from '../helpers/report-statistics';
import { entryGrid } from '../../src/lib/annual-report/document';
import { getFormat, SECTION_HEADINGS } from '../../src/lib/annual-report/format';
import { formatValue } from '../../src/lib/annual-report/values';
import { readReportDocx, readReportFile } from '../../src/lib/server/annual-report/read/index';
import { checkReport } from '../../src/lib/annual-report/checks/index';
import { CITY_2019_IMPROVEMENTS } from '../fixtures/reports/city-2019';

let e2e: E2E;
let page: Page;
useE2E({ beforeAll, afterAll, afterEach }, (e, p) => {
	e2e = e;
	page = p;
});

function db<T>(sql: string, ...args: unknown[]): T {
	const d = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return d.prepare(sql).get(...args) as T;
	} finally {
		d.close();
	}
}
async function as(account: DemoAccount) {
	await e2e.context.clearCookies();
	await loginAs(page, e2e.server.url, account);
}
/** Waits for the server (a loaded machine takes its time), longer than expect.poll's default second. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const flash = () => page.locator('[role=status], [role=alert]').first().innerText();
const cell = (key: string) => page.locator(`[id="cell-${key}"]`);
const cellTd = (key: string) => page.locator(`td:has([id="cell-${key}"])`);

/** The figures 市司法局 enters: every identity holds (the test breaks one on purpose). */
const FIGURES = validStatistics('2019', 2020);
const v = (key: string) => formatValue(FIGURES.cells[key] ?? null);

/** Pastes TAB-separated text into a cell the way the browser does when Excel's clipboard lands there. */
async function paste(key: string, text: string) {
	await page.evaluate(
		([id, data]) => {
			const el = document.getElementById(id)!;
			el.focus();
			const dt = new DataTransfer();
			dt.setData('text/plain', data);
			el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
		},
		[`cell-${key}`, text]
	);
}
/** The page at both widths we design for, for looking at (test-results/). */
async function shoot(name: string) {
	await page.screenshot({ path: `test-results/${name}-1366.png`, fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: `test-results/${name}-390.png`, fullPage: true });
	await page.setViewportSize({ width: 1366, height: 768 });
}
const block = (table: 2 | 3 | 4) =>
	entryGrid('2019', table)
		.map((row) => row.map(v).join('\t'))
		.join('\n');

describe('the 2020 annual report, from a unit’s figures to the city’s Word document', () => {
	it('sifaju pastes its tables; an identity error shows at the cell and blocks submission, then is fixed', async () => {
		await as('sifaju');
		await page.goto(`${e2e.server.url}/reports`);
		await Promise.all([page.waitForURL(/\/reports\/2020\/\d+$/), page.click('a:text("填报统计数据")')]);
		// 空白填 0: what did not happen is saved as 0, and the form shows what was saved.
		await cell('t4.review.upheld').fill('1');
		await cell('t4.review.total').fill('1');
		await page.click('button:text-is("空白填 0 并保存")');
		await poll(flash).toBe('已保存');
		await poll(() => cell('t2.rules.made').inputValue()).toBe('0');
		expect(await cell('t4.review.upheld').inputValue()).toBe('1');
		for (const t of [2, 3, 4] as const) await paste(entryGrid('2019', t)[0][0], block(t));
		await cell('x.infoFee').fill(v('x.infoFee'));
		expect(await cell('t3.total.total').inputValue()).toBe(v('t3.total.total'));
		expect(await cell('t4.afterReview.total').inputValue()).toBe(v('t4.afterReview.total'));
		const submit = page.locator('button:text-is("报送")');
		expect(await submit.isDisabled()).toBe(false);

		// One more application typed into 总计 than the six kinds of applicant add up to.
		const wrong = String(FIGURES.cells['t3.received.total']! + 1);
		await cell('t3.received.total').fill(wrong);
		await poll(() => cellTd('t3.received.total').getAttribute('class')).toContain('error');
		expect(await cell('t3.received.total').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('.focus').innerText()).toContain(`总计为 ${wrong}`);
		expect(await submit.isDisabled()).toBe(true);
		await page.screenshot({ path: 'test-results/report-statistics-error-viewport-1366.png' });
		await shoot('report-statistics-error');

		// Saving is allowed with the error; submitting is not (the server says so too, naming the cell).
		await page.click('button:text-is("保存")');
		await poll(flash).toContain('已保存。还有');
		expect(
			db<{ s: string }>('select statistics s from annual_report where year = 2020 and unit_id is not null').s
		).toContain(`"t3.received.total":${wrong}`);

		await cell('t3.received.total').fill(v('t3.received.total'));
		await poll(() => cellTd('t3.received.total').getAttribute('class')).not.toContain('error');
		await poll(() => submit.isDisabled()).toBe(false);
		await submit.click();
		await poll(flash).toContain('已报送');
		expect(await page.locator('.badge', { hasText: '已报送' }).count()).toBeGreaterThan(0);
		expect(db<{ n: number }>('select count(*) n from annual_report_submission').n).toBe(1);
	});

	it('admin sees it submitted and accepts it', async () => {
		await as('admin');
		await page.goto(`${e2e.server.url}/reports?year=2020&status=submitted`);
		const row = page.locator('tr', { hasText: '市司法局' });
		await Promise.all([page.waitForURL(/\/reports\/2020\/\d+$/), row.locator('a:text("审核")').click()]);
		await page.click('button:text-is("审核通过")');
		await poll(flash).toContain('已审核通过');
		expect(db<{ s: string }>('select status s from annual_report where unit_id is not null').s).toBe('accepted');
		await page.goto(`${e2e.server.url}/reports?year=2020`);
		expect(await page.locator('tr', { hasText: '市司法局' }).locator('.badge').innerText()).toBe('已通过');
		await shoot('report-home-admin');
	});

	it('the city report adds it up, and a cell drills down to the unit', async () => {
		await page.goto(`${e2e.server.url}/reports/2020/summary`);
		const link = page.locator('td.value a[href*="cell=t3.received.total"]');
		expect(await link.innerText()).toBe(v('t3.received.total'));
		await link.click();
		await poll(() => page.locator('#drill h2').innerText()).toContain('一、本年新收政府信息公开申请数量 · 总计');
		await shoot('report-summary');
		expect(await page.locator('#drill tbody tr').allInnerTexts()).toEqual([`市司法局\t${v('t3.received.total')}`]);
	});

	it('brings last year’s city report in through the checker', async () => {
		await page.goto(`${e2e.server.url}/reports/check`);
		await page.setInputFiles('#files', join(import.meta.dirname, '../fixtures/reports/city-2019-published.txt'));
		await page.click('button:text-is("开始体检")');
		await expect
			.poll(() => page.locator('h2', { hasText: '石家庄市人民政府2019年政府信息公开工作年度报告' }).count())
			.toBe(1);
		expect(await page.locator('.facts').innerText()).toContain('国办公开办函〔2019〕60号');
		expect(await page.locator('select[name=target]').inputValue()).toBe('body');
		await shoot('report-checker');
		await page.click('button:text-is("保存为2019年度报告")');
		await poll(flash).toContain('已导入');
		expect(
			db<{ n: number }>('select count(*) n from annual_report where year = 2019 and unit_id is null and imported = 1').n
		).toBe(1);
	});

	it('generates the city’s draft: 一 describes the plan’s work and the 考核 result, 五 answers last year', async () => {
		await page.goto(`${e2e.server.url}/reports/2020/body/draft`);
		await page.click('button:text-is("按系统数据生成草稿")');
		await poll(flash).toContain('已生成草稿');
		const one = await page
			.locator('#section-1 textarea[name=p1]')
			.evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
		const plan = db<{ title: string; tasks: number; assignments: number }>(
			'select title, (select count(*) from task) tasks, (select count(*) from assignment) assignments from plan'
		);
		expect(one[0]).toContain(`《${plan.title}》`);
		expect(one[0]).toContain(`部署重点任务${plan.tasks}项，分解为${plan.assignments}项任务分工`);
		const first = db<{ title: string; a: number; acc: number }>(
			"select s.title, count(*) a, sum(a.status = 'accepted') acc from assignment a join task t on t.id = a.task_id join section s on s.id = t.section_id where s.sort_order = (select min(sort_order) from section) group by s.id"
		);
		expect(one[1]).toContain(`（一）${first.title}。本部分`);
		expect(one[1]).toContain(`分解为${first.a}项任务分工，已审核通过${first.acc}项`);
		expect(one.filter(Boolean).at(-1)).toMatch(/监督保障。截至.+，2020年度政务公开工作考核结果尚未印发。$/);
		const five = await page
			.locator('#section-5 textarea[name=p5]')
			.evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
		for (const [i, imp] of CITY_2019_IMPROVEMENTS.entries())
			expect(five.some((t) => t.startsWith(`${i + 1}.关于上年报告提出的“${imp}”`))).toBe(true);
		// A paragraph of one's own: saved into the section, and the box for a new one is empty again.
		await page.locator('#section-6 textarea.new').fill('本年度人大代表建议、政协提案办理结果均已公开。');
		await page.click('button:text-is("保存草稿")');
		await poll(flash).toContain('草稿已保存');
		expect(await page.locator('#section-6 textarea.new').inputValue()).toBe('');
		const six = await page
			.locator('#section-6 textarea[name=p6]')
			.evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
		expect(six.filter((t) => t === '本年度人大代表建议、政协提案办理结果均已公开。')).toHaveLength(1);
		// Every generated paragraph links to its sources: the first section's to the plan.
		expect(await page.locator('#section-1 .para').first().locator('a.source').getAttribute('href')).toMatch(
			/^\/plans\/\d+$/
		);
		await shoot('report-draft');
	});

	it('exports the .docx; read back, it has the title, the six headings and the tables’ figures', async () => {
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:text("导出 Word")')]);
		expect(download.suggestedFilename()).toBe('石家庄市人民政府2020年政府信息公开工作年度报告（草稿）.docx');
		const bytes = readFileSync((await download.path())!);
		writeFileSync('test-results/report-city-2020.docx', bytes);
		const back = readReportDocx(new Uint8Array(bytes)).report;
		expect(back.title).toBe('石家庄市人民政府2020年政府信息公开工作年度报告');
		expect(back.year).toBe(2020);
		expect(back.sections.map((s) => s.heading)).toEqual([...SECTION_HEADINGS]);
		// Only 市司法局's figures are accepted and 本级 has none: the city's tables are its figures.
		for (const key of ['t2.rules.made', 't3.received.natural', 't3.granted.total', 't3.total.total', 't4.review.total'])
			expect(back.statistics.cells[key], key).toBe(FIGURES.cells[key]);
		// The print view shows the same report.
		await page.goto(`${e2e.server.url}/print/reports/2020/body`);
		expect(await page.locator('article h1').innerText()).toBe(back.title);
		expect(await page.locator('article h2').allInnerTexts()).toEqual([...SECTION_HEADINGS]);
		await shoot('report-print');
	});
});

describe('年报体检 over several reports at once', () => {
	const fixture = (name: string) => join(import.meta.dirname, '../fixtures/reports', name);
	const expected = (name: string) => {
		const { report, findings } = readReportFile(new Uint8Array(readFileSync(fixture(name))), name);
		return checkReport(report, { findings });
	};

	it('gives one row per file with its findings, and refuses what is not a report', async () => {
		await as('admin');
		await page.goto(`${e2e.server.url}/reports/check`);
		const files = ['hebei-figures-2021.txt', 'langfang-figures-2019.docx', 'pingtan-2021.txt'];
		await page.setInputFiles('#files', [
			...files.map(fixture),
			join(import.meta.dirname, '../fixtures/plans/numbered-no-sections.txt')
		]);
		await page.click('button:text-is("开始体检")');
		await poll(() => page.locator('h2', { hasText: '体检结果（4 份）' }).count()).toBe(1);
		const rows = page.locator('tbody tr');
		for (const [i, name] of files.entries()) {
			const checks = expected(name);
			const count = (level: string) => String(checks.filter((c) => c.level === level).length);
			const row = rows.nth(i);
			expect(await row.locator('td').first().innerText()).toBe(name);
			expect(await row.locator('td[data-label="错误"]').innerText()).toBe(count('error'));
			expect(await row.locator('td[data-label="警告"]').innerText()).toBe(count('warning'));
		}
		expect(await rows.nth(3).innerText()).toContain('无法读取：这不是政府信息公开工作年度报告');
		await rows.nth(0).locator('summary').click();
		await shoot('report-checker-many');
	});

	it('shows one report’s findings with their cells marked in the tables read', async () => {
		await page.goto(`${e2e.server.url}/reports/check`);
		await page.setInputFiles('#files', fixture('hebei-figures-2021.txt'));
		await page.click('button:text-is("开始体检")');
		await poll(() => page.locator('.checks li').count()).toBeGreaterThan(0);
		// Its text says 466 复议, its table adds up to 471; its 表二 is blank (the 2016 report counts no such thing).
		const t3 = expected('hebei-figures-2021.txt').find((c) => c.id === 'T3')!;
		expect(await page.locator('.checks li', { hasText: t3.message }).count()).toBe(1);
		expect(await page.locator('.checks li blockquote').first().innerText()).toContain('466');
		const blank = getFormat('2021').cells.filter((c) => c.table === 2).length;
		expect(await page.locator('td.value.error').count()).toBe(blank);
		expect(await page.locator('td.value.warning').count()).toBeGreaterThan(0);
		await shoot('report-checker-findings');
	});
});

describe('what other units see of a unit’s report', () => {
	it('正定县政府 gets nothing of 市司法局’s figures, draft or Word file, nor the city’s report', async () => {
		await as('zhengding');
		const cookie = await sessionCookie(e2e.context);
		const unitId = db<{ id: number }>("select id from unit where short_name = '市司法局'").id;
		const get = async (path: string) =>
			(await fetch(`${e2e.server.url}${path}`, { headers: { cookie }, redirect: 'manual' })).status;
		const statuses = {
			statistics: await get(`/reports/2020/${unitId}`),
			draft: await get(`/reports/2020/${unitId}/draft`),
			docx: await get(`/reports/2020/${unitId}/report.docx`),
			print: await get(`/print/reports/2020/${unitId}`),
			summary: await get('/reports/2020/summary'),
			body: await get('/reports/2020/body'),
			bodyDocx: await get('/reports/2020/body/report.docx')
		};
		expect(statuses).toEqual({
			statistics: 404,
			draft: 404,
			docx: 404,
			print: 404,
			summary: 403,
			body: 404,
			bodyDocx: 404
		});
		// Nor can it act on them.
		const res = await postForm(e2e.server.url, `/reports/2020/${unitId}?/save`, cookie, {
			_form: 'stats',
			version: '99',
			't3.received.total': '1'
		});
		expect(res.status).toBe(404);
		// Its own reports page lists only itself.
		await page.goto(`${e2e.server.url}/reports?year=2020`);
		expect(await page.locator('h2').first().innerText()).toBe('正定县政府');
		expect(await page.locator('body').innerText()).not.toContain('市司法局');
	});
});
