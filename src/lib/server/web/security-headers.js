// Plain JavaScript so scripts/serve.js can import it without a build.
// Headers every response carries: pages (set by the server hook), and static files, redirects and
// adapter errors (set by scripts/serve.js before SvelteKit's handler runs). Pages replace the
// Content-Security-Policy with the one SvelteKit builds (svelte.config.js `kit.csp`).
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Content-Security-Policy': "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
};
