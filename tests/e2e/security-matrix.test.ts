// Every row of the security matrix (tests/security/matrix.ts) over HTTP against the built server with
// the demo data: each page, endpoint and form action for each of the six roles. A refused request
// changes nothing (the audit log, which every mutation writes, keeps its length).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOOK_ROUTES, MATRIX, ROLES, type MatrixEntry, type Outcome } from '../security/matrix';
import { startServer, type RunningServer } from '../helpers/server';
import { demoWorld, type World } from '../helpers/world';
import { launchBrowser } from '../helpers/browser';

let server: RunningServer;
let world: World;

beforeAll(async () => {
	server = await startServer();
	world = await demoWorld(server);
});
afterAll(async () => {
	await server?.stop();
});

interface Answer {
	status: number;
	location: string;
	body: string;
	headers: Headers;
}

/** What every answer must carry, whatever it is (page, redirect, refusal, download). */
function headerProblems(h: Headers, body: string): string[] {
	const out: string[] = [];
	if (h.get('x-content-type-options') !== 'nosniff') out.push('nosniff');
	if (h.get('referrer-policy') !== 'same-origin') out.push('Referrer-Policy');
	if (h.get('x-frame-options') !== 'DENY') out.push('X-Frame-Options');
	const csp = h.get('content-security-policy') ?? '';
	if (!csp.includes("frame-ancestors 'none'")) out.push("CSP frame-ancestors 'none'");
	if (/script-src[^;]*'unsafe-inline'/.test(csp)) out.push("CSP script-src 'unsafe-inline'");
	// A page with inline script (SvelteKit's bootstrap) runs it only by its hash or nonce.
	if (/<script(?![^>]*\ssrc=)[^>]*>/.test(body) && !/script-src[^;]*'(sha256-|nonce-)/.test(csp))
		out.push('an inline script without a CSP hash or nonce');
	return out;
}

async function ask(key: string, entry: MatrixEntry, cookie: string): Promise<Answer> {
	const method = key.split(' ')[0];
	const headers: Record<string, string> = { accept: 'text/html' };
	if (cookie) headers.cookie = cookie;
	const init: RequestInit = { method, redirect: 'manual', headers };
	if (method === 'POST') {
		headers.origin = server.url;
		headers['content-type'] = 'application/x-www-form-urlencoded';
		init.body = new URLSearchParams(entry.fields?.(world.ids) ?? {});
	}
	const res = await fetch(server.url + entry.path(world.ids), init);
	return {
		status: res.status,
		location: res.headers.get('location') ?? '',
		body: await res.text(),
		headers: res.headers
	};
}

const isErrorPage = (a: Answer) => a.body.includes('<title>出错了');

/** What the answer says happened, in the table's words (or the status when it is none of them). */
function outcomeOf(method: string, a: Answer): Outcome | string {
	const login = a.location.startsWith('/login?next=');
	if (method === 'GET') {
		if (a.status === 303) return login ? 'login' : 'redirect';
		if (a.status === 200) return 'ok';
		return a.status === 403 || a.status === 404 ? a.status : `HTTP ${a.status}`;
	}
	if (a.status === 401) return 'login';
	if (a.status === 303) return 'ok';
	if (a.status === 403) return 403;
	// The error page: the user was refused (another unit's work, an office-only action).
	if (a.status === 404 && isErrorPage(a)) return 404;
	// The action ran and answered on the page, with the form's Chinese message (the input was
	// incomplete, the object named in the form is gone, it conflicts with the current state).
	if (a.status === 200 || ([400, 404, 409, 413].includes(a.status) && !isErrorPage(a))) return 'ok';
	return `HTTP ${a.status}`;
}

/** The Chinese message of an error page or a plain answer, for the failure list. */
const messageOf = (a: Answer) =>
	(/<p>([^<]*)<\/p>/.exec(a.body)?.[1] ?? (a.body.startsWith('<') ? '' : a.body.slice(0, 60))).trim();

const auditRows = () => world.q<{ n: number }>('select count(*) n from audit_log').n;

const rows = Object.entries({ ...MATRIX, ...HOOK_ROUTES });
// Pages first (they change nothing), then actions, then what ends a session.
const ordered = [
	...rows.filter(([k]) => k.startsWith('GET ')),
	...rows.filter(([k, e]) => !k.startsWith('GET ') && !e.last),
	...rows.filter(([, e]) => e.last)
];

describe('the security matrix over HTTP', () => {
	it('answers every route and action for every role as the table says', async () => {
		const wrong: string[] = [];
		let asked = 0;
		for (const [key, entry] of ordered) {
			const method = key.split(' ')[0];
			for (const role of ROLES) {
				const expected = entry.expect[role];
				const cookie = entry.last && role !== 'anonymous' ? await world.signInAgain(role) : world.cookies[role];
				const before = auditRows();
				const answer = await ask(key, entry, cookie);
				asked++;
				const got = outcomeOf(method, answer);
				if (got !== expected) wrong.push(`${key} as ${role}: expected ${expected}, got ${got} ${messageOf(answer)}`);
				if (method === 'POST' && expected !== 'ok' && auditRows() !== before)
					wrong.push(`${key} as ${role}: refused, but the audit log grew`);
				if (answer.status >= 500) wrong.push(`${key} as ${role}: ${answer.status}`);
				const missing = headerProblems(answer.headers, answer.body);
				if (missing.length) wrong.push(`${key} as ${role}: headers ${missing.join(', ')}`);
			}
		}
		expect(asked).toBe(ordered.length * ROLES.length);
		expect(wrong, wrong.join('\n')).toEqual([]);
	});

	it('refuses every form action posted from another site, in every content type, changing nothing', async () => {
		const posts = rows.filter(([k, e]) => k.startsWith('POST ') && !e.last);
		const bodies: [string, () => { type?: string; body: BodyInit }][] = [
			['form', () => ({ type: 'application/x-www-form-urlencoded', body: 'content=x&percent=100' })],
			[
				'multipart',
				() => {
					const form = new FormData();
					form.append('content', 'x');
					form.append('file', new Blob(['%PDF-1.4']), 'a.pdf');
					return { body: form };
				}
			],
			['text/plain', () => ({ type: 'text/plain', body: 'content=x' })],
			['JSON', () => ({ type: 'application/json', body: '{"content":"x"}' })]
		];
		// A forged Origin, a foreign Referer without Origin, and neither (a privacy proxy strips both).
		const sources: Record<string, string>[] = [
			{ origin: 'http://evil.example' },
			{ referer: 'http://evil.example/page' },
			{ origin: 'null' },
			{}
		];
		const before = auditRows();
		const wrong: string[] = [];
		let asked = 0;
		for (const [key, entry] of posts)
			for (const [what, make] of bodies)
				for (const source of sources) {
					const { type, body } = make();
					const headers: Record<string, string> = { cookie: world.cookies.admin, accept: 'text/html', ...source };
					if (type) headers['content-type'] = type;
					const res = await fetch(server.url + entry.path(world.ids), {
						method: 'POST',
						redirect: 'manual',
						headers,
						body
					});
					const text = await res.text();
					asked++;
					if (res.status !== 403 || !text.includes('跨站'))
						wrong.push(`${key} ${what} ${JSON.stringify(source)}: ${res.status} ${text.slice(0, 60)}`);
				}
		expect(asked).toBe(posts.length * bodies.length * sources.length);
		expect(wrong, wrong.join('\n')).toEqual([]);
		expect(auditRows()).toBe(before);
	});

	it('pages run under the CSP SvelteKit builds: the board’s charts draw, nothing is blocked', async () => {
		const { context, close } = await launchBrowser();
		try {
			const cookie = world.cookies.leader;
			const [name, value] = [cookie.slice(0, cookie.indexOf('=')), cookie.slice(cookie.indexOf('=') + 1)];
			await context.addCookies([{ name, value, url: server.url }]);
			const violations: string[] = [];
			await context.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
				)
			);
			const page = await context.newPage();
			page.on('console', (m) =>
				m.text().includes('Content Security Policy') || m.text().startsWith('CSP violation')
					? violations.push(m.text())
					: null
			);
			for (const path of [`/boards?plan=${world.ids.plan}`, `/assignments/${world.ids.assignmentA}`, '/reports']) {
				const res = await page.goto(server.url + path);
				expect(res?.status(), path).toBe(200);
				await page.waitForLoadState('networkidle');
			}
			// SvelteKit's inline bootstrap (allowed by its hash) started the app on each of them.
			expect(violations).toEqual([]);
			await page.goto(`${server.url}/boards?plan=${world.ids.plan}`);
			// Chart.js draws into canvases once the page runs its scripts.
			await expect.poll(() => page.locator('canvas').count()).toBeGreaterThan(0);
			const drawn = await page
				.locator('canvas')
				.first()
				.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0);
			expect(drawn).toBe(true);
			// An inline script injected without the hash does not run.
			const ran = await page.evaluate(() => {
				const s = document.createElement('script');
				s.textContent = 'window.__injected = true';
				document.body.append(s);
				return (window as unknown as { __injected?: boolean }).__injected === true;
			});
			expect(ran).toBe(false);
			await expect.poll(() => violations.some((v) => v.includes('script-src'))).toBe(true);
		} finally {
			await close();
		}
	});

	it('refusals are in Chinese', async () => {
		const entry = MATRIX['GET /admin/users'];
		const a = await ask('GET /admin/users', entry, world.cookies.unitA);
		expect(a.status).toBe(403);
		expect(a.body).toContain('您没有权限');
		const b = await ask('GET /assignments/[id=id]', MATRIX['GET /assignments/[id=id]'], world.cookies.unitB);
		expect(b.status).toBe(404);
		expect(b.body).toContain('不存在');
	});
});
