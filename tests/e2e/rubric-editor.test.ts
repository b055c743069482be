// The rubric editor in a real browser on the demo plan (which has the 石家庄 rubric in force): the office
// starts from the shipped default, splits its indicator, makes the children exceed the parent and is refused with the indicator named (what it typed kept), fixes it
// and saves a new version; exports the file and imports it back; a leader reads; unit staff are kept out.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, postForm, sessionCookie, useE2E, type E2E } from '../helpers/e2e';

let e2e: E2E;
let page: Page;

useE2E({ beforeAll, afterAll, afterEach }, (e, p) => {
	e2e = e;
	page = p;
});

function planId(): string {
	const d = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return String((d.prepare("select id from plan where kind = 'work'").get() as { id: number }).id);
	} finally {
		d.close();
	}
}

function versions(): { version: number; content: string; note: string }[] {
	const d = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return d.prepare('select version, content, note from rubric order by version').all() as never;
	} finally {
		d.close();
	}
}

const PARENT = '工作要点任务'; // the shipped default's only indicator, 100 points
/** The versions the demo holds before the test (its 石家庄 rubric). */
let before = 0;
const button = (name: string) => page.getByRole('button', { name, exact: true });

describe('the rubric editor', () => {
	it('refuses children exceeding their parent with the indicator named, then saves the fix as a new version', async () => {
		expect.hasAssertions();
		await loginAs(page, e2e.server.url, 'admin');
		await page.goto(`${e2e.server.url}/assessment/rubric`);
		before = versions().length;
		expect(before, 'the demo plan has its rubric in force').toBeGreaterThan(0);
		// Start from the shipped default: it fills the editor, nothing is saved yet.
		await page.selectOption('select[name=source]', 'shipped:default');
		await button('放入编辑器').click();
		await expect.poll(() => page.locator('text=已放入编辑器').count()).toBeGreaterThan(0);
		expect(versions()).toHaveLength(before);

		// Split the indicator: its rule moves to the first child, which takes the parent's 100 points.
		await page.getByRole('button', { name: '添加下级' }).first().click(); // the default has one indicator
		const child = page.getByLabel('新指标 分值');
		await expect.poll(() => child.inputValue()).toBe('100');
		await child.fill('120');
		// The sum follows the typing before anything is sent.
		await expect.poll(() => page.getByTestId('sum-tasks').textContent()).toContain('下级合计 120 分 ≠ 100');

		await page.getByLabel('本次修改说明（记入版本历史和审计日志）').fill('拆分任务指标');
		await button('保存为新版本').click();
		const message = page.getByTestId('rubric-message');
		await expect
			.poll(() => message.textContent())
			.toContain(`指标「${PARENT}」：下级指标分值合计 120 分，超过本项 100 分`);
		// Nothing lost: the typed figure and the note are still there; nothing saved.
		expect(await page.getByLabel('新指标 分值').inputValue()).toBe('120');
		expect(await page.getByLabel('本次修改说明（记入版本历史和审计日志）').inputValue()).toBe('拆分任务指标');
		expect(await page.locator('li.node.bad').first().textContent()).toContain(`指标「${PARENT}」`);
		expect(versions()).toHaveLength(before);

		await page.getByLabel('新指标 分值').fill('100');
		await button('保存为新版本').click();
		await expect
			.poll(() => page.locator('[role=status]').first().textContent())
			.toContain(`已保存为第 ${before + 1} 版`);
		const saved = versions();
		expect(saved.slice(before).map((v) => [v.version, v.note])).toEqual([[before + 1, '拆分任务指标']]);
		const tree = JSON.parse(saved[before].content).tables[0].indicators[0];
		expect(tree.children.map((c: { name: string; max: number }) => [c.name, c.max])).toEqual([['新指标', 100]]);
		expect(tree.rules).toBeUndefined();
		await expect.poll(() => page.locator('#versions tbody tr').count()).toBe(before + 1);
		expect(await page.locator('#versions').textContent()).toContain('现行');
	});

	it('exports the version in force and imports the file back as the next version', async () => {
		expect.hasAssertions();
		await page.goto(`${e2e.server.url}/assessment/rubric`);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
		const name = `评分细则-石家庄市2020年政务公开工作要点-第${before + 1}版.json`;
		expect(download.suggestedFilename()).toBe(name);
		const path = join(e2e.server.dir, download.suggestedFilename());
		await download.saveAs(path);
		const exported = JSON.parse(readFileSync(path, 'utf8'));
		expect(exported).toEqual(JSON.parse(versions()[before].content));

		await page.setInputFiles('input[name=file]', path);
		await button('导入并保存为新版本').click();
		await expect.poll(() => page.locator('[role=status]').first().textContent()).toContain(`保存为第 ${before + 2} 版`);
		const all = versions();
		expect(all.slice(before).map((v) => v.version)).toEqual([before + 1, before + 2]);
		expect(JSON.parse(all[before + 1].content)).toEqual(exported);
		expect(all[before + 1].note).toBe(`导入文件 ${name}`);
		await expect.poll(() => page.locator('#versions tbody tr').count()).toBe(before + 2);
	});

	it('without JavaScript, a refused save comes back with the message and the typed value', async () => {
		expect.hasAssertions();
		const cookie = await sessionCookie(e2e.context);
		const current = JSON.parse(versions().at(-1)!.content);
		const res = await postForm(e2e.server.url, '/assessment/rubric?/save', cookie, {
			plan: planId(),
			baseVersion: String(before + 2),
			draft: JSON.stringify(current),
			'f:n:tables.0.indicators.0.children.0.max': '90'
		});
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toContain(`指标「${PARENT}」：下级指标分值合计 90 分，少于本项 100 分`);
		expect(html).toMatch(
			/name="f:n:tables\.0\.indicators\.0\.children\.0\.max"[^>]*value="90"|value="90"[^>]*name="f:n:tables\.0\.indicators\.0\.children\.0\.max"/
		);
		expect(versions()).toHaveLength(before + 2);
	});

	it('lets a leader read the rubric without editing it, and keeps unit staff out', async () => {
		expect.hasAssertions();
		await page.context().clearCookies();
		await loginAs(page, e2e.server.url, 'leader');
		await page.goto(`${e2e.server.url}/assessment/rubric`);
		await expect.poll(() => page.locator('text=只读').count()).toBeGreaterThan(0);
		expect(await page.getByLabel('新指标 分值').isDisabled()).toBe(true);
		expect(await button('保存为新版本').count()).toBe(0);
		const leaderCookie = await sessionCookie(e2e.context);
		const refused = await postForm(e2e.server.url, '/assessment/rubric?/save', leaderCookie, {
			plan: planId(),
			draft: '{}'
		});
		expect(refused.status).toBe(403);

		await page.context().clearCookies();
		await loginAs(page, e2e.server.url, 'sifaju');
		const res = await page.goto(`${e2e.server.url}/assessment/rubric`);
		expect(res?.status()).toBe(403);
		const exported = await page.goto(`${e2e.server.url}/assessment/rubric/export?plan=${planId()}`);
		expect(exported?.status()).toBe(403);
	});
});
