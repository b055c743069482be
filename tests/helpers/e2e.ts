// Helpers for browser tests: sign in through the real form, post forms directly, and keep a
// screenshot of the page when a test fails.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

export const DEMO_PASSWORD = 'demo12345';
export type DemoAccount = 'admin' | 'leader' | 'sifaju' | 'zhengding';

export interface E2E {
	server: RunningServer;
	context: BrowserContext;
	close(): Promise<void>;
}

export async function startE2E(
	env: Record<string, string> = {},
	viewport?: { width: number; height: number }
): Promise<E2E> {
	const server = await startServer(env);
	const { context, close } = await launchBrowser(viewport);
	return {
		server,
		context,
		async close() {
			await close();
			await server.stop();
		}
	};
}

export async function loginAs(page: Page, base: string, account: DemoAccount, password = DEMO_PASSWORD): Promise<void> {
	await page.goto(`${base}/login`);
	await page.fill('#username', account);
	await page.fill('#password', password);
	await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('form button[type=submit]')]);
}

/** The session cookie's "name=value" from a context, for direct requests. */
export async function sessionCookie(context: BrowserContext): Promise<string> {
	const cookies = await context.cookies();
	const c = cookies.find((x) => x.name.endsWith('yd_session'));
	if (!c) throw new Error('no session cookie');
	return `${c.name}=${c.value}`;
}

/** Posts a form the way a browser without JavaScript would (same origin, url-encoded). */
export async function postForm(
	base: string,
	path: string,
	cookie: string,
	fields: Record<string, string> = {}
): Promise<Response> {
	return fetch(base + path, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie, origin: base, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams(fields)
	});
}

export async function screenshotOnFailure(page: Page, name: string): Promise<void> {
	mkdirSync('test-results', { recursive: true });
	await page.screenshot({ path: `test-results/${name.replace(/[^\w-]+/g, '_')}.png`, fullPage: true }).catch(() => {});
}

type Hooks = {
	beforeAll: (fn: () => Promise<void>) => void;
	afterAll: (fn: () => Promise<void>) => void;
	afterEach: (fn: (ctx: { task: { name: string; result?: { state?: string } } }) => Promise<void>) => void;
};

/**
 * The usual life of a browser test file: one server and browser for the file, a page handed to
 * `ready`, and a screenshot in test-results/ of any failing test. Call at the file's top level.
 */
export function useE2E(
	hooks: Hooks,
	ready: (e2e: E2E, page: Page) => void | Promise<void>,
	env: Record<string, string> = {}
): void {
	let e2e: E2E | undefined;
	let page: Page | undefined;
	hooks.beforeAll(async () => {
		e2e = await startE2E(env);
		page = await e2e.context.newPage();
		await ready(e2e, page);
	});
	hooks.afterAll(async () => {
		await e2e?.close();
	});
	hooks.afterEach(async (ctx) => {
		if (ctx.task.result?.state === 'fail' && page) await screenshotOnFailure(page, ctx.task.name);
	});
}
