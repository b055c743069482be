// H1–H5 on real numbers: the Hebei 2016 and Langfang 2014 figures (mapped in seed-figures.ts) pass
// in both formats, and changing any one cell makes exactly the identities that contain it fail,
// each naming that cell.

import { describe, expect, it } from 'vitest';
import { checkStatistics } from '../../../src/lib/annual-report/checks/index';
import { getFormat, type FormatId } from '../../../src/lib/annual-report/format';
import type { CheckResult, Statistics } from '../../../src/lib/annual-report/types';
import { emptyStatistics } from '../../../src/lib/annual-report/values';
import { requireAssertions, valueOf, withCells } from './helpers';
import { HEBEI_PUBLISHED_TOTALS, hebei2016, langfang2014 } from './seed-figures';

requireAssertions();

const FORMATS: FormatId[] = ['2021', '2019'];
const SEEDS = { hebei2016, langfang2014 };

const errors = (r: CheckResult[]) => r.filter((c) => c.level === 'error');
/** Everything but H4's list of blank cells in 表二 (the seeds give no 表二 figures). */
const beyondBlankTable2 = (r: CheckResult[]) =>
	errors(r).filter((c) => !(c.id === 'H4' && c.where.cells.every((k) => k.startsWith('t2.'))));

describe('the seeds’ real figures pass', () => {
	for (const [name, build] of Object.entries(SEEDS))
		for (const format of FORMATS)
			it(`${name} in the ${format} format satisfies H1–H5`, () => {
				const stats = build(format);
				expect(beyondBlankTable2(checkStatistics(stats))).toEqual([]);
				// The arithmetic the report states, read back from the cells.
				const t = (row: string) => valueOf(stats, `t3.${row}.total`);
				expect(t('received') + t('carriedIn')).toBe(t('total') + t('carriedOut'));
			});

	it('Hebei: 5230 received, 5161 concluded = 859+2520+304+214+437+459+127+241, 69 carried out', () => {
		const s = hebei2016();
		const t = (row: string) => valueOf(s, `t3.${row}.total`);
		expect(t('received')).toBe(5230);
		expect(t('total')).toBe(859 + 2520 + 304 + 214 + 437 + 459 + 127 + 241);
		const denied = getFormat('2021').table3.filter((r) => r.group === 'denied');
		expect(denied.reduce((a, r) => a + t(r.key), 0)).toBe(214);
		expect(t('carriedOut')).toBe(69);
	});

	it('Langfang: 69 = 39+6+1+1+7+15; 复议 8 = 4+4; 诉讼 5 = 3+2', () => {
		const s = langfang2014();
		expect(valueOf(s, 't3.total.total')).toBe(39 + 6 + 1 + 1 + 7 + 15);
		expect(valueOf(s, 't4.review.total')).toBe(4 + 4);
		expect(valueOf(s, 't4.direct.total')).toBe(3 + 2);
	});

	it('rejects the Hebei 2016 复议 and 诉讼 totals as printed (466, 366), smaller than their parts', () => {
		const found = checkStatistics(withCells(hebei2016(), HEBEI_PUBLISHED_TOTALS)).filter((c) => c.id === 'H5');
		expect(found.map((c) => c.where.cells[0])).toEqual(['t4.review.total', 't4.direct.total']);
		expect(found[0].message).toContain(`总计为 466`);
		expect(found[0].message).toContain(`= ${285 + 81 + 105}`);
		expect(found[1].message).toContain(`= ${215 + 51 + 106}`);
	});
});

/** The identities that contain a cell, from the rules of the format (not from the checker). */
function identitiesContaining(format: FormatId, key: string): string[] {
	const [table, ...rest] = key.split('.');
	const col = rest.pop() as string;
	const row = rest.join('.');
	if (table === 't4') return [`H5 ${row}`];
	if (table !== 't3') return [];
	const part = getFormat(format).table3.find((r) => r.key === row)?.part;
	const out = [`H3 ${row}`];
	if (part === 'received' || part === 'carriedIn' || part === 'total' || part === 'carriedOut') out.push(`H1 ${col}`);
	if (part === 'result' || part === 'total') out.push(`H2 ${col}`);
	return out.sort();
}

/** Which identity instance a result is: H3 names its row, H1/H2 their column, H5 its group. */
function instance(r: CheckResult): string {
	const first = r.where.cells[0].split('.');
	if (r.id === 'H3') return `H3 ${first.slice(1, -1).join('.')}`;
	if (r.id === 'H5') return `H5 ${first[1]}`;
	return `${r.id} ${first.at(-1)}`;
}

describe('changing any one cell fails the right identity, naming that cell', () => {
	for (const [name, build] of Object.entries(SEEDS))
		for (const format of FORMATS)
			it(`${name}, ${format} format: every cell of 表三 and 表四, one at a time`, () => {
				const base = build(format);
				const cells = getFormat(format).cells.filter((c) => c.table !== 2);
				for (const def of cells) {
					const changed = withCells(base, { [def.key]: valueOf(base, def.key) + 1 });
					const failed = beyondBlankTable2(checkStatistics(changed));
					expect(failed.map(instance).sort(), def.key).toEqual(identitiesContaining(format, def.key));
					for (const f of failed) expect(f.where.cells, def.key).toContain(def.key);
				}
			});

	it('表二 has no identity of its own, but H4 refuses a negative, a fraction or a 7-decimal amount', () => {
		for (const format of FORMATS) {
			const base = hebei2016(format);
			for (const def of getFormat(format).cells.filter((c) => c.table === 2)) {
				const bad = def.kind === 'money' ? 1.1234567 : def.kind === 'delta' ? 2.5 : -1;
				const found = errors(checkStatistics(withCells(base, { [def.key]: bad }))).filter(
					(c) => c.id === 'H4' && c.where.cells.length === 1
				);
				expect(
					found.map((c) => c.where.cells[0]),
					def.key
				).toEqual([def.key]);
			}
		}
	});
});

describe('checking as the user types', () => {
	it('reports nothing on an empty form', () => {
		expect(checkStatistics(emptyStatistics('2021'), { complete: false })).toEqual([]);
	});

	it('checks an identity once all its cells are filled, and no other', () => {
		const stats = emptyStatistics('2021');
		// 一、本年新收: 64 自然人 + 2 社会公益组织 + 4 其他 = 70, typed as 71.
		Object.assign(stats.cells, {
			't3.received.natural': 64,
			't3.received.business': 0,
			't3.received.research': 0,
			't3.received.charity': 2,
			't3.received.legal': 0,
			't3.received.otherOrg': 4,
			't3.received.total': 71
		});
		const found = checkStatistics(stats, { complete: false });
		expect(found.map((c) => c.id)).toEqual(['H3']);
		expect(found[0].message).toBe(
			'表三「一、本年新收政府信息公开申请数量」行：总计为 71，而六类申请人之和为 70（自然人 64 + 社会公益组织 2 + 其他 4）'
		);
	});

	it('on submission, blank counts as 0 and every blank cell is named', () => {
		const stats: Statistics = withCells(langfang2014('2021'), { 't3.partial.legal': null });
		const h4 = checkStatistics(stats).filter((c) => c.id === 'H4' && c.where.cells.includes('t3.partial.legal'));
		expect(h4).toHaveLength(1);
		expect(h4[0].message).toMatch(/表三.*1 个单元格空白/);
	});
});
