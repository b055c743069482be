import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'screenshots/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app is served at the root (no paths.base), so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		// Floating promises hide failures; type-aware, so only on TypeScript sources.
		files: ['src/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts'],
		languageOptions: { parserOptions: { projectService: true } },
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	{
		// The domain boundary (style.md): domain code never imports SvelteKit or the web glue.
		files: ['src/lib/server/**/*.ts', 'src/lib/annual-report/**/*.ts', 'src/lib/domain-error.ts'],
		ignores: ['src/lib/server/web/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['@sveltejs/kit', '@sveltejs/kit/*', '$app/*', '$env/*'], message: '领域代码不能依赖 SvelteKit' },
						{ group: ['$lib', '$lib/*'], message: '领域代码请用相对路径导入，以便脚本和测试直接运行' },
						{ group: ['**/web/*'], message: '领域代码不能依赖 web 层' }
					]
				}
			]
		}
	},
	{
		// The pure annual-report model runs in the browser too: it may not reach into server code.
		files: ['src/lib/annual-report/**/*.ts', 'src/lib/domain-error.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['@sveltejs/kit', '@sveltejs/kit/*', '$app/*', '$env/*', '$lib', '$lib/*'],
							message: '纯模型请用相对路径，且不依赖 SvelteKit'
						},
						{
							group: ['**/server/*', '**/server/**', 'node:*', 'docx', 'drizzle-orm', 'drizzle-orm/*'],
							message: '浏览器也运行这些模块：不能依赖服务端代码、Node 或数据库'
						}
					]
				}
			]
		}
	}
);
