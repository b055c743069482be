// The model of both national formats: which cells exist, their keys, and the year that decides.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatForYear, getFormat, SECTION_HEADINGS, type FormatId } from '../../../src/lib/annual-report/format';
import { repoRoot } from '../plans/helpers';
import { requireAssertions } from './helpers';

requireAssertions();

describe('the year decides the format', () => {
	it('uses 〔2021〕30号 from 2021, the 〔2019〕60号 trial for 2019–2020, and none before 2019', () => {
		expect(formatForYear(2018)).toBeNull();
		expect(formatForYear(2019)).toBe('2019');
		expect(formatForYear(2020)).toBe('2019');
		expect(formatForYear(2021)).toBe('2021');
		expect(formatForYear(2035)).toBe('2021');
		expect(formatForYear(2021.5)).toBeNull();
		expect(getFormat('2021').basis).toBe('国办公开办函〔2021〕30号');
		expect(getFormat('2019').basis).toMatch(/〔2019〕60号/);
	});
});

describe('cells of each format', () => {
	// Counted from annual-report-format.md: 表二 rows × columns per block; 表三 7 columns × its rows
	// (一, 二, (一), (二), (三)×8, (四)×3, (五)×5, (六)×3 or ×1, (七), 四); 表四 3 groups × 5.
	const expected: Record<FormatId, { t2: number; t3rows: number }> = {
		'2021': { t2: 2 * 3 + 1 * 1 + 2 * 1 + 1 * 1, t3rows: 1 + 1 + 1 + 1 + 8 + 3 + 5 + 3 + 1 + 1 },
		'2019': { t2: 2 * 3 + 2 * 3 + 2 * 3 + 1 * 2 + 1 * 2, t3rows: 1 + 1 + 1 + 1 + 8 + 3 + 5 + 1 + 1 + 1 }
	};

	for (const id of ['2021', '2019'] as FormatId[]) {
		it(`has every cell of the ${id} format under a unique, well-formed key`, () => {
			const f = getFormat(id);
			const by = (t: number) => f.cells.filter((c) => c.table === t).length;
			expect(by(2)).toBe(expected[id].t2);
			expect(f.table3).toHaveLength(expected[id].t3rows);
			expect(by(3)).toBe(expected[id].t3rows * 7);
			expect(by(4)).toBe(15);
			const keys = f.cells.map((c) => c.key);
			expect(new Set(keys).size).toBe(keys.length);
			for (const k of keys) expect(k).toMatch(/^t[234]\.[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?\.[a-z][A-Za-z]*$/);
			for (const c of f.cells) expect(f.byKey.get(c.key)).toBe(c);
		});
	}

	it('prints the labels of the national tables', () => {
		const labels = getFormat('2021').table3.map((r) => r.label);
		expect(labels[0]).toBe('一、本年新收政府信息公开申请数量');
		expect(labels).toContain('3.危及“三安全一稳定”');
		expect(labels).toContain('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
		expect(labels.at(-1)).toBe('四、结转下年度继续办理');
		// The trial format has (六)其他处理 as one row.
		expect(getFormat('2019').table3.find((r) => r.key === 'other')?.label).toBe('（六）其他处理');
		expect(getFormat('2021').byKey.get('t2.fees.amount')?.kind).toBe('money');
		expect(getFormat('2019').byKey.get('t2.licensing.change')?.kind).toBe('delta');
		expect(SECTION_HEADINGS).toHaveLength(6);
	});

	it('documents every key of both formats in docs/annual-report.md', () => {
		const doc = readFileSync(join(repoRoot, 'docs/annual-report.md'), 'utf8');
		const missing = (['2021', '2019'] as FormatId[]).flatMap((id) =>
			getFormat(id)
				.cells.map((c) => c.key)
				.filter((k) => !doc.includes(`\`${k}\``))
		);
		expect(missing).toEqual([]);
	});
});
