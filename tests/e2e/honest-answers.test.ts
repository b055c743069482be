// Acceptance (progress model, 8): sign-in redirects stay on this site and never leave a session
// behind an error; every error the server can give reads in Chinese; no free text from the URL shows
// as a banner; ids are decimal; redirects and static files carry the security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, loginAs, postForm, sessionCookie, startE2E, type E2E } from '../helpers/e2e';

let e2e: E2E;
let page: Page;
let adminCookie = '';

beforeAll(async () => {
	e2e = await startE2E();
	page = await e2e.context.newPage();
	await loginAs(page, e2e.server.url, 'admin');
	adminCookie = await sessionCookie(e2e.context);
});
afterAll(async () => {
	await e2e?.close();
});

const ATTACKS = [
	'/\t/evil.example/phish',
	'/\n/x',
	'//evil.example/phish',
	'/\\evil.example',
	'https://evil.example/',
	'%2F%2Fevil.example',
	'/%2F%2Fevil.example',
	'/%5Cevil.example',
	'javascript:alert(1)'
];

async function signInWithNext(next: string) {
	return fetch(`${e2e.server.url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: e2e.server.url, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ username: 'leader', password: DEMO_PASSWORD, next })
	});
}

describe('the next parameter', () => {
	it.each(ATTACKS)('lands on a local page for %j, with a session only on the redirect', async (next) => {
		const res = await signInWithNext(next);
		expect(res.status).toBe(303);
		const location = res.headers.get('location')!;
		expect(new URL(location, e2e.server.url).origin).toBe(e2e.server.url);
		expect(location.startsWith('//')).toBe(false);
		expect(res.headers.get('set-cookie')).toMatch(/yd_session=/);
		// The login page itself never hands the attack back to the form.
		const form = await fetch(`${e2e.server.url}/login?next=${encodeURIComponent(next)}`);
		expect(form.status).toBe(200);
		const field = /name="next" value="([^"]*)"/.exec(await form.text())?.[1] ?? '';
		expect(new URL(field.replaceAll('&amp;', '&'), e2e.server.url).origin).toBe(e2e.server.url);
		expect(field.startsWith('//')).toBe(false);
	});

	it('in a browser with JavaScript, the tab attack still ends on this site', async () => {
		const fresh = await e2e.context.browser()!.newContext();
		const p = await fresh.newPage();
		await p.goto(`${e2e.server.url}/login?next=%2F%09%2Fevil.example%2Fphish`);
		await p.fill('#username', 'leader');
		await p.fill('#password', DEMO_PASSWORD);
		await Promise.all([p.waitForURL((u) => !u.pathname.startsWith('/login')), p.click('form button[type=submit]')]);
		expect(new URL(p.url()).origin).toBe(e2e.server.url);
		await fresh.close();
	});

	it('a wrong password with a bad next sets no cookie and shows the Chinese message', async () => {
		const res = await fetch(`${e2e.server.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: e2e.server.url, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
			body: new URLSearchParams({ username: 'leader', password: 'wrong-password', next: '/\n/x' })
		});
		expect(res.status).toBe(400);
		expect(res.headers.get('set-cookie')).toBeNull();
		expect(await res.text()).toContain('用户名或密码错误');
	});
});

describe('answers in Chinese', () => {
	const english = /Method Not Allowed|not allowed|forbidden|Unsupported Media Type|Not Found|form-encoded/i;

	it('a form post to a page without that action', async () => {
		const res = await postForm(e2e.server.url, '/boards?/x', adminCookie);
		expect(res.status).toBe(405);
		const body = await res.text();
		expect(body).toContain('该页面不支持此操作');
		expect(body).not.toMatch(english);
	});

	it('an unknown action name on a page that has actions', async () => {
		const res = await postForm(e2e.server.url, '/admin/units?/nope', adminCookie);
		expect(res.status).toBe(404);
		expect(await res.text()).not.toMatch(english);
	});

	it.each(['PUT', 'DELETE', 'PATCH'])('%s on a page', async (method) => {
		const res = await fetch(`${e2e.server.url}/boards`, {
			method,
			headers: { cookie: adminCookie, origin: e2e.server.url }
		});
		expect(res.status).toBe(405);
		const body = await res.text();
		expect(body).toContain(`不支持 ${method}`);
		expect(body).not.toMatch(english);
	});

	it.each([
		['a form', 'application/x-www-form-urlencoded', 'name=x'],
		['JSON', 'application/json', '{"name":"x"}'],
		['plain text', 'text/plain', 'name=x']
	])('a cross-site post of %s is refused', async (_what, type, body) => {
		const res = await fetch(`${e2e.server.url}/admin/units?/create`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: adminCookie, origin: 'http://evil.example', 'content-type': type },
			body
		});
		expect(res.status).toBe(403);
		const text = await res.text();
		expect(text).toContain('跨站');
		expect(text).not.toMatch(english);
	});

	it('a JSON body sent to a form action from this site', async () => {
		const res = await fetch(`${e2e.server.url}/admin/units?/create`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: adminCookie, origin: e2e.server.url, 'content-type': 'application/json', accept: 'text/html' },
			body: JSON.stringify({ name: '石家庄市测试局' })
		});
		expect(res.status).toBe(415);
		const text = await res.text();
		expect(text).toContain('请通过本系统页面上的表单提交');
		expect(text).not.toMatch(english);
	});
});

describe('what the URL cannot do', () => {
	it('shows no free text from ?note= as a success banner', async () => {
		const res = await fetch(`${e2e.server.url}/plans/1?note=${encodeURIComponent('任意文字：请拨打电话')}`, {
			headers: { cookie: adminCookie }
		});
		expect(res.status).toBe(200);
		expect(await res.text()).not.toContain('任意文字');
	});

	it.each(['0x10', '1e1', '+16', '016', '16.0', ' 16'])('opens no assignment for the id %j', async (id) => {
		const res = await fetch(`${e2e.server.url}/assignments/${encodeURIComponent(id)}`, {
			headers: { cookie: adminCookie },
			redirect: 'manual'
		});
		expect(res.status).toBe(404);
	});

	it('still opens /assignments/16', async () => {
		const res = await fetch(`${e2e.server.url}/assignments/16`, { headers: { cookie: adminCookie } });
		expect(res.status).toBe(200);
	});
});

describe('security headers', () => {
	const expectHeaders = (res: Response, what: string) => {
		expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
		expect(res.headers.get('x-frame-options'), what).toBe('DENY');
		expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
		expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
	};

	it('on a redirect, a 401, a static file, a page and a missing file', async () => {
		const redirect = await fetch(`${e2e.server.url}/boards`, { redirect: 'manual' });
		expect(redirect.status).toBe(303);
		expectHeaders(redirect, 'redirect');
		const unauthorised = await fetch(`${e2e.server.url}/boards`, {
			method: 'POST',
			headers: { origin: e2e.server.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: ''
		});
		expect(unauthorised.status).toBe(401);
		expectHeaders(unauthorised, '401');
		const html = await (await fetch(`${e2e.server.url}/login`)).text();
		const asset = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
		expect(asset).toBeTruthy();
		const file = await fetch(`${e2e.server.url}${asset}`);
		expect(file.status).toBe(200);
		expectHeaders(file, 'static file');
		expectHeaders(await fetch(`${e2e.server.url}/favicon.svg`), 'favicon');
		expectHeaders(await fetch(`${e2e.server.url}/login`), 'page');
		expectHeaders(await fetch(`${e2e.server.url}/_app/immutable/nope.js`), 'missing asset');
	});
});
