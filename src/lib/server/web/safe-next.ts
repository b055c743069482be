// Where to go after signing in: only a path on this site. The value is parsed as a URL against our
// own origin and refused (→ the home page) when it has control characters or backslashes, is not a
// plain absolute path (scheme-relative //host, /\host, https://host), or leaves the origin.
function hasControlOrBackslash(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x5c) return true;
	}
	return false;
}

export function safeNext(raw: string | null | undefined, origin: string): string {
	if (!raw || raw.length > 2000 || hasControlOrBackslash(raw)) return '/';
	if (!raw.startsWith('/') || raw.startsWith('//')) return '/';
	let url: URL;
	let base: URL;
	try {
		base = new URL(origin);
		url = new URL(raw, base);
	} catch {
		return '/';
	}
	if (url.origin !== base.origin) return '/';
	// Back to the login page would loop.
	if (url.pathname === '/login' || url.pathname === '/logout') return '/';
	// Re-serialised by URL: percent-encoded, so it is always a valid Location header.
	return url.pathname + url.search + url.hash;
}
