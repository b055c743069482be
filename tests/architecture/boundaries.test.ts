// Architecture rules from docs/architecture.md that a review would otherwise check by eye:
// 1. no domain module reaches the app's database (db/index.ts) — it gets the database as an argument;
// 2. no domain module keeps state at module level unless it is keyed by the database it is given
//    (a WeakMap on db.$client) or is on the short list below, each with its reason;
// 3. Chinese labels of enums live in src/lib/labels.ts only: no other file writes one as a literal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as labels from '../../src/lib/labels';

const ROOT = join(import.meta.dirname, '../..');

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

const rel = (f: string) => relative(ROOT, f);
const domainFiles = walk(join(ROOT, 'src/lib/server')).filter(
	(f) => f.endsWith('.ts') && !f.includes('/server/web/') && !f.endsWith('db/index.ts')
);

/** Module specifiers a file imports from. */
function importsOf(source: string): string[] {
	const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
	return sf.statements.flatMap((st) =>
		(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
		st.moduleSpecifier &&
		ts.isStringLiteral(st.moduleSpecifier)
			? [st.moduleSpecifier.text]
			: []
	);
}

const reachesAppDatabase = (spec: string) => /(^|\/)db(\/index)?$/.test(spec) && !spec.endsWith('/db/client');

/** Module-level variables that hold state: `let`, or a Map/Set/array the file mutates. */
export function moduleState(source: string): string[] {
	const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
	const out: string[] = [];
	for (const st of sf.statements) {
		if (!ts.isVariableStatement(st)) continue;
		const isLet = (st.declarationList.flags & ts.NodeFlags.Let) !== 0;
		for (const d of st.declarationList.declarations) {
			if (!ts.isIdentifier(d.name)) continue;
			const name = d.name.text;
			const init = d.initializer;
			if (isLet) {
				out.push(name);
				continue;
			}
			const container =
				init &&
				((ts.isNewExpression(init) &&
					ts.isIdentifier(init.expression) &&
					['Map', 'Set'].includes(init.expression.text)) ||
					ts.isArrayLiteralExpression(init));
			if (!container) continue;
			const mutated = new RegExp(`\\b${name}\\.(set|add|delete|clear|push|pop|shift|unshift|splice)\\(`).test(source);
			if (mutated) out.push(name);
		}
	}
	return out;
}

/** Module state that is not keyed by a database, allowed for a reason. */
const ALLOWED_STATE: Record<string, string> = {
	'src/lib/server/plans/read/pdf.ts:loaded': 'the pdf.js module, imported once on first use: code, not data',
	'src/lib/server/auth/password.ts:dummyHash': 'a hash of a fixed string, the same for every database',
	'src/lib/server/ops/log.ts:threshold': 'the log level: one per process, set once at start-up',
	'src/lib/server/ops/health.ts:journals': 'the migrations a build ships, keyed by its folder: code, not data',
	// The bench's counters measure the process (statements, requests, CPU, event loop), whichever database.
	'src/lib/server/ops/bench-stats.ts:statements': 'bench counter of the process (BENCH_STATS=1 only)',
	'src/lib/server/ops/bench-stats.ts:requests': 'bench counter of the process (BENCH_STATS=1 only)',
	'src/lib/server/ops/bench-stats.ts:histogram': 'the event-loop histogram of the process (BENCH_STATS=1 only)',
	'src/lib/server/ops/bench-stats.ts:cpuSince': 'the CPU time of the process since the last reset (BENCH_STATS=1 only)'
};

describe('the database is passed in, never reached for', () => {
	it('the checker spots module state', () => {
		expect(
			moduleState(`let cache = null; const seen = new Map(); seen.set(1, 2); const FIXED = new Set(['a']);`)
		).toEqual(['cache', 'seen']);
		expect(moduleState(`const byDb = new WeakMap(); export function f(db) { byDb.set(db.$client, 1); }`)).toEqual([]);
		expect(reachesAppDatabase('../db')).toBe(true);
		expect(reachesAppDatabase('../../db/index')).toBe(true);
		expect(reachesAppDatabase('../db/client')).toBe(false);
	});

	it.each(domainFiles.map((f) => [rel(f), f]))('%s keeps no module-level database or cache', (name, file) => {
		const source = readFileSync(file, 'utf8');
		expect(importsOf(source).filter(reachesAppDatabase)).toEqual([]);
		expect(moduleState(source).filter((v) => !ALLOWED_STATE[`${name}:${v}`])).toEqual([]);
	});
});

/** Every Chinese label of an enum (one-character ones like 优 are too common in prose to police). */
function enumLabels(): Set<string> {
	const maps = [
		labels.ROLE_LABEL,
		labels.STATUS_LABEL,
		labels.GRADE_LABEL,
		labels.LIGHT_LABEL,
		labels.ASSIGNMENT_ROLE_LABEL,
		labels.EXTENSION_STATUS_LABEL,
		labels.BODY_LEVEL_LABEL,
		labels.SUCCESSION_KIND_LABEL,
		...Object.values(labels.UNIT_KIND_LABELS)
	];
	return new Set(maps.flatMap((m) => Object.values(m as Record<string, string>)).filter((l) => l.length > 1));
}

/** Where plan or report text is read, these words are the documents' vocabulary, not our labels. */
const VOCABULARY = ['src/lib/server/plans/parse/', 'src/lib/server/annual-report/'];

export function labelLiterals(source: string, known: Set<string>): string[] {
	const found = new Set<string>();
	for (const m of source.matchAll(/(['"`])([^'"`\n]{2,12})\1|>\s*([^<>{}\n]{2,12}?)\s*</g)) {
		const text = (m[2] ?? m[3] ?? '').trim();
		if (known.has(text)) found.add(text);
	}
	return [...found];
}

const labelFiles = walk(join(ROOT, 'src')).filter(
	(f) =>
		(f.endsWith('.ts') || f.endsWith('.svelte')) &&
		!f.endsWith('src/lib/labels.ts') &&
		!VOCABULARY.some((v) => rel(f).startsWith(v))
);

describe('Chinese enum labels live in $lib/labels.ts', () => {
	it('the checker spots a label written elsewhere', () => {
		const known = enumLabels();
		expect(known.has('已通过')).toBe(true);
		expect(labelLiterals(`const s = status === 'accepted' ? '已通过' : '';`, known)).toEqual(['已通过']);
		expect(labelLiterals(`<td>黄灯</td>`, known)).toEqual(['黄灯']);
		expect(labelLiterals(`{STATUS_LABEL[s]} 已通过审核`, known)).toEqual([]);
	});

	it.each(labelFiles.map((f) => [rel(f), f]))('%s writes no enum label itself', (_name, file) => {
		expect(labelLiterals(readFileSync(file, 'utf8'), enumLabels())).toEqual([]);
	});
});
