// The leader's board in a real browser: charts drawn, numbers equal to the database, filters,
// a unit user's own-unit view, the 台账 and its Excel export.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, sessionCookie, useE2E, type E2E } from '../helpers/e2e';

let e2e: E2E;
let page: Page;

useE2E({ beforeAll, afterAll, afterEach }, (e, p) => {
	e2e = e;
	page = p;
});

function db<T>(sql: string, ...args: unknown[]): T[] {
	const d = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return d.prepare(sql).all(...args) as T[];
	} finally {
		d.close();
	}
}
const one = (sql: string, ...args: unknown[]) => db<{ n: number }>(sql, ...args)[0]?.n ?? 0;
/** A table's body as rows of trimmed cell texts. */
const tableRows = (selector: string) =>
	page.$$eval(`${selector} tbody tr`, (trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
	);
const pct = (a: number, b: number) => `${((b ? a / b : 0) * 100).toFixed(1)}%`;

async function waitForSweep() {
	// The startup sweep lights every assignment; the board counts lights from it.
	await expect
		.poll(() => one('select count(*) n from assignment where last_light is null'), { timeout: 20_000 })
		.toBe(0);
}

describe('the leader’s board', () => {
	it('draws every chart on a non-empty canvas', async () => {
		await waitForSweep();
		await loginAs(page, e2e.server.url, 'leader');
		await page.goto(`${e2e.server.url}/boards`);
		const canvases = page.locator('canvas');
		await expect.poll(() => canvases.count()).toBe(4);
		// Chart.js has drawn something: the canvas is sized and holds non-transparent pixels.
		const drawn = await page.$$eval('canvas', (cs) =>
			cs.map((c) => {
				const ctx = c.getContext('2d')!;
				const { data } = ctx.getImageData(0, 0, c.width, c.height);
				let painted = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
				return c.width > 0 && c.height > 0 && painted > 500;
			})
		);
		expect(drawn).toEqual([true, true, true, true]);
		await page.screenshot({ path: 'test-results/board-1366.png', fullPage: true });
	});

	it('shows the numbers the database holds', async () => {
		const total = one('select count(*) n from assignment');
		const accepted = one("select count(*) n from assignment where status = 'accepted'");
		expect(await page.locator('#kpi-completion').innerText()).toBe(pct(accepted, total));
		expect(await page.locator('#kpi-red').innerText()).toBe(
			String(one("select count(*) n from assignment where last_light = 'red'"))
		);
		const lights = await tableRows('#table-lights');
		expect(lights.map((r) => [r[0], Number(r[1])])).toEqual([
			['红灯', one("select count(*) n from assignment where last_light = 'red'")],
			['黄灯', one("select count(*) n from assignment where last_light = 'yellow'")],
			['绿灯', one("select count(*) n from assignment where last_light = 'green'")]
		]);
		const sections = db<{ label: string; a: number; t: number }>(
			`select s.code || '、' || s.title label, sum(a.status = 'accepted') a, count(*) t
			 from assignment a join task t on t.id = a.task_id join section s on s.id = t.section_id group by s.id order by s.sort_order`
		);
		expect(await tableRows('#table-sections')).toEqual(sections.map((s) => [s.label, `${s.a}/${s.t}`, pct(s.a, s.t)]));
		const kinds = db<{ kind: string; a: number; t: number }>(
			`select u.kind, sum(a.status = 'accepted') a, count(*) t from assignment a join unit u on u.id = a.unit_id group by u.kind`
		);
		const label: Record<string, string> = {
			department: '市直部门',
			county: '县(市、区)',
			zone: '开发区园区',
			office: '办公室',
			other: '其他单位'
		};
		const shown = await tableRows('#table-kinds');
		expect(shown).toHaveLength(kinds.length);
		for (const k of kinds) expect(shown).toContainEqual([label[k.kind], `${k.a}/${k.t}`, pct(k.a, k.t)]);
	});

	it('changes its numbers with the section and unit-kind filters', async () => {
		const section = db<{ id: number; title: string }>("select id, title from section where code = '三'")[0];
		await Promise.all([page.waitForURL(/section=/), page.selectOption('select[name=section]', String(section.id))]);
		const total = one(
			'select count(*) n from assignment a join task t on t.id = a.task_id where t.section_id = ?',
			section.id
		);
		const accepted = one(
			"select count(*) n from assignment a join task t on t.id = a.task_id where t.section_id = ? and a.status = 'accepted'",
			section.id
		);
		await expect.poll(() => page.locator('#kpi-completion').innerText()).toBe(pct(accepted, total));
		expect(await tableRows('#table-sections')).toHaveLength(1);
		await Promise.all([page.waitForURL(/kind=county/), page.selectOption('select[name=kind]', 'county')]);
		const countyTotal = one(
			"select count(*) n from assignment a join task t on t.id = a.task_id join unit u on u.id = a.unit_id where t.section_id = ? and u.kind = 'county'",
			section.id
		);
		const countyAccepted = one(
			"select count(*) n from assignment a join task t on t.id = a.task_id join unit u on u.id = a.unit_id where t.section_id = ? and u.kind = 'county' and a.status = 'accepted'",
			section.id
		);
		await expect.poll(() => page.locator('#kpi-completion').innerText()).toBe(pct(countyAccepted, countyTotal));
		expect((await tableRows('#table-kinds')).map((r) => r[0])).toEqual(['县(市、区)']);
	});

	it('prints with the tables and without navigation', async () => {
		await page.goto(`${e2e.server.url}/boards`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('nav#side-nav').isVisible()).toBe(false);
		expect(await page.locator('#table-trend').isVisible()).toBe(true);
		await page.screenshot({ path: 'test-results/board-print.png', fullPage: true });
		await page.emulateMedia({ media: 'screen' });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: 'test-results/board-390.png', fullPage: true });
		await page.setViewportSize({ width: 1366, height: 768 });
	});
});

describe('the 台账', () => {
	it('shows a cell for every assignment of the page, each linking to it', async () => {
		await page.goto(`${e2e.server.url}/boards/matrix`);
		const links = await page.$$eval('table.matrix a.cell', (as) => as.map((a) => a.getAttribute('href')));
		const columns = await page.locator('table.matrix thead th.col').count();
		expect(columns).toBe(Math.min(60, one('select count(distinct unit_id) n from assignment')));
		expect(links.length).toBeGreaterThan(100);
		expect(links.every((h) => /^\/assignments\/\d+$/.test(h ?? ''))).toBe(true);
		await page.screenshot({ path: 'test-results/matrix-1366.png' });
	});

	it('exports an .xlsx that reads back as the matrix', async () => {
		const res = await fetch(`${e2e.server.url}/boards/matrix.xlsx?plan=1`, {
			headers: { cookie: await sessionCookie(e2e.context) }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(await res.arrayBuffer());
		const ws = wb.getWorksheet('台账')!;
		expect(ws.rowCount - 2).toBe(one('select count(*) n from task'));
		let filled = 0;
		ws.eachRow((row, n) => {
			if (n > 2) row.eachCell((cell, col) => col > 1 && cell.value && filled++);
		});
		expect(filled).toBe(one('select count(*) n from assignment'));
		expect(wb.getWorksheet('清单')!.rowCount - 1).toBe(one('select count(*) n from assignment'));
	});
});

describe('a unit user', () => {
	it('sees the board for its own unit only', async () => {
		await e2e.context.clearCookies();
		await loginAs(page, e2e.server.url, 'zhengding');
		await page.goto(`${e2e.server.url}/boards`);
		expect(await page.locator('h1').innerText()).toContain('正定县政府');
		const unitId = one("select id n from unit where short_name = '正定县政府'");
		const total = one('select count(*) n from assignment where unit_id = ?', unitId);
		const accepted = one("select count(*) n from assignment where unit_id = ? and status = 'accepted'", unitId);
		expect(await page.locator('#kpi-completion').innerText()).toBe(pct(accepted, total));
		// The ranking a unit sees is the one the office published (the latest issued 通报), never the live one.
		const published = db<{ id: number; doc: string }>(
			"select id, doc_number doc from bulletin where status = 'issued' order by cut_off desc, id desc limit 1"
		)[0];
		const publishedNames = new Set(
			db<{ n: string }>(
				'select u.short_name n from bulletin_unit b join unit u on u.id = b.unit_id where b.bulletin_id = ?',
				published.id
			).map((r) => r.n)
		);
		const shown = (await tableRows('#ranking table')).map((r) => r[1]);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.filter((n) => !publishedNames.has(n))).toEqual([]);
		expect(await page.locator('#ranking').innerText()).toContain(published.doc);
		expect(await page.locator('select[name=kind]').count()).toBe(0);
		// The matrix shows only its own column; another unit's page is not found.
		await page.goto(`${e2e.server.url}/boards/matrix`);
		expect(await page.locator('table.matrix thead th.col').allInnerTexts()).toEqual(['正定县政府']);
		const other = one("select id n from unit where short_name = '市司法局'");
		expect((await page.goto(`${e2e.server.url}/boards/units/${other}`))?.status()).toBe(404);
		expect((await page.goto(`${e2e.server.url}/boards/units/${unitId}`))?.status()).toBe(200);
		await page.screenshot({ path: 'test-results/unit-page-1366.png', fullPage: true });
	});
});
