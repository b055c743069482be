import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	loginAs,
	postForm,
	screenshotOnFailure,
	sessionCookie,
	startE2E,
	type DemoAccount,
	type E2E
} from '../helpers/e2e';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
	e2e = await startE2E();
});
afterAll(async () => {
	await e2e?.close();
});
afterEach(async (ctx) => {
	if (ctx.task.result?.state === 'fail' && page) await screenshotOnFailure(page, ctx.task.name);
	await page?.close();
	await e2e.context.clearCookies();
});

const navLabels = (p: Page) => p.locator('nav#side-nav a').allInnerTexts();

const ADMIN_POSTS: [string, Record<string, string>][] = [
	['/admin/users?/create', { username: 'intruder', displayName: 'x', role: 'admin', password: 'long-enough-pw' }],
	['/admin/units?/create', { name: '石家庄市入侵局', shortName: '市入侵局', kind: 'department', sortOrder: '1' }],
	['/admin/units/2?/deactivate', {}],
	['/admin/units/2?/update', { name: '改名', shortName: '改名', kind: 'department', sortOrder: '1' }],
	['/admin/users/1?/disable', {}],
	['/admin/users/1?/resetPassword', { newPassword: 'hijacked-password' }]
];

describe('sign-in and roles', () => {
	it.each<[DemoAccount, string[], string[]]>([
		['admin', ['工作台', '用户管理', '单位管理', '审计日志'], []],
		['leader', ['工作台'], ['用户管理', '单位管理', '审计日志']],
		['sifaju', ['工作台'], ['用户管理', '单位管理', '审计日志']],
		['zhengding', ['工作台'], ['用户管理', '单位管理', '审计日志']]
	])('%s signs in and sees the navigation of their role', async (account, present, absent) => {
		page = await e2e.context.newPage();
		await loginAs(page, e2e.server.url, account);
		expect(new URL(page.url()).pathname).toBe('/');
		const labels = (await navLabels(page)).map((l) => l.trim());
		for (const l of present) expect(labels.some((x) => x.startsWith(l))).toBe(true);
		for (const l of absent) expect(labels.some((x) => x.startsWith(l))).toBe(false);
		const who = await page.locator('header .who').innerText();
		if (account === 'sifaju') expect(who).toContain('市司法局');
		if (account === 'zhengding') expect(who).toContain('正定县政府');
		if (account === 'leader') expect(who).toContain('领导');
	});

	it('shows a Chinese error for a wrong password and keeps the user name typed', async () => {
		page = await e2e.context.newPage();
		await page.goto(`${e2e.server.url}/login`);
		await page.fill('#username', 'admin');
		await page.fill('#password', 'not-the-password');
		await page.click('form button[type=submit]');
		await expect.poll(() => page.locator('[role=alert]').innerText()).toBe('用户名或密码错误');
		expect(await page.inputValue('#username')).toBe('admin');
	});

	it('gives unit staff 403 on admin pages and on admin actions posted directly', async () => {
		page = await e2e.context.newPage();
		await loginAs(page, e2e.server.url, 'sifaju');
		for (const path of ['/admin/users', '/admin/units', '/admin/audit', '/admin/users/1', '/admin/units/1']) {
			const res = await page.goto(e2e.server.url + path);
			expect(res?.status(), path).toBe(403);
			expect(await page.locator('h1').innerText()).toBe('没有权限');
		}
		const cookie = await sessionCookie(e2e.context);
		for (const [path, fields] of ADMIN_POSTS) {
			const res = await postForm(e2e.server.url, path, cookie, fields);
			expect(res.status, path).toBe(403);
		}
	});

	it('lets the leader read but change nothing', async () => {
		page = await e2e.context.newPage();
		await loginAs(page, e2e.server.url, 'leader');
		const cookie = await sessionCookie(e2e.context);
		for (const [path, fields] of ADMIN_POSTS) {
			const res = await postForm(e2e.server.url, path, cookie, fields);
			expect(res.status, path).toBe(403);
		}
		// Nor any unit's work or the office's reviews.
		for (const action of [
			'sendReport',
			'saveReport',
			'addLink',
			'saveSubmission',
			'submit',
			'requestExtension',
			'decideExtension',
			'setDeadline',
			'accept',
			'return',
			'remind'
		]) {
			const res = await postForm(e2e.server.url, `/assignments/1?/${action}`, cookie, {
				content: 'x',
				percent: '1',
				reportedOn: '2020-10-01',
				grade: 'good',
				reason: 'x',
				message: 'x',
				url: 'https://x.example',
				description: 'x',
				summary: 'x',
				requestedDue: '2021-01-31',
				dueOn: '2021-01-31',
				requestId: '1',
				decision: 'approve',
				version: '1'
			});
			expect(res.status, action).toBe(403);
		}
		// Nothing changed: the office still sees the original units and users.
		await e2e.context.clearCookies();
		await loginAs(page, e2e.server.url, 'admin');
		await page.goto(`${e2e.server.url}/admin/users`);
		expect(await page.locator('table').innerText()).not.toContain('intruder');
		await page.goto(`${e2e.server.url}/admin/units`);
		expect(await page.locator('table').first().innerText()).not.toContain('市入侵局');
		expect(await page.locator('table').first().innerText()).not.toContain('已停用');
	});

	it('really ends the session on logout: the old cookie no longer works', async () => {
		page = await e2e.context.newPage();
		await loginAs(page, e2e.server.url, 'admin');
		const cookie = await sessionCookie(e2e.context);
		const before = await fetch(`${e2e.server.url}/admin/users`, { headers: { cookie }, redirect: 'manual' });
		expect(before.status).toBe(200);
		await Promise.all([page.waitForURL('**/login'), page.click('header form button')]);
		const after = await fetch(`${e2e.server.url}/admin/users`, { headers: { cookie }, redirect: 'manual' });
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/login/);
	});

	it('refuses a cross-site form post (CSRF origin check)', async () => {
		page = await e2e.context.newPage();
		await loginAs(page, e2e.server.url, 'admin');
		const cookie = await sessionCookie(e2e.context);
		const res = await fetch(`${e2e.server.url}/admin/units?/create`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie, origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ name: '石家庄市跨站局', shortName: '市跨站局', kind: 'department' })
		});
		expect(res.status).toBe(403);
	});
});
