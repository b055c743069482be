// A one-time message for the page a redirect lands on ("已导入：…"). It travels in a short-lived
// cookie only the server sets, never in the URL, so a link cannot make the app show any text.
import type { Cookies } from '@sveltejs/kit';
import { isSecure } from './session-cookie';

const NAME = 'yd_flash';

export function setFlash(cookies: Cookies, url: URL, message: string): void {
	cookies.set(NAME, encodeURIComponent(message.slice(0, 300)), {
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		path: '/',
		maxAge: 60
	});
}

/** The message, once: reading it deletes the cookie. */
export function takeFlash(cookies: Cookies, url: URL): string | null {
	const raw = cookies.get(NAME);
	if (raw === undefined) return null;
	cookies.set(NAME, '', { httpOnly: true, sameSite: 'lax', secure: isSecure(url), path: '/', maxAge: 0 });
	try {
		return decodeURIComponent(raw) || null;
	} catch {
		return null;
	}
}
