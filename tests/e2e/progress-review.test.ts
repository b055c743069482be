// The daily cycle through the browser: a unit saves a draft, sends a report with evidence, submits it
// as done; the office returns and then accepts; the timeline, traffic light and inbox follow along.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loginAs, sessionCookie, useE2E, type DemoAccount, type E2E } from '../helpers/e2e';
import { pdfBytes } from '../helpers/files';

let e2e: E2E;
let page: Page;
let assignmentUrl = '';
const pdf = Buffer.from(pdfBytes(20_000));

useE2E({ beforeAll, afterAll, afterEach }, (e, p) => {
	e2e = e;
	page = p;
});

async function as(account: DemoAccount) {
	await e2e.context.clearCookies();
	await loginAs(page, e2e.server.url, account);
}
const inboxBadge = async () =>
	Number(
		(await page
			.locator('nav a[href="/inbox"] .count')
			.textContent()
			.catch(() => '0')) ?? 0
	);
const lightText = () => page.locator('.meta .light').innerText();
const statusText = () => page.locator('.meta .badge').nth(1).innerText();
const flash = () => page.locator('[role=status]').first().innerText();

describe('report, submit, return, resubmit, accept', () => {
	let inboxAtStart = 0;

	it('sifaju opens a not-started assignment from 我的任务: red, overdue since 2020', async () => {
		await as('sifaju');
		inboxAtStart = await inboxBadge();
		await page.goto(`${e2e.server.url}/assignments`);
		// Each task is named once by its code with its section's numeral, as the plan numbers it.
		expect(await page.locator('a.title:has-text("加强政务信息规范管理")').innerText()).toBe(
			'一(四) 加强政务信息规范管理'
		);
		await Promise.all([page.waitForURL(/\/assignments\/\d+$/), page.click('a:text("加强政务信息规范管理")')]);
		assignmentUrl = page.url();
		expect(await statusText()).toBe('未开始');
		expect(await lightText()).toContain('红灯');
	});

	it('saves a draft only it sees, then sends the report with a PDF and a link, and submits', async () => {
		await page.fill('#content', '已完成市政府规章和规范性文件清理，形成目录');
		await page.fill('#percent', '80');
		await page.click('button:text-is("暂存")');
		await expect.poll(flash).toContain('进展已暂存');
		expect(await page.locator('#reports .history li').count()).toBe(0);
		expect(await page.locator('#reports .alert.warn').innerText()).toContain('仅本单位可见');

		await page.fill('#fileDescription', '清理结果通知');
		await page.setInputFiles('#file', { name: '规范性文件清理结果.pdf', mimeType: 'application/pdf', buffer: pdf });
		await page.click('button:text-is("上传")');
		await expect.poll(flash).toContain('已上传：规范性文件清理结果.pdf');

		await page.fill('#linkDescription', '现行有效规范性文件目录');
		await page.fill('#url', 'https://www.sjz.gov.cn/col/gfxwj/index.html');
		await page.click('button:text-is("添加网址")');
		await expect.poll(flash).toContain('网址已添加');
		expect(await page.locator('#evidence .items li').count()).toBe(2);
		expect(await page.locator('#evidence .badge.yellow').count()).toBe(2);
		// The draft came back into the form; sending it takes the two unsent items with it.
		expect(await page.inputValue('#content')).toBe('已完成市政府规章和规范性文件清理，形成目录');
		await page.screenshot({ path: 'test-results/assignment-draft-1366.png', fullPage: true });
		await page.click('button:text-is("报送进展")');
		await expect.poll(flash).toContain('进展已报送');
		expect(await page.locator('#reports .history li').count()).toBe(1);
		expect(await page.locator('#evidence .badge.yellow').count()).toBe(0);
		expect(await statusText()).toBe('进行中');

		await page.fill('#summary', '规范性文件清理已完成，目录已在门户网站公开');
		await page.click('button:text-is("提交办结")');
		await expect.poll(flash).toContain('已提交办结');
		expect(await statusText()).toBe('已提交');
		expect(await lightText()).toContain('绿灯');
	});

	it('admin finds it in the review queue and returns it with a reason', async () => {
		await as('admin');
		await page.goto(`${e2e.server.url}/reviews`);
		// The demo year left many submissions waiting: narrow the queue to the unit (filters are kept across pages).
		await Promise.all([page.waitForURL(/unit=\d+/), page.selectOption('select[name=unit]', { label: '市司法局' })]);
		const row = page.locator('tr', { hasText: '加强政务信息规范管理' }).filter({ hasText: '市司法局' });
		expect(await row.count()).toBe(1);
		await page.screenshot({ path: 'test-results/review-queue-1366.png', fullPage: false });
		await Promise.all([page.waitForURL(/\/assignments\/\d+/), row.locator('a:text("审核")').click()]);
		// The office sees the sent report and both pieces of evidence.
		expect(await page.locator('#reports .history li').count()).toBe(1);
		expect(await page.locator('#evidence .items li').count()).toBe(2);
		// A return without a reason is refused by the browser's required check, so give one.
		await page.fill('#reason', '请补充公开网址的页面截图');
		await page.click('button:text-is("退回")');
		await expect.poll(flash).toContain('已退回');
		expect(await statusText()).toBe('已退回');
	});

	it('sifaju sees the reason and new notices, adds evidence and resubmits', async () => {
		await as('sifaju');
		// Two new notices: the return itself, and the light turning red again (the 2020 deadline has passed).
		expect(await inboxBadge()).toBe(inboxAtStart + 2);
		await page.goto(`${e2e.server.url}/inbox?unread=1`);
		const latest = await page.locator('.notices li').allInnerTexts();
		expect(latest.some((t) => t.includes('退回') && t.includes('请补充公开网址的页面截图'))).toBe(true);
		expect(latest.some((t) => t.includes('逾期') && t.includes('加强政务信息规范管理'))).toBe(true);
		await page.goto(assignmentUrl);
		expect(await page.locator('.alert.error').innerText()).toContain('请补充公开网址的页面截图');
		expect(await lightText()).toContain('红灯');
		await page.fill('#linkDescription', '公开页面截图说明');
		await page.fill('#url', 'https://www.sjz.gov.cn/col/gfxwj/shot.html');
		await page.click('button:text-is("添加网址")');
		await expect.poll(flash).toContain('网址已添加');
		await page.fill('#summary', '已补充公开页面截图');
		await page.click('button:text-is("重新提交办结")');
		await expect.poll(flash).toContain('已提交办结');
		expect(await statusText()).toBe('已提交');
	});

	it('admin accepts it with 良', async () => {
		await as('admin');
		await page.goto(assignmentUrl);
		await page.check('input[name=grade][value=good]');
		await page.click('button:text-is("通过")');
		await expect.poll(flash).toBe('已审核通过');
		expect(await statusText()).toBe('已通过·良');
	});

	it('the timeline shows all of it, and the unit gets the result in its inbox', async () => {
		await as('sifaju');
		// One more: the acceptance (turning green sends nothing).
		expect(await inboxBadge()).toBe(inboxAtStart + 3);
		await page.goto(`${e2e.server.url}/inbox?unread=1`);
		expect(await page.locator('.notices li').first().innerText()).toContain('审核通过，等次：良');
		await page.goto(assignmentUrl);
		expect(await lightText()).toContain('绿灯');
		const timeline = await page.locator('#timeline').innerText();
		for (const text of [
			'80%，附佐证材料 2 份',
			'提交办结',
			'退回：请补充公开网址的页面截图',
			'修改后重新提交办结',
			'审核通过，等次：良'
		])
			expect(timeline).toContain(text);
		// Both submissions are kept, each with the review that decided it.
		expect(await page.locator('#submissions li').count()).toBe(2);
		await page.screenshot({ path: 'test-results/assignment-history-1366.png', fullPage: true });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: 'test-results/assignment-history-390.png', fullPage: true });
		await page.setViewportSize({ width: 1366, height: 768 });
	});

	it('downloads the PDF as an attachment with safe headers and the same bytes', async () => {
		const href = await page.locator('#evidence a[download]').first().getAttribute('href');
		const res = await fetch(e2e.server.url + href, { headers: { cookie: await sessionCookie(e2e.context) } });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('content-security-policy')).toContain('sandbox');
		expect(res.headers.get('content-disposition')).toBe(
			`attachment; filename="${'_'.repeat('规范性文件清理结果'.length)}.pdf"; filename*=UTF-8''${encodeURIComponent('规范性文件清理结果.pdf')}`
		);
		expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
	});
});
