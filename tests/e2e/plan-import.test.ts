import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, screenshotOnFailure, startE2E, type E2E } from '../helpers/e2e';
import { REFERENCE_PLAN_PATH, referenceFixture } from '../helpers/plans';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
	// The demo registry and accounts, but not the plan: this test imports it through the page.
	e2e = await startE2E({ DEMO_PLAN: '0' });
	page = await e2e.context.newPage();
	await loginAs(page, e2e.server.url, 'admin');
});
afterAll(async () => {
	await e2e?.close();
});
afterEach(async (ctx) => {
	if (ctx.task.result?.state === 'fail') await screenshotOnFailure(page, ctx.task.name);
});

function readDb<T>(fn: (db: Database.Database) => T): T {
	const db = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return fn(db);
	} finally {
		db.close();
	}
}

const count = (table: string) =>
	readDb((db) => (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n);

/** Assignments the fixture implies, with group members and 市政府有关部门 picks taken from the database. */
function expectedAssignmentsFromFixture(): number {
	return readDb((db) => {
		const idOf = (short: string) =>
			(db.prepare('select id from unit where short_name = ?').get(short) as { id: number } | undefined)?.id;
		const kindMembers = (kind: string) =>
			(db.prepare('select id from unit where kind = ? and active = 1').all(kind) as { id: number }[]).map((r) => r.id);
		const tasks = db
			.prepare('select t.id, t.code, s.code sc from task t join section s on s.id = t.section_id')
			.all() as { id: number; code: string; sc: string }[];
		let total = 0;
		for (const s of referenceFixture().sections) {
			for (const item of s.items) {
				const t = tasks.find((x) => x.sc === s.code && x.code === item.code)!;
				const ids = new Set<number>();
				for (const name of [...item.lead_units, ...item.responsible_units]) {
					if (name === '市政府各部门') kindMembers('department').forEach((id) => ids.add(id));
					else if (name === '各县(市、区)政府') kindMembers('county').forEach((id) => ids.add(id));
					else if (name === '市政府有关部门')
						(
							db
								.prepare("select unit_id from assignment where task_id = ? and via_group = '市政府有关部门'")
								.all(t.id) as { unit_id: number }[]
						).forEach((r) => ids.add(r.unit_id));
					else ids.add(idOf(name) ?? idOf(name === '市轨道办' ? '市轨道交通建设办' : name)!);
				}
				total += ids.size;
			}
		}
		return total;
	});
}

async function uploadReferencePlan() {
	await page.goto(`${e2e.server.url}/plans/import`);
	await page.setInputFiles('#file', REFERENCE_PLAN_PATH);
	await Promise.all([page.waitForURL(/\/plans\/import\/\d+$/), page.click('button:text-is("识别并预览")')]);
}

describe('importing a plan through the page', () => {
	it('renames a unit so the plan names one the registry does not know', async () => {
		await page.goto(`${e2e.server.url}/admin/units`);
		await page.fill('#q', '市轨道办');
		await Promise.all([page.waitForURL(/\/admin\/units\/\d+$/), page.click('table a:text-is("市轨道办")')]);
		await page.fill('#shortName', '市轨道交通建设办');
		await page.click('form[action="?/update"] button[type=submit]');
		await expect.poll(() => page.locator('[role=status]').innerText()).toBe('已保存');
	});

	it('previews the reference plan with the unknown unit, maps it and confirms', async () => {
		await uploadReferencePlan();
		const unknown = page.locator('#unknown');
		await expect.poll(() => unknown.locator('tbody tr').count()).toBe(1);
		expect(await unknown.locator('tbody tr .chip').innerText()).toBe('市轨道办');
		expect(await page.locator('.summary .counts').innerText()).toMatch(/^6 个部分 · 25 项任务 · 约 \d+ 条任务分工$/);
		await page.screenshot({ path: 'test-results/import-preview-1366.png', fullPage: false });
		// The suggestion list offers the renamed unit first.
		const select = unknown.locator('select[name="map:市轨道办"]');
		const firstSuggestion = await select.locator('optgroup[label="可能是"] option').first().innerText();
		expect(firstSuggestion).toBe('市轨道交通建设办');
		await select.selectOption({ label: '市轨道交通建设办' });
		await Promise.all([page.waitForURL(/\/plans\/\d+$/), page.click('button:text-is("确认导入")')]);
		expect(await page.locator('[role=status]').innerText()).toMatch(
			/^已导入：6 个部分、25 项任务、4 个时间节点、\d+ 条任务分工$/
		);
		expect(count('section')).toBe(6);
		expect(count('task')).toBe(25);
		expect(count('assignment')).toBe(expectedAssignmentsFromFixture());
		// The mapping became an alias of the unit.
		const alias = readDb(
			(db) =>
				db
					.prepare("select u.short_name s from unit_alias a join unit u on u.id = a.unit_id where a.alias = '市轨道办'")
					.get() as { s: string } | undefined
		);
		expect(alias?.s).toBe('市轨道交通建设办');
		// The task that names it lists the unit.
		await page.click('a:text("加强提升城市形象品味方面信息公开")');
		expect(await page.locator('table').first().innerText()).toBeTruthy();
		expect(await page.locator('main').innerText()).toContain('市轨道交通建设办');
	});

	it('importing the same plan again creates nothing new', async () => {
		const before = ['plan', 'section', 'task', 'milestone', 'assignment', 'unit'].map(count);
		await uploadReferencePlan();
		expect(await page.locator('.alert.warn').first().innerText()).toContain('已经导入过');
		// The alias from the first import means nothing is unknown now.
		expect(await page.locator('#unknown').count()).toBe(0);
		await Promise.all([page.waitForURL(/\/plans\/\d+$/), page.click('button:text-is("确认更新")')]);
		expect(await page.locator('[role=status]').innerText()).toBe('已核对：与已导入的要点一致，没有新增内容');
		expect(['plan', 'section', 'task', 'milestone', 'assignment', 'unit'].map(count)).toEqual(before);
	});

	it('rejects a file it cannot read with a Chinese message and keeps the form', async () => {
		await page.goto(`${e2e.server.url}/plans/import`);
		await page.fill('#text', '随便写的一段话，不是工作要点');
		await page.setInputFiles('#file', {
			name: 'plan.docx',
			mimeType: 'application/octet-stream',
			buffer: Buffer.from('MZ\x90\x00 not a docx')
		});
		await page.click('button:text-is("识别并预览")');
		await expect.poll(() => page.locator('[role=alert]').innerText()).toMatch(/文件|格式/);
		expect(await page.inputValue('#text')).toBe('随便写的一段话，不是工作要点');
		expect(count('plan')).toBe(1);
	});
});
