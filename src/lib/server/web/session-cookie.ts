// The session cookie. Secure is decided deliberately: COOKIE_SECURE forces it either way; unset, it
// follows the request (https → Secure with the __Host- prefix; plain-http intranet → no Secure).
import type { Cookies } from '@sveltejs/kit';
import { config } from '../db';

const SECURE_NAME = '__Host-yd_session';
const PLAIN_NAME = 'yd_session';

export function isSecure(url: URL): boolean {
	return config.cookieSecure ?? url.protocol === 'https:';
}

export function sessionCookieName(url: URL): string {
	return isSecure(url) ? SECURE_NAME : PLAIN_NAME;
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: number): void {
	cookies.set(sessionCookieName(url), token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		path: '/',
		expires: new Date(expiresAt)
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.set(sessionCookieName(url), '', {
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		path: '/',
		maxAge: 0
	});
}
