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
		// SvelteKit's origin check is our CSRF defence for form posts (OWASP ASVS 4.2.2); keep it on.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
