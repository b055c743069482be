import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';
import { getDb, startDatabase } from '$lib/server/db';
import { validateSessionToken } from '$lib/server/auth/session';
import { sweepLights } from '$lib/server/assignments/light-state';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/web/session-cookie';

export const init: ServerInit = async () => {
	const db = await startDatabase();
	// Traffic lights change with the calendar: sweep now and every hour (batched, never blocking).
	const sweep = () => sweepLights(db).catch((e) => console.error('[reminders] sweep failed', e));
	void sweep();
	setInterval(sweep, 60 * 60 * 1000).unref();
};

/** Paths anyone may open; everything else is the signed-in area. */
const PUBLIC = ['/login', '/favicon.svg', '/robots.txt'];

export const handle: Handle = async ({ event, resolve }) => {
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
		if (event.request.method === 'GET' || event.request.method === 'HEAD') {
			redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
		}
		return new Response('请先登录', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}

	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (event.locals.user) response.headers.set('Cache-Control', 'no-store');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message: '页面不存在' };
	if (status === 413) return { message: '提交的内容超过大小上限，未保存' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[error ${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: status >= 500 ? '服务器内部错误，请稍后重试' : message, id };
};
