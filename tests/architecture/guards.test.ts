// Architecture rules the code review would otherwise have to catch by eye:
// 1. every exported load, form action and +server.ts handler calls a guard;
// 2. domain modules (src/lib/server/** outside web/) never import SvelteKit or use the $lib alias.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkRouteModule, routeFiles as listRouteFiles } from '../helpers/route-modules';

const ROOT = join(import.meta.dirname, '../..');
function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

const routeFiles = listRouteFiles();

describe('route guards', () => {
	it('the checker itself spots an unguarded action, load and handler', () => {
		const bad = `import { requireUser } from '$lib/server/web/guards';
export const load = async (event) => ({ x: 1 });
export const actions = { ok: async (e) => { requireUser(e); }, bad: async (e) => { return 1; } } satisfies Actions;`;
		expect(
			checkRouteModule('+page.server.ts', bad)
				.filter((r) => !r.guarded)
				.map((r) => r.name)
		).toEqual(['load', 'actions.bad']);
		const endpoint = `export async function GET() { return new Response('x'); }`;
		expect(checkRouteModule('+server.ts', endpoint)).toEqual([{ name: 'GET', guarded: false }]);
		// A same-named function from elsewhere is not a guard.
		const fake = `const requireUser = () => {}; export const load = async () => { requireUser(); };`;
		expect(checkRouteModule('+page.server.ts', fake)).toEqual([{ name: 'load', guarded: false }]);
	});

	it('finds the route modules', () => {
		expect(routeFiles.length).toBeGreaterThan(5);
	});

	it.each(routeFiles.map((f) => [relative(ROOT, f), f]))(
		'%s: every load, action and handler calls a guard',
		(_name, file) => {
			const entries = checkRouteModule(file, readFileSync(file, 'utf8'));
			expect(entries.filter((e) => !e.guarded).map((e) => e.name)).toEqual([]);
		}
	);
});

const domainFiles = walk(join(ROOT, 'src/lib/server')).filter((f) => f.endsWith('.ts') && !f.includes('/server/web/'));
/** Pure modules the browser runs as well as the server (the annual report's model and checks). */
const sharedFiles = [...walk(join(ROOT, 'src/lib/annual-report')), join(ROOT, 'src/lib/domain-error.ts')].filter((f) =>
	f.endsWith('.ts')
);

/** What a shared module may not import: server code, Node built-ins, or libraries that need either. */
export function serverImports(source: string): string[] {
	const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	return sf.statements
		.filter(
			(st): st is ts.ImportDeclaration | ts.ExportDeclaration =>
				ts.isImportDeclaration(st) || ts.isExportDeclaration(st)
		)
		.map((st) => (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : ''))
		.filter((spec) => /(^|\/)server(\/|$)|^node:|^(docx|drizzle-orm|better-sqlite3)(\/|$)/.test(spec));
}

export function forbiddenImports(source: string): string[] {
	const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const bad: string[] = [];
	const visit = (n: ts.Node) => {
		let spec: string | null = null;
		if (
			(ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) &&
			n.moduleSpecifier &&
			ts.isStringLiteral(n.moduleSpecifier)
		)
			spec = n.moduleSpecifier.text;
		if (
			ts.isCallExpression(n) &&
			n.expression.kind === ts.SyntaxKind.ImportKeyword &&
			n.arguments[0] &&
			ts.isStringLiteral(n.arguments[0])
		)
			spec = n.arguments[0].text;
		if (
			spec &&
			(/^@sveltejs\/kit/.test(spec) || /^\$(app|env)\//.test(spec) || spec.startsWith('$lib') || spec.includes('/web/'))
		)
			bad.push(spec);
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return bad;
}

describe('domain boundary', () => {
	it('the checker spots SvelteKit imports, static or dynamic', () => {
		expect(
			forbiddenImports(
				`import { error } from '@sveltejs/kit'; const x = await import('$app/environment'); import y from '$lib/x';`
			)
		).toEqual(['@sveltejs/kit', '$app/environment', '$lib/x']);
	});

	it.each(domainFiles.map((f) => [relative(ROOT, f), f]))(
		'%s imports no SvelteKit, $env, $lib or web glue',
		(_name, file) => {
			expect(forbiddenImports(readFileSync(file, 'utf8'))).toEqual([]);
		}
	);
});

describe('modules shared with the browser', () => {
	it('the checker spots server code, Node built-ins and the database', () => {
		expect(
			serverImports(
				`import { x } from '../server/db/client'; import fs from 'node:fs'; import { eq } from 'drizzle-orm'; import { getFormat } from './format';`
			)
		).toEqual(['../server/db/client', 'node:fs', 'drizzle-orm']);
	});

	it('finds the shared modules', () => {
		expect(sharedFiles.length).toBeGreaterThan(8);
	});

	it.each(sharedFiles.map((f) => [relative(ROOT, f), f]))(
		'%s imports nothing the browser cannot run',
		(_name, file) => {
			const source = readFileSync(file, 'utf8');
			expect([...forbiddenImports(source), ...serverImports(source)]).toEqual([]);
		}
	);
});
