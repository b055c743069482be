// Importing the shapes offices send through the page: a three-level 任务分解表 copied out of Word
// and pasted into the import box, confirmed into the database; and a PDF whose preview warns
// that its layout was rebuilt. Screenshots of both previews go to test-results/ at desktop and
// phone width.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { loginAs, useE2E, type E2E } from '../helpers/e2e';
import { fixtureText, fixturesDir } from '../unit/plans/helpers';

let e2e: E2E;
let page: Page;

// The demo registry and accounts, no plan: these are the first plans imported.
useE2E(
	{ beforeAll, afterAll, afterEach },
	async (e, p) => {
		[e2e, page] = [e, p];
		await loginAs(page, e2e.server.url, 'admin');
	},
	{ DEMO_PLAN: '0' }
);

function rows<T>(sql: string): T[] {
	const d = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return d.prepare(sql).all() as T[];
	} finally {
		d.close();
	}
}

/** The preview at phone width too: a second browser, signed in as the same account. */
async function screenshotAtPhoneWidth(path: string, file: string): Promise<void> {
	const phone = await launchBrowser({ width: 390, height: 844 });
	try {
		const p = await phone.context.newPage();
		await loginAs(p, e2e.server.url, 'admin');
		await p.goto(e2e.server.url + path);
		await p.screenshot({ path: file, fullPage: true });
	} finally {
		await phone.close();
	}
}

/** What tests/fixtures/plans/shape-three-levels.txt says, read off the table by hand: section,
 * sub-group, item, 牵头单位, 配合单位 (item 2's unit cells are merged with item 1's). */
const TABLE = [
	['一', '(一)1.', '推进重大行政决策事项目录公开', ['市政府办公室'], ['市司法局', '市发改委']],
	['一', '(一)2.', '落实重大决策预公开制度', ['市政府办公室'], ['市司法局', '市发改委']],
	['一', '(二)3.', '做好预决算公开', ['市财政局'], ['市政府各部门', '各县(市、区)政府']],
	['二', '(一)4.', '公开政务服务事项', ['市行政审批局'], ['市数据资源管理局', '市政府有关部门']],
	['二', '(一)5.', '推进“一网通办”', ['市数据资源管理局'], ['市政府各部门', '各县(市、区)政府']],
	['二', '(二)6.', '强化政策解读回应', ['市政府办公室'], ['市政府各部门']]
] as const;
/** The department the office ticks for 市政府有关部门 on (一)4. */
const PICKED = '市统计局';

describe('a PDF upload', () => {
	it('previews the plan with the warning that its layout was rebuilt', async () => {
		await page.goto(`${e2e.server.url}/plans/import`);
		await page.setInputFiles('#file', join(fixturesDir, 'prose-plan.pdf'));
		await Promise.all([page.waitForURL(/\/plans\/import\/\d+$/), page.click('button:text-is("识别并预览")')]);
		expect(await page.locator('.summary .counts').innerText()).toMatch(/^3 个部分 · 6 项任务/);
		expect(await page.locator('.warnings li').first().innerText()).toMatch(
			/^这是 PDF 文件：段落是按文字在页面上的位置重新拼接的/
		);
		await page.screenshot({ path: 'test-results/pdf-preview-1366.png', fullPage: false });
		await screenshotAtPhoneWidth(new URL(page.url()).pathname, 'test-results/pdf-preview-390.png');
	});

	it('refuses a scanned PDF with the advice, keeping what was typed', async () => {
		await page.goto(`${e2e.server.url}/plans/import`);
		await page.fill('#text', '草稿');
		await page.setInputFiles('#file', join(fixturesDir, 'scanned-plan.pdf'));
		await page.click('button:text-is("识别并预览")');
		await expect.poll(() => page.locator('[role=alert]').innerText()).toMatch(/扫描件.*另存为 \.docx/);
		expect(await page.inputValue('#text')).toBe('草稿');
	});
});

describe('a three-level table pasted into the import box', () => {
	let previewPath = '';

	it('previews two sections, six tasks coded with their sub-group', async () => {
		await page.goto(`${e2e.server.url}/plans/import`);
		await page.fill('#text', fixtureText('shape-three-levels.txt'));
		await Promise.all([page.waitForURL(/\/plans\/import\/\d+$/), page.click('button:text-is("识别并预览")')]);
		previewPath = new URL(page.url()).pathname;
		expect(await page.locator('.summary .counts').innerText()).toMatch(/^2 个部分 · 6 项任务 · 约 \d+ 条任务分工$/);
		// The plan's sections, after the 基本信息 card.
		expect(await page.locator('section.card:has(article.task) > h2').allInnerTexts()).toEqual([
			'一、加强重点领域信息公开',
			'二、提升政务服务水平'
		]);
		expect(await page.locator('article.task .code').allInnerTexts()).toEqual(TABLE.map((t) => t[1]));
		// Each sub-group heads its tasks.
		expect(await page.locator('h3.task-group').allInnerTexts()).toEqual([
			'(一) 推进决策公开',
			'(二) 加强财政信息公开',
			'(一) 优化政务服务',
			'(二) 加强政策解读'
		]);
		expect(await page.locator('#unknown').count()).toBe(0);
		await page.screenshot({ path: 'test-results/paste-three-levels-preview-1366.png', fullPage: true });
		await screenshotAtPhoneWidth(previewPath, 'test-results/paste-three-levels-preview-390.png');
	});

	it('confirms into sections, tasks, milestones and every assignment the table implies', async () => {
		const task4 = page.locator('article.task', { has: page.locator('.code', { hasText: '(一)4.' }) });
		await task4.locator(`label:has-text("${PICKED}") input`).check();
		await Promise.all([page.waitForURL(/\/plans\/\d+$/), page.click('button:text-is("确认导入")')]);
		// Milestones: (一)1. 9月底前, (二)3. 2021年6月30日, (一)4. 6月30日前, (一)5. 年底前.
		expect(await page.locator('[role=status]').innerText()).toMatch(
			/^已导入：2 个部分、6 项任务、4 个时间节点、\d+ 条任务分工$/
		);

		const db = {
			sections: rows('select code, title from section order by sort_order'),
			tasks: rows(
				'select s.code sc, t.code, t.title from task t join section s on s.id = t.section_id order by t.sort_order'
			)
		};
		expect(db.sections).toEqual([
			{ code: '一', title: '加强重点领域信息公开' },
			{ code: '二', title: '提升政务服务水平' }
		]);
		expect(db.tasks).toEqual(TABLE.map(([sc, code, title]) => ({ sc, code, title })));
	});

	it('has one assignment per unit a task names, groups expanded, the lead units as 牵头', () => {
		const assignments = rows<{ code: string; unit: string; role: string }>(
			'select t.code, u.short_name unit, a.role from assignment a join task t on t.id = a.task_id join unit u on u.id = a.unit_id'
		);
		const members = (kind: string) =>
			rows<{ n: string }>(`select short_name n from unit where kind = '${kind}' and active = 1`).map((r) => r.n);
		const [departments, counties] = [members('department'), members('county')];
		const expand = (name: string): string[] =>
			name === '市政府各部门'
				? departments
				: name === '各县(市、区)政府'
					? counties
					: name === '市政府有关部门'
						? [PICKED]
						: [name];
		let expectedTotal = 0;
		for (const [, code, , lead, responsible] of TABLE) {
			const units = new Set([...lead, ...responsible].flatMap(expand));
			expectedTotal += units.size;
			const rows = assignments.filter((a) => a.code === code);
			expect(new Set(rows.map((a) => a.unit)), code).toEqual(units);
			for (const name of lead) expect(rows.find((a) => a.unit === name)?.role, `${code} ${name}`).toBe('lead');
		}
		// 22 counties and every department stand behind the group names: the total is their sum.
		expect(counties.length).toBe(22);
		expect(assignments.length).toBe(expectedTotal);
	});
});
