import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { closeDatabase, config, getDb, migrationsFolder, optimizeDatabase, startDatabase } from '$lib/server/db';
import { validateSessionToken } from '$lib/server/auth/session';
import { sweepLights } from '$lib/server/assignments/light-state';
import { sweepOrphanFiles } from '$lib/server/evidence/sweep';
import { msUntilShanghaiMidnight } from '$lib/server/shared/time';
import { checkHealth } from '$lib/server/ops/health';
import { benchStatsEnabled, countRequest, readBenchStats } from '$lib/server/ops/bench-stats';
import { errorFields, logError, logInfo } from '$lib/server/ops/log';
import { requestIdOf } from '$lib/server/ops/request-id';
import { scheduleDailyBackup } from '$lib/server/ops/backup-schedule';
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
	const lights = async () => {
		const t0 = performance.now();
		try {
			optimizeDatabase(db);
			const notices = await sweepLights(db);
			logInfo('lights.swept', { notices, ms: Math.round(performance.now() - t0) });
		} catch (e) {
			logError('lights.sweep_failed', errorFields(e));
		}
	};
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
		sweepOrphanFiles(db, config.uploadDir).then(
			(r) => logInfo('evidence.swept', { ...r }),
			(e) => logError('evidence.sweep_failed', errorFields(e))
		);
	void files();
	setInterval(files, 6 * HOUR).unref();
	if (config.backup) scheduleDailyBackup(db, config.uploadDir, config.backup);
};

/** Paths anyone may open; everything else is the signed-in area. */
const PUBLIC = ['/login', '/favicon.svg', '/robots.txt'];

const json = (body: unknown, status = 200) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
	});

/** /healthz for load balancers and monitoring; /healthz/stats only while the bench measures. */
function operations(path: string, url: URL): Response | null {
	if (path === '/healthz') {
		const health = checkHealth(getDb(), { uploadDir: config.uploadDir, migrationsFolder });
		return json(health, health.status === 'ok' ? 200 : 503);
	}
	if (path === '/healthz/stats' && benchStatsEnabled()) return json(readBenchStats(url.searchParams.has('reset')));
	return null;
}

async function route(event: RequestEvent, resolve: Parameters<Handle>[0]['resolve']): Promise<Response> {
	const path = event.url.pathname;
	const ops = event.request.method === 'GET' ? operations(path, event.url) : null;
	if (ops) return ops;
	if (benchStatsEnabled()) countRequest();

	const refused = crossSiteRefusal(event.request, event.url.origin);
	if (refused) return refused;

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

	const isPublic = PUBLIC.includes(path) || path.startsWith('/_app/');
	if (!event.locals.user && !isPublic) {
		// Answered here rather than thrown, so the redirect carries the same headers as every page.
		return event.request.method === 'GET' || event.request.method === 'HEAD'
			? new Response(null, {
					status: 303,
					headers: { location: `/login?next=${encodeURIComponent(path + event.url.search)}` }
				})
			: new Response('请先登录', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}

	const response = chineseMethodNotAllowed(await resolve(event), event.request.method);
	if (event.locals.user) response.headers.set('Cache-Control', 'no-store');
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	const t0 = performance.now();
	const id = requestIdOf(event.request.headers.get('x-request-id'));
	event.locals.requestId = id;
	const response = withSecurityHeaders(await route(event, resolve));
	response.headers.set('X-Request-Id', id);
	logInfo('request', {
		id,
		method: event.request.method,
		path: event.url.pathname,
		status: response.status,
		ms: Math.round((performance.now() - t0) * 10) / 10,
		user: event.locals.user?.id ?? null
	});
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	// SvelteKit's own errors (wrong method, not found, unsupported body, too large) come with English
	// texts: answer in Chinese. The id shown is the request's, so the log lines are found by it.
	const id = event.locals.requestId ?? requestIdOf(null);
	if (status >= 500)
		logError('request.failed', { id, method: event.request.method, path: event.url.pathname, ...errorFields(error) });
	return { message: chineseStatusMessage(status), id };
};
