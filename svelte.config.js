import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ out: 'build', precompress: false }),
		// CSRF (OWASP ASVS 4.2.2): the server hook refuses every cross-site state-changing request,
		// whatever its content type, with a Chinese answer (web/security.ts). SvelteKit's own check
		// covers form content types only and answers in English, so it is switched off here.
		csrf: { trustedOrigins: ['*'] },
		// Scripts only from us (Kit hashes its own inline bootstrap); style attributes are allowed
		// for progress bars and charts. No framing, no plugins, forms post only to us.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
