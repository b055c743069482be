import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { closeDatabase, config, getDb, startDatabase } from '$lib/server/db';
import { validateSessionToken } from '$lib/server/auth/session';
import { sweepLights } from '$lib/server/assignments/light-state';
import { sweepOrphanFiles } from '$lib/server/evidence/sweep';
import { msUntilShanghaiMidnight } from '$lib/server/shared/time';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/web/session-cookie';
import {
	chineseMethodNotAllowed,
	chineseStatusMessage,
	crossSiteRefusal,
	withSecurityHeaders
} from '$lib/server/web/security';

const HOUR = 3_600_000;

export const init: ServerInit = async () => {
	const db = await startDatabase();
	// scripts/serve.js emits this once the last request in flight has finished.
	process.on('sveltekit:shutdown', () => closeDatabase());
	// Lights change with the calendar: sweep now, hourly, and right after midnight in Shanghai, when
	// every deadline of the day before has passed. Batched, so requests keep flowing.
	const lights = () => sweepLights(db).catch((e) => console.error('[lights] sweep failed', e));
	void lights();
	setInterval(lights, HOUR).unref();
	const midnight = () =>
		setTimeout(() => {
			void lights();
			midnight();
		}, msUntilShanghaiMidnight() + 1000).unref();
	midnight();
	// Evidence files no row references, and temporary files of uploads that never finished.
	const files = () =>
		sweepOrphanFiles(db, config.uploadDir).catch((e) => console.error('[evidence] orphan sweep failed', e));
	void files();
	setInterval(files, 6 * HOUR).unref();
};

/** Paths anyone may open; everything else is the signed-in area. */
const PUBLIC = ['/login', '/favicon.svg', '/robots.txt'];

export const handle: Handle = async ({ event, resolve }) => {
	const refused = crossSiteRefusal(event.request, event.url.origin);
	if (refused) return withSecurityHeaders(refused);

	const db = getDb();
	const name = sessionCookieName(event.url);
	const token = event.cookies.get(name);
	event.locals.user = null;
	event.locals.sessionId = null;
	if (token) {
		const result = validateSessionToken(db, token);
		if (result) {
			event.locals.user = result.user;
			event.locals.sessionId = result.session.id;
			if (result.renewed) setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}

	const path = event.url.pathname;
	const isPublic = PUBLIC.includes(path) || path.startsWith('/_app/');
	if (!event.locals.user && !isPublic) {
		// Answered here rather than thrown, so the redirect carries the same headers as every page.
		const anonymous =
			event.request.method === 'GET' || event.request.method === 'HEAD'
				? new Response(null, {
						status: 303,
						headers: { location: `/login?next=${encodeURIComponent(path + event.url.search)}` }
					})
				: new Response('请先登录', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
		return withSecurityHeaders(anonymous);
	}

	const response = chineseMethodNotAllowed(await resolve(event), event.request.method);
	withSecurityHeaders(response);
	if (event.locals.user) response.headers.set('Cache-Control', 'no-store');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	// SvelteKit's own errors (wrong method, not found, unsupported body, too large) come with English
	// texts: answer in Chinese. Only real faults get an id and a log line.
	if (status < 500) return { message: chineseStatusMessage(status) };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[error ${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: chineseStatusMessage(status), id };
};
