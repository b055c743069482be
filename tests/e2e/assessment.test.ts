// Acceptance point 3 of the assessment issue through the browser: admin issues a quarterly bulletin;
// then accepts another assignment and enters a 扣分 and an external score; the live ranking moves and
// the issued bulletin (its page, its .docx and .xlsx) does not; sifaju sees its breakdown with the
// reason and objects; admin answers; a rectification is opened, answered and closed, and the next
// bulletin lists it as closed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, sessionCookie, useE2E, type DemoAccount, type E2E } from '../helpers/e2e';

let e2e: E2E;
let page: Page;
useE2E({ beforeAll, afterAll, afterEach }, (e, p) => {
	e2e = e;
	page = p;
});

const q = <T>(sql: string, ...args: unknown[]) => {
	const db = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return db.prepare(sql).get(...args) as T;
	} finally {
		db.close();
	}
};
async function as(account: DemoAccount) {
	await e2e.context.clearCookies();
	await loginAs(page, e2e.server.url, account);
}
const flash = () => page.locator('[role=status], [role=alert]').first().innerText();
const shanghai = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const today = shanghai(Date.now());
const yesterday = shanghai(Date.now() - 86_400_000);
/** The total shown for a unit in the first ranking table of the page ("53.87 / 100" → 53.87). */
const totalOn = async (unit: string) =>
	Number(
		(await page.locator('table.scores tr', { hasText: unit }).first().locator('td.num').nth(1).innerText()).split(
			'/'
		)[0]
	);

let sifaId = 0;
let bulletinId = 0;
let frozenTotal = 0;
let liveBefore = 0;

async function download(path: string): Promise<Uint8Array> {
	const res = await fetch(e2e.server.url + path, { headers: { cookie: await sessionCookie(e2e.context) } });
	expect(res.status).toBe(200);
	return new Uint8Array(await res.arrayBuffer());
}
async function frozenFiles() {
	const docx = strFromU8(
		unzipSync(await download(`/assessment/bulletins/${bulletinId}/bulletin.docx`))['word/document.xml']
	);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await download(`/assessment/bulletins/${bulletinId}/bulletin.xlsx`)).buffer as ArrayBuffer);
	let xlsxTotal: number | null = null;
	wb.worksheets[0].eachRow((row) => {
		if (row.getCell(2).value === '市司法局') xlsxTotal = Number(row.getCell(5).value);
	});
	return { docx, xlsxTotal };
}

async function issue(kind: string, cutOff: string, docNumber: string) {
	await page.goto(`${e2e.server.url}/assessment/bulletins/new`);
	await page.selectOption('#kind', kind);
	await page.fill('#cutOff', cutOff);
	await page.fill('#docNumber', docNumber);
	await Promise.all([page.waitForURL(/\/assessment\/bulletins\/\d+$/), page.click('button:text-is("印发")')]);
	return Number(/(\d+)$/.exec(page.url())![1]);
}

describe('assessment: bulletins freeze, the live ranking moves, objections and rectifications', () => {
	it('admin sees the live ranking and issues a quarterly bulletin that freezes it', async () => {
		sifaId = q<{ id: number }>("select id from unit where short_name = '市司法局'").id;
		await as('admin');
		await page.goto(`${e2e.server.url}/assessment`);
		liveBefore = await totalOn('市司法局');
		bulletinId = await issue('quarterly', yesterday, '石政公办〔E2E〕1号');
		expect(await page.locator('h1').innerText()).toContain('季度通报');
		frozenTotal = await totalOn('市司法局');
		// Scored as of yesterday: nothing changed since, so the frozen figure is the live one.
		expect(frozenTotal).toBe(liveBefore);
		const files = await frozenFiles();
		expect(files.docx).toContain('石政公办〔E2E〕1号');
		expect(files.xlsxTotal).toBe(frozenTotal);
	});

	it('admin accepts another assignment and enters a 扣分 and a 网站检查 score: the live ranking moves', async () => {
		const submitted =
			q<{ id: number }>(
				"select a.id from assignment a join plan p on p.id = a.plan_id where a.status = 'submitted' and p.kind = 'work' and a.unit_id = ? order by a.id limit 1",
				sifaId
			) ??
			q<{ id: number }>(
				"select a.id from assignment a join plan p on p.id = a.plan_id where a.status = 'submitted' and p.kind = 'work' order by a.id limit 1"
			);
		await page.goto(`${e2e.server.url}/assignments/${submitted.id}`);
		await page.check('input[name=grade][value=excellent]');
		await page.click('button:text-is("通过")');
		await expect.poll(flash).toBe('已审核通过');

		await page.goto(`${e2e.server.url}/assessment/entries`);
		await page.selectOption('#unitId', String(sifaId));
		await page.selectOption('#target', 'major-deduction|major.criticised');
		await page.fill('#value', '1');
		await page.fill('#reason', '政务公开专栏长期未更新，被省政府办公厅通报批评');
		await page.click('button:text-is("录入")');
		await expect.poll(flash).toContain('已录入');
		await page.selectOption('#unitId', String(sifaId));
		await page.selectOption('#target', 'score|result.website');
		await page.fill('#value', '40');
		await page.fill('#reason', '第四季度网站检查 40 分');
		await page.click('button:text-is("录入")');
		await expect.poll(flash).toContain('已录入');

		await page.goto(`${e2e.server.url}/assessment`);
		expect(await totalOn('市司法局')).not.toBe(liveBefore);
	});

	it('the issued bulletin does not move: its page, .docx and .xlsx hold the frozen figures', async () => {
		await page.goto(`${e2e.server.url}/assessment/bulletins/${bulletinId}`);
		expect(await totalOn('市司法局')).toBe(frozenTotal);
		const files = await frozenFiles();
		expect(files.xlsxTotal).toBe(frozenTotal);
		expect(files.docx).toContain(String(frozenTotal));
		expect(files.docx).not.toContain('被省政府办公厅通报批评');
	});

	it('sifaju sees its own breakdown with the reason and files an objection; another unit’s is refused', async () => {
		await as('sifaju');
		await page.goto(`${e2e.server.url}/assessment/units/${sifaId}`);
		expect(await page.locator('main').innerText()).toContain('政务公开专栏长期未更新，被省政府办公厅通报批评');
		const entry = page.locator('article.entry', { hasText: '被省政府办公厅通报批评' });
		await entry.locator('textarea[name=reason]').fill('该专栏已于当月恢复更新，请核实');
		await entry.locator('button:text-is("提出异议")').click();
		await expect.poll(flash).toContain('异议已提交');
		const other = q<{ id: number }>("select id from unit where short_name = '正定县政府'").id;
		const res = await page.goto(`${e2e.server.url}/assessment/units/${other}`);
		expect(res?.status()).toBe(403);
	});

	it('admin answers the objection and opens a rectification from the deduction', async () => {
		await as('admin');
		await page.goto(`${e2e.server.url}/assessment/units/${sifaId}`);
		const entry = page.locator('article.entry', { hasText: '被省政府办公厅通报批评' });
		await entry.locator('textarea[name=answer]').fill('经核实，通报批评属实，维持扣分');
		await entry.locator('button:text-is("答复异议")').click();
		await expect.poll(flash).toContain('已答复异议');
		const again = page.locator('article.entry', { hasText: '被省政府办公厅通报批评' });
		await again.locator('summary').click();
		await again.locator('input[name=requirement]').fill('恢复专栏更新并建立更新台账');
		await again.locator('input[name=dueOn]').fill(today);
		await again.locator('button:text-is("下发整改")').click();
		await expect.poll(flash).toContain('已下发整改');
		expect(await page.locator('main').innerText()).toContain('经核实，通报批评属实，维持扣分');
	});

	it('sifaju answers the rectification like an assignment; admin closes it', async () => {
		const rect = q<{ assignment_id: number }>('select assignment_id from rectification where unit_id = ?', sifaId);
		await as('sifaju');
		await page.goto(`${e2e.server.url}/assignments/${rect.assignment_id}`);
		await page.fill('#linkDescription', '恢复更新后的专栏');
		await page.fill('#url', 'https://www.example.com/sjz-demo/column');
		await page.click('button:text-is("添加网址")');
		await expect.poll(flash).toContain('网址已添加');
		await page.fill('#summary', '专栏已恢复更新，更新台账已建立');
		await page.click('button:text-is("提交办结")');
		await expect.poll(flash).toContain('已提交办结');
		await as('admin');
		await page.goto(`${e2e.server.url}/assignments/${rect.assignment_id}`);
		await page.check('input[name=grade][value=good]');
		await page.click('button:text-is("通过")');
		await expect.poll(flash).toBe('已审核通过');
		await page.goto(`${e2e.server.url}/assessment/rectifications`);
		expect(await page.locator('tr', { hasText: '市司法局' }).first().innerText()).toContain('已整改');
	});

	it('the next bulletin lists the rectification as closed', async () => {
		const next = await issue('quarterly', today, '石政公办〔E2E〕2号');
		expect(next).toBeGreaterThan(bulletinId);
		expect(await page.locator('#list-rectified').innerText()).toContain('市司法局');
		await page.screenshot({ path: 'test-results/assessment-bulletin-1366.png', fullPage: true });
	});
});
