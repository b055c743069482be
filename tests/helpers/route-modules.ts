// The entry points of the app's route modules, read from their source (TypeScript's parser): every
// exported load, form action and +server.ts handler. The guard test checks each calls a guard; the
// security matrix (tests/security/matrix.ts) must name each one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '../..');

export function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

const GUARD = /^require[A-Z]\w*$/;
const HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'fallback']);

/** Names of functions imported from the guards module. */
function guardImports(sf: ts.SourceFile): Set<string> {
	const names = new Set<string>();
	for (const st of sf.statements) {
		if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
		if (!st.moduleSpecifier.text.endsWith('server/web/guards')) continue;
		const bindings = st.importClause?.namedBindings;
		if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.add(el.name.text);
	}
	return names;
}

function callsGuard(node: ts.Node, guards: Set<string>): boolean {
	let found = false;
	const visit = (n: ts.Node) => {
		if (found) return;
		if (
			ts.isCallExpression(n) &&
			ts.isIdentifier(n.expression) &&
			GUARD.test(n.expression.text) &&
			guards.has(n.expression.text)
		) {
			found = true;
			return;
		}
		ts.forEachChild(n, visit);
	};
	visit(node);
	return found;
}

function unwrap(e: ts.Expression): ts.Expression {
	while (ts.isSatisfiesExpression(e) || ts.isAsExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
	return e;
}

const isFunction = (e: ts.Node): boolean =>
	ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isMethodDeclaration(e);

/** Every exported entry point in one route module, each with whether it calls a guard. */
export function checkRouteModule(fileName: string, source: string): { name: string; guarded: boolean }[] {
	const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const guards = guardImports(sf);
	const out: { name: string; guarded: boolean }[] = [];
	const isServerEndpoint = fileName.endsWith('+server.ts');
	const entry = (name: string) => name === 'load' || (isServerEndpoint && HANDLERS.has(name));
	for (const st of sf.statements) {
		const exported =
			ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
		if (!exported) continue;
		if (ts.isFunctionDeclaration(st) && st.name && entry(st.name.text)) {
			out.push({ name: st.name.text, guarded: !!st.body && callsGuard(st.body, guards) });
		}
		if (!ts.isVariableStatement(st)) continue;
		for (const d of st.declarationList.declarations) {
			if (!ts.isIdentifier(d.name) || !d.initializer) continue;
			const name = d.name.text;
			const init = unwrap(d.initializer);
			if (entry(name)) out.push({ name, guarded: isFunction(init) && callsGuard(init, guards) });
			if (name === 'actions') {
				if (!ts.isObjectLiteralExpression(init)) {
					out.push({ name: 'actions', guarded: false });
					continue;
				}
				for (const p of init.properties) {
					const pname = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '?';
					const fn = ts.isPropertyAssignment(p) ? unwrap(p.initializer) : p;
					out.push({ name: `actions.${pname}`, guarded: isFunction(fn) && callsGuard(fn, guards) });
				}
			}
		}
	}
	return out;
}

export const routeFiles = (): string[] =>
	walk(join(ROOT, 'src/routes')).filter((f) => /\+(page|layout)\.server\.ts$|\+server\.ts$/.test(f));

/** `src/routes/(app)/assignments/[id=id]/+page.server.ts` → `/assignments/[id=id]` (groups dropped). */
export function routeIdOf(file: string): string {
	const dir = relative(join(ROOT, 'src/routes'), file).split(sep).slice(0, -1);
	return '/' + dir.filter((d) => !/^\(.+\)$/.test(d)).join('/');
}

/**
 * What a client can ask of the app, one string each: `GET /route` for a page (every +page.svelte) or
 * an endpoint's handler, `POST /route?/action` for a form action (`POST /route` for `default`).
 */
export function entryPoints(): string[] {
	const out = new Set<string>();
	for (const f of walk(join(ROOT, 'src/routes'))) if (f.endsWith(`${sep}+page.svelte`)) out.add(`GET ${routeIdOf(f)}`);
	for (const f of routeFiles()) {
		const route = routeIdOf(f);
		for (const e of checkRouteModule(f, readFileSync(f, 'utf8'))) {
			if (e.name.startsWith('actions.')) {
				const action = e.name.slice('actions.'.length);
				out.add(action === 'default' ? `POST ${route}` : `POST ${route}?/${action}`);
			} else if (f.endsWith('+server.ts')) out.add(`${e.name} ${route}`);
			else if (e.name === 'load' && f.endsWith('+page.server.ts')) out.add(`GET ${route}`);
		}
	}
	return [...out].sort();
}
