// Property test: parsePlanText on mutated copies of the reference plan never throws, stays fast,
// and always returns a structurally valid plan. Plus hostile inputs of 1 MB.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../../../src/lib/server/plans/parse/deadlines';
import { parsePlanText } from '../../../src/lib/server/plans/parse/plan-text';
import type { ParsedPlan } from '../../../src/lib/server/plans/parse/types';
import { referencePlanPath, requireAssertions } from './helpers';
import { apply, JUNK, op } from '../../helpers/mutations';

requireAssertions();

const reference = readFileSync(referencePlanPath, 'utf8');

const WARNING_CODES = new Set([
	'no_units',
	'no_title',
	'no_year',
	'no_tasks',
	'bad_date',
	'duplicate_code',
	'table_row_skipped',
	'unclosed_note'
]);
/** Every structural problem of a parse, as text (one expect per input keeps 1 MB cases fast). */
function structuralProblems(p: ParsedPlan): string[] {
	const problems: string[] = [];
	const bad = (cond: boolean, what: string) => {
		if (!cond) problems.push(what);
	};
	bad(typeof p.plan.title === 'string', 'plan.title');
	bad(p.plan.year === null || Number.isInteger(p.plan.year), 'plan.year');
	bad(p.plan.issued_on === null || isValidIsoDate(p.plan.issued_on), 'plan.issued_on');
	for (const s of p.sections) {
		bad(typeof s.code === 'string' && typeof s.title === 'string', `section ${s.code}`);
		for (const t of s.items) {
			const at = `${s.code}${t.code}`;
			bad(typeof t.code === 'string' && t.code.length > 0, `${at} code`);
			bad(typeof t.title === 'string' && t.title.length > 0, `${at} title`);
			for (const u of [...t.lead_units, ...t.responsible_units])
				bad(typeof u === 'string' && u.trim().length > 0, `${at} unit "${u}"`);
			bad(typeof t.open_list === 'boolean', `${at} open_list`);
			for (const d of t.deadlines)
				bad(isValidIsoDate(d.date) && typeof d.what === 'string', `${at} deadline ${d.date}`);
			for (const duty of t.duties) bad(typeof duty === 'string', `${at} duty`);
		}
	}
	for (const w of p.warnings) bad(WARNING_CODES.has(w.code) && w.message.length > 0, `warning ${w.code}`);
	return problems;
}

function checkStructure(p: ParsedPlan): void {
	expect(structuralProblems(p)).toEqual([]);
}

describe('parsePlanText on mutated plans', () => {
	it('never throws, never hangs and returns a valid structure', () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
				const text = ops.reduce(apply, reference);
				const t0 = performance.now();
				const parsed = parsePlanText(text);
				// A hang guard, not a speed test (speed is benchmarked): generous for a loaded CI machine.
				expect(performance.now() - t0).toBeLessThan(2000);
				checkStructure(parsed);
			}),
			{ numRuns: 300, seed: 20200806 }
		);
	}, 120_000);

	it('holds for freshly random seeds too', () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
				checkStructure(parsePlanText(ops.reduce(apply, reference)));
			}),
			{ numRuns: 200 }
		);
	}, 120_000);
});

describe('hostile input of about 1 MB', () => {
	const MB = 1024 * 1024;
	const cases: [string, string][] = [
		['open brackets', '('.repeat(MB)],
		['an unclosed note with nested brackets', `2020年要点\n一、x\n(一)y。${'(牵头单位:'.repeat(MB / 6)}`],
		['deadline phrases in one sentence', `2020年要点\n一、x\n(一)y,${'上半年9月底前每季度'.repeat(MB / 10)}`],
		['numbered lines', '(一)a\n一、b\n1.c\n'.repeat(MB / 12)],
		[
			'random junk from the plan’s own alphabet',
			Array.from({ length: MB / 4 }, (_, i) => JUNK[(i * 7919) % JUNK.length]).join('')
		],
		['one long line of unit names', `2020年要点\n一、x\n(一)y。(责任单位:${'高新区、'.repeat(MB / 4)}管委会)`]
	];

	for (const [name, text] of cases) {
		it(`parses ${name} in bounded time without throwing`, () => {
			const t0 = performance.now();
			const parsed = parsePlanText(text);
			expect(performance.now() - t0).toBeLessThan(5000);
			checkStructure(parsed);
		}, 30_000);
	}
});
