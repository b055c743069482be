// Issue 12, acceptance 2, in a real browser: the office settles what waits, issues the annual 考核
// bulletin the page asks for (without it the year cannot close), closes the demo year, and
// creates next year's draft from it. The draft holds exactly the unfinished assignments (computed here
// from the database) and the improvements the city's 2020 report states in 五; the office adds the new
// year's text by pasting, drops one candidate and confirms; the new plan starts from 2020's rubric and
// warning days, and a carried-over task links back to its 2020 predecessor and shows how that year's
// work stood.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, postForm, sessionCookie, useE2E, type E2E } from '../helpers/e2e';
import { CITY_2020_IMPROVEMENTS } from '../fixtures/reports/city-2020';

let e2e: E2E;
let page: Page;
useE2E({ beforeAll, afterAll, afterEach }, (e, p) => {
	e2e = e;
	page = p;
});

function rows<T>(sql: string, ...args: unknown[]): T[] {
	const d = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return d.prepare(sql).all(...args) as T[];
	} finally {
		d.close();
	}
}
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const flash = () => page.locator('[role=status], [role=alert]').first().innerText();
async function shoot(name: string) {
	await page.screenshot({ path: `test-results/${name}-1366.png`, fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: `test-results/${name}-390.png`, fullPage: true });
	await page.setViewportSize({ width: 1366, height: 768 });
}

const NEW_TEXT = `石家庄市2021年政务公开工作要点
一、深化重点领域信息公开
（一）推进疫情防控信息公开。及时发布疫情防控政策措施。（责任单位：市卫健委）
（二）加强政策解读。围绕重要政策开展多形式解读。（牵头单位：市政府办公室；责任单位：市政府各部门）`;

let planId = 0;

describe('closing the demo year and starting the next', () => {
	it('lists what blocks closing; once settled, the office closes the year', { timeout: 180_000 }, async () => {
		await loginAs(page, e2e.server.url, 'admin');
		planId = rows<{ id: number }>('select id from plan')[0].id;
		await page.goto(`${e2e.server.url}/plans/${planId}/year`);
		const waitingSubmissions = rows<{ id: number; version: number }>(
			"select id, version from assignment where plan_id = ? and status = 'submitted'",
			planId
		);
		const pendingRequests = rows<{ id: number; assignment_id: number }>(
			"select e.id, e.assignment_id from extension_request e join assignment a on a.id = e.assignment_id where a.plan_id = ? and e.status = 'pending'",
			planId
		);
		const waiting = waitingSubmissions.length + pendingRequests.length;
		expect(waiting).toBeGreaterThan(0);
		expect(await page.locator('[role=alert]').innerText()).toContain(`还有 ${waiting} 项待处理`);
		expect(await page.locator('#no-annual-bulletin').count()).toBe(1);
		expect(await page.locator('button:has-text("确认关闭")').isDisabled()).toBe(true);
		await shoot('year-close-blocked');

		// The office reviews what waits (over HTTP, as its forms post).
		const cookie = await sessionCookie(e2e.context);
		for (const a of waitingSubmissions) {
			const r = await postForm(e2e.server.url, `/assignments/${a.id}?/accept`, cookie, {
				grade: 'good',
				comment: '',
				version: String(a.version)
			});
			expect(r.status, `accept ${a.id}`).toBeLessThan(400);
		}
		for (const q of pendingRequests) {
			const r = await postForm(e2e.server.url, `/assignments/${q.assignment_id}?/decideExtension`, cookie, {
				requestId: String(q.id),
				decision: 'refuse',
				note: '按原期限完成'
			});
			expect(r.status, `decide ${q.id}`).toBeLessThan(400);
		}

		// The city's 2020 report, with its 五, comes in through the checker.
		await page.goto(`${e2e.server.url}/reports/check`);
		await page.setInputFiles('#files', join(import.meta.dirname, '../fixtures/reports/city-2020-published.txt'));
		await page.click('button:text-is("开始体检")');
		await page.click('button:text-is("保存为2020年度报告")');
		await poll(flash).toContain('已导入');

		// Nothing waits now, but the year has no annual 考核 bulletin (the demo issued a quarterly one):
		// the page still refuses, and links to the form that issues it.
		await page.goto(`${e2e.server.url}/plans/${planId}/year`);
		expect(await page.locator('#no-annual-bulletin').innerText()).toContain(
			'2020 年度的年度考核通报尚未印发，不能关闭年度'
		);
		expect(await page.locator('button:has-text("确认关闭")').isDisabled()).toBe(true);
		await shoot('year-close-no-annual-bulletin');
		await page.click('a:text-is("印发 2020 年度考核通报")');
		await page.waitForURL(/\/assessment\/bulletins\/new\?plan=\d+&kind=annual$/);
		expect(await page.locator('#kind').inputValue()).toBe('annual');
		expect(await page.locator('#cutOff').inputValue()).toBe('2020-12-31');
		await page.fill('#docNumber', '石政公办〔2021〕2号');
		await Promise.all([page.waitForURL(/\/assessment\/bulletins\/\d+$/), page.click('button:text-is("印发")')]);
		const annual = rows<{ title: string; kind: string }>(
			"select title, kind from bulletin where plan_id = ? and status = 'issued' and kind = 'annual'",
			planId
		);
		expect(annual).toHaveLength(1);

		await page.goto(`${e2e.server.url}/plans/${planId}/year`);
		expect(await page.locator('#no-annual-bulletin').count()).toBe(0);
		expect(await page.locator('section.card', { hasText: '年度考核通报已印发' }).innerText()).toContain(
			annual[0].title
		);
		await shoot('year-close-confirm');
		await page.fill('#close-reason', '2020年度考核通报已印发');
		await page.click('button:has-text("确认关闭 2020 年度")');
		await poll(flash).toContain('年度已关闭');
		expect(rows<{ c: number | null }>('select closed_at c from plan where id = ?', planId)[0].c).not.toBeNull();
		expect(await page.locator('table').innerText()).toContain('2020年度考核通报已印发');
	});

	it('creates the draft: exactly the unfinished work and the report’s improvements', async () => {
		await Promise.all([
			page.waitForURL(/\/plans\/import\/\d+$/),
			page.click('button:text-is("生成下一年度工作要点草稿")')
		]);
		expect(await page.locator('h1').innerText()).toBe('2021 年度工作要点草稿');
		await page.fill('#new-text', NEW_TEXT);
		await page.click('button:text-is("添加新年度任务")');
		await poll(flash).toContain('已添加新年度的任务');
		await poll(() => page.locator('input[name="title:0.1"]').inputValue()).toBe('加强政策解读');

		const unfinished = rows<{ task_id: number }>(
			"select distinct task_id from assignment where plan_id = ? and status != 'accepted'",
			planId
		).length;
		const candidates = page.locator('ol.candidates > li');
		expect(await candidates.count()).toBe(unfinished + CITY_2020_IMPROVEMENTS.length);
		expect(await page.locator('ol.candidates .badge', { hasText: '结转' }).count()).toBe(unfinished);
		const improvementTitles = await page
			.locator('ol.candidates > li', { has: page.locator('.badge', { hasText: '年报改进措施' }) })
			.locator('strong')
			.allInnerTexts();
		expect(improvementTitles.map((t) => t.replace(/^\d+\.\s*/, ''))).toEqual(CITY_2020_IMPROVEMENTS);
		await shoot('next-year-draft');

		await page.selectOption('select[name="carry:c1"]', 'drop');
		await Promise.all([page.waitForURL(/\/plans\/\d+$/), page.click('button:text-is("确认导入")')]);
		await poll(flash).toContain('已导入');
	});

	it('the new plan’s carried-over task links back and shows last year', async () => {
		const next = rows<{ id: number; from_plan_id: number; warn_days: number }>(
			'select id, from_plan_id, warn_days from plan where year = 2021'
		)[0];
		expect(next.from_plan_id).toBe(planId);
		// It starts from the closed year's 考核 set-up: the rubric in force and the warning days.
		const inForce = rows<{ name: string; content: string }>(
			'select name, content from rubric where plan_id = ? order by version desc limit 1',
			planId
		);
		expect(rows('select version, name, content from rubric where plan_id = ?', next.id)).toEqual([
			{ version: 1, ...inForce[0] }
		]);
		expect(next.warn_days).toBe(rows<{ w: number }>('select warn_days w from plan where id = ?', planId)[0].w);
		const tasks = rows<{ id: number; title: string; predecessor_task_id: number | null }>(
			'select id, title, predecessor_task_id from task where plan_id = ?',
			next.id
		);
		const unfinished = rows<{ task_id: number }>(
			"select distinct task_id from assignment where plan_id = ? and status != 'accepted'",
			planId
		).length;
		// Two tasks of the pasted text, every candidate but the dropped one.
		expect(tasks.length).toBe(2 + unfinished + CITY_2020_IMPROVEMENTS.length - 1);
		const carried = tasks.find((t) => t.predecessor_task_id !== null)!;
		await page.goto(`${e2e.server.url}/plans/${next.id}/tasks/${carried.id}`);
		const past = page.locator('section', { has: page.locator('h2', { hasText: '往年情况' }) });
		expect(await past.locator(`a[href="/plans/${planId}/tasks/${carried.predecessor_task_id}"]`).count()).toBe(1);
		expect(await past.innerText()).toContain('结转自2020年');
		await shoot('next-year-carried-task');
	});

	it('the year-over-year view sets 2020 (closed, with its annual bulletin) beside 2021', async () => {
		const sifa = rows<{ id: number }>("select id from unit where short_name = '市司法局'")[0].id;
		const frozen = rows<{ total: number }>(
			"select bu.total from bulletin_unit bu join bulletin b on b.id = bu.bulletin_id where b.plan_id = ? and b.kind = 'annual' and b.status = 'issued' and bu.unit_id = ?",
			planId,
			sifa
		)[0];
		// Charts drawn at once, not animated, so the picture shows the figures.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${e2e.server.url}/boards/years?unit=${sifa}`);
		const table = page.locator('section.card', { has: page.locator('h2', { hasText: '督办与考核' }) });
		const text = await table.innerText();
		expect(text).toContain('2020');
		expect(text).toContain('2021');
		// 2020's score is the annual bulletin's, as frozen; 2021 has none yet.
		const chartRows = await page.locator('table tbody tr').allInnerTexts();
		expect(chartRows.find((r) => r.startsWith('2020'))).toContain(String(frozen.total));
		expect(chartRows.find((r) => r.startsWith('2021'))).toContain('未印发');
		await shoot('years-overview');
	});
});
