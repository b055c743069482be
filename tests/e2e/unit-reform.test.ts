// 机构改革 in a real browser: the office merges two demo units, the preview lists the open work that
// moves (counted from the database), confirming leads to the successor's page with its predecessors,
// and the plan's task page still names the old unit for the work it had finished before the merge.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, useE2E, type E2E } from '../helpers/e2e';

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

const A = '市民宗局';
const B = '市公安局';

describe('机构改革', () => {
	it('merges two units: preview, confirm, the successor lists its predecessors, old records keep the old names', async () => {
		const unitId = (short: string) => db<{ id: number }>('select id from unit where short_name = ?', short)[0].id;
		const [a, b] = [unitId(A), unitId(B)];
		// What will move: the units' assignments not yet accepted, in years not closed.
		const open = db<{ id: number }>(
			`select a.id from assignment a join plan p on p.id = a.plan_id
			 where a.unit_id in (?, ?) and a.status != 'accepted' and p.closed_at is null`,
			a,
			b
		).length;
		const finished = db<{ id: number; planId: number; taskId: number }>(
			`select id, plan_id planId, task_id taskId from assignment where unit_id = ? and status = 'accepted' limit 1`,
			a
		)[0];
		expect(open).toBeGreaterThan(0);
		expect(finished).toBeDefined();

		await loginAs(page, e2e.server.url, 'admin');
		await page.goto(`${e2e.server.url}/admin/units`);
		await Promise.all([page.waitForURL(/\/admin\/units\/reform$/), page.click('a[href="/admin/units/reform"]')]);
		await page.check('input[name=kind][value=merge]');
		await page.selectOption('select[name=from0]', String(a));
		await page.fill('input[name=note]', '市委编办〔2021〕1号');
		// A mistake first: a merge of one unit. The message comes back beside the field, nothing typed is lost.
		await page.click('button:has-text("预览")');
		await expect.poll(() => page.textContent('#from0-error')).toBe('请选择原单位');
		expect(await page.textContent('[role=alert]')).toContain('合并至少选择两个原单位');
		expect(await page.inputValue('select[name=from0]')).toBe(String(a));
		expect(await page.inputValue('input[name=note]')).toBe('市委编办〔2021〕1号');
		await page.selectOption('select[name=from1]', String(b));
		await page.fill('input[name=toName0]', '石家庄市民族宗教和公安局');
		await page.fill('input[name=toShort0]', '市民宗公安局');
		await page.fill('input[name=effectiveOn]', '2021-01-01');
		await page.click('button:has-text("预览")');
		await page.waitForSelector('#preview');
		expect(await page.locator('#moves tbody tr').count()).toBe(open);
		expect(await page.textContent('#preview')).toContain(`${A}、${B}`);
		const moving = await page.locator('#moves tbody tr:has-text("转给新单位")').count();
		expect(moving).toBeGreaterThan(0);
		await page.screenshot({ path: 'test-results/unit-reform-preview.png', fullPage: true });

		await Promise.all([page.waitForURL(/\/admin\/units\/\d+$/), page.click('button:has-text("确认机构改革")')]);
		const merged = unitId('市民宗公安局');
		expect(page.url()).toMatch(new RegExp(`/admin/units/${merged}$`));
		const predecessors = await page.$$eval('#predecessors li a', (as) => as.map((x) => x.textContent?.trim()));
		expect(predecessors.sort()).toEqual([A, B].sort());
		expect(await page.textContent('#succession')).toContain('2021年1月1日');
		// The database agrees: the old units end the day before, their open work is the successor's.
		expect(db<{ validTo: string }>('select valid_to validTo from unit where id in (?, ?)', a, b)).toEqual([
			{ validTo: '2020-12-31' },
			{ validTo: '2020-12-31' }
		]);
		expect(db('select id from assignment where unit_id = ?', merged).length).toBe(moving);

		// The work 市民宗局 finished before the merge is still its own, under its old name.
		await page.goto(`${e2e.server.url}/plans/${finished.planId}/tasks/${finished.taskId}`);
		expect(await page.textContent('main')).toContain(A);
		// The old unit's page points to its successor.
		await page.goto(`${e2e.server.url}/admin/units/${a}`);
		expect(await page.$$eval('#successors li a', (as) => as.map((x) => x.textContent?.trim()))).toEqual([
			'市民宗公安局'
		]);
	});
});
