// Hostile text in every free-text field a user types: a progress report, a return reason, a review
// comment, a unit's name, a task title brought in by an import, an annual-report draft paragraph.
// Script payloads must stay text in every page (escaped in the HTML, nothing runs in a browser) and
// in the .xlsx and .docx exports; text that a spreadsheet would read as a formula must reach every
// .xlsx export as text, never as a formula and never with its leading = + - @.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';
import { demoWorld, type World } from '../helpers/world';

/** Runs in a page only if some text reaches it as markup. */
const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=2">';
const PAYLOAD = `${SCRIPT}${IMG}`;
const FORMULA = '=HYPERLINK("http://evil.example","点此")';
/** Fits a unit's short name (30 characters at most). */
const SHORT_FORMULA = '=HYPERLINK("http://x.cn")';

let server: RunningServer;
let world: World;
let browser: { context: BrowserContext; close: () => Promise<void> };
let importedPlan = 0;

async function post(cookie: string, path: string, fields: Record<string, string>) {
	const res = await fetch(server.url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie, origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});
	const text = await res.text();
	if (res.status >= 400) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`);
	return res;
}

const versionOf = (id: number) => world.q<{ v: number }>('select version v from assignment where id = ?', id).v;

async function signedInPage(cookie: string) {
	const i = cookie.indexOf('=');
	await browser.context.clearCookies();
	await browser.context.addCookies([{ name: cookie.slice(0, i), value: cookie.slice(i + 1), url: server.url }]);
	return browser.context.newPage();
}

beforeAll(async () => {
	server = await startServer();
	world = await demoWorld(server);
	browser = await launchBrowser();
	const { ids, cookies } = world;
	const a = ids.assignmentA;
	await post(cookies.unitA, `/assignments/${a}?/sendReport`, {
		content: `${FORMULA} ${PAYLOAD}`,
		percent: '90',
		reportedOn: ids.today
	});
	await post(cookies.unitA, `/assignments/${a}?/submit`, {
		summary: PAYLOAD,
		percent: '100',
		version: String(versionOf(a))
	});
	await post(cookies.admin, `/assignments/${a}?/return`, { reason: `${PAYLOAD}请补充`, version: String(versionOf(a)) });
	await post(cookies.unitA, `/assignments/${a}?/submit`, {
		summary: PAYLOAD,
		percent: '100',
		version: String(versionOf(a))
	});
	await post(cookies.admin, `/assignments/${a}?/accept`, {
		grade: 'good',
		comment: `${FORMULA}${PAYLOAD}`,
		version: String(versionOf(a))
	});
	const unit = world.q<{ name: string; short_name: string; kind: string; sort_order: number }>(
		'select name, short_name, kind, sort_order from unit where id = ?',
		ids.unitA
	);
	await post(cookies.admin, `/admin/units/${ids.unitA}?/update`, {
		name: `${unit.name}${SCRIPT}`,
		shortName: SHORT_FORMULA,
		kind: unit.kind,
		sortOrder: String(unit.sort_order),
		aliases: ''
	});

	// A task title through the importer: pasted, then confirmed on the preview page as the office does.
	const parsed = await post(cookies.admin, '/plans/import?/parse', {
		text: `2032年政务公开工作要点\n一、重点领域\n1.${FORMULA}推进决策公开${SCRIPT}。（市司法局）`
	});
	const page = await signedInPage(cookies.admin);
	await page.goto(server.url + parsed.headers.get('location'));
	await Promise.all([page.waitForURL(/\/plans\/\d+$/), page.click('form button.primary[type=submit]')]);
	importedPlan = Number(/\/plans\/(\d+)$/.exec(page.url())![1]);

	// An annual-report paragraph, typed into the draft editor.
	const draft = await signedInPage(cookies.unitA);
	await draft.goto(`${server.url}/reports/${ids.year}/${ids.unitA}/draft`);
	await draft.locator('textarea.new').first().fill(`${FORMULA}${PAYLOAD}`);
	await Promise.all([
		draft.waitForResponse((r) => r.request().method() === 'POST'),
		draft.click('button.primary:text-is("保存草稿")')
	]);
}, 240_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('script in free text', () => {
	const pages = () => [
		[world.cookies.unitA, `/assignments/${world.ids.assignmentA}`],
		[world.cookies.admin, `/assignments/${world.ids.assignmentA}`],
		[world.cookies.unitA, '/inbox'],
		[world.cookies.unitA, '/assignments'],
		[world.cookies.admin, '/admin/units'],
		[world.cookies.admin, `/admin/units/${world.ids.unitA}`],
		[world.cookies.leader, `/boards/matrix?plan=${world.ids.plan}`],
		[world.cookies.leader, `/assessment?plan=${world.ids.plan}`],
		[world.cookies.leader, `/boards/units/${world.ids.unitA}?plan=${world.ids.plan}`],
		[world.cookies.admin, `/plans/${importedPlan}`],
		[world.cookies.admin, `/reviews`],
		[world.cookies.unitA, `/reports/${world.ids.year}/${world.ids.unitA}/draft`],
		[world.cookies.unitA, `/print/reports/${world.ids.year}/${world.ids.unitA}`]
	];

	it('is escaped in every page that shows it', async () => {
		const shown: string[] = [];
		for (const [cookie, path] of pages()) {
			const html = await (await fetch(server.url + path, { headers: { cookie } })).text();
			expect(html, path).not.toContain(SCRIPT);
			expect(html, path).not.toContain(IMG);
			// Svelte escapes < and & in text (a > alone opens nothing).
			if (/&lt;script(&gt;|>)window\.__xss=1&lt;\/script/.test(html)) shown.push(path);
		}
		// The payload is there, as text, where each field is shown (not merely absent): the report, the
		// return reason and the comment on the assignment, the reason in the inbox, the unit's name, the
		// imported task's title, the draft paragraph.
		const i = world.ids;
		for (const path of [
			`/assignments/${i.assignmentA}`,
			'/inbox',
			`/admin/units/${i.unitA}`,
			`/plans/${importedPlan}`,
			`/reports/${i.year}/${i.unitA}/draft`
		])
			expect(shown, path).toContain(path);
	});

	it('runs in no page in a browser', async () => {
		for (const [cookie, path] of pages()) {
			const page = await signedInPage(cookie);
			await page.goto(server.url + path);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
			await page.close();
		}
	});

	it('is text in the Word export of the annual report', async () => {
		const res = await fetch(`${server.url}/reports/${world.ids.year}/${world.ids.unitA}/report.docx`, {
			headers: { cookie: world.cookies.unitA }
		});
		expect(res.status).toBe(200);
		const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']);
		expect(xml).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
		expect(xml).not.toContain('<script');
		expect(xml).not.toContain('<img');
		// No field code came from the text (a HYPERLINK field would be a live link in Word).
		expect(xml).not.toMatch(/<w:(fldSimple|instrText)/);
	});
});

describe('formulas in free text', () => {
	const exports = () => [
		`/boards/matrix.xlsx?plan=${world.ids.plan}`,
		`/boards/matrix.xlsx?plan=${world.ids.plan}&orient=units`,
		`/assessment/bulletins/${world.ids.bulletin}/bulletin.xlsx`,
		`/boards/matrix.xlsx?plan=${importedPlan}`
	];

	it('reach every .xlsx export as text, never as a formula', async () => {
		let payloads = 0;
		for (const path of exports()) {
			const res = await fetch(server.url + path, { headers: { cookie: world.cookies.leader } });
			expect(res.status, path).toBe(200);
			const wb = new ExcelJS.Workbook();
			await wb.xlsx.load(await res.arrayBuffer());
			const bad: string[] = [];
			wb.eachSheet((ws) =>
				ws.eachRow((row) =>
					row.eachCell((cell) => {
						if (cell.type === ExcelJS.ValueType.Formula) bad.push(`${ws.name}!${cell.address} formula`);
						const v = typeof cell.value === 'string' ? cell.value : '';
						if (/^[=+\-@\t\r]/.test(v)) bad.push(`${ws.name}!${cell.address} ${v}`);
						if (v.includes('HYPERLINK(')) payloads++;
						if (v.includes(SCRIPT)) payloads++;
					})
				)
			);
			expect(bad, path).toEqual([]);
		}
		// The unit's name and the imported task's title are in the files, as text.
		expect(payloads).toBeGreaterThanOrEqual(exports().length);
	});
});
