// New reports, the entry grid and pasting from Excel; and the reader on arbitrary input.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/lib/annual-report/checks/index';
import { entryGrid, newReport, pasteCells } from '../../../src/lib/annual-report/document';
import { getFormat } from '../../../src/lib/annual-report/format';
import { readReportText } from '../../../src/lib/server/annual-report/read/index';
import { writeReportText } from '../../../src/lib/server/annual-report/write/text';
import { DomainError } from '../../../src/lib/server/shared/errors';
import { reportText, requireAssertions } from './helpers';

requireAssertions();

describe('newReport', () => {
	it('has the six sections and every cell of the year’s format blank', () => {
		const doc = newReport({
			title: '石家庄市2021年政府信息公开工作年度报告',
			year: 2021,
			issuer: '石家庄市人民政府办公室'
		});
		expect(doc.format).toBe('2021');
		expect(doc.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(Object.values(doc.statistics.cells).every((v) => v === null)).toBe(true);
		expect(Object.keys(doc.statistics.cells)).toHaveLength(getFormat('2021').cells.length);
		// An empty draft is not ready: every table blank, 五 empty, 六 silent on 信息处理费.
		expect([...new Set(checkReport(doc).map((c) => c.id))]).toEqual(['H4', 'W5', 'W6']);
	});

	it('refuses a year before the national format', () => {
		expect(() => newReport({ title: 'x', year: 2018 })).toThrow(DomainError);
	});
});

describe('entry grid and pasting from Excel', () => {
	it('lists the cells in printed order', () => {
		const t3 = entryGrid('2021', 3);
		expect(t3).toHaveLength(25);
		expect(t3[0]).toEqual(
			['natural', 'business', 'research', 'charity', 'legal', 'otherOrg', 'total'].map((c) => `t3.received.${c}`)
		);
		expect(entryGrid('2021', 4)[0]).toHaveLength(15);
		expect(entryGrid('2021', 2).map((r) => r.length)).toEqual([3, 3, 1, 1, 1, 1]);
		expect(entryGrid('2019', 2).map((r) => r.length)).toEqual([3, 3, 3, 3, 3, 3, 2, 2]);
	});

	it('maps a pasted block onto the cells from where it is dropped', () => {
		// Pingtan 2021's first two rows of 表三, as Excel copies them.
		const p = pasteCells('2021', 't3.received.natural', '64\t0\t0\t2\t0\t4\t70\r\n0\t0\t0\t0\t0\t0\t0\r\n');
		expect(p.errors).toEqual([]);
		expect(p.outside).toBe(0);
		expect(p.cells['t3.received.total']).toBe(70);
		expect(p.cells['t3.carriedIn.otherOrg']).toBe(0);
		expect(Object.keys(p.cells)).toHaveLength(14);
	});

	it('reports fields that are not numbers and counts what falls off the table', () => {
		const p = pasteCells('2021', 't3.received.legal', '1\t—\t3\t4');
		expect(p.cells).toEqual({ 't3.received.legal': 1, 't3.received.total': 3 });
		expect(p.errors).toEqual([{ key: 't3.received.otherOrg', message: '「—」不是数字' }]);
		expect(p.outside).toBe(1);
		expect(() => pasteCells('2021', 't9.nothing', '1')).toThrow(/没有这个单元格/);
	});
});

describe('the reader on arbitrary input', () => {
	it('returns a report or refuses with a DomainError, never anything else', () => {
		const base = reportText('pingtan-2024.txt').split('\n');
		const line = fc.oneof(
			fc.constantFrom(...base),
			fc.string(),
			fc
				.array(
					fc.oneof(fc.constantFrom('', '0', '12', '—', '总计', '自然人', '（三）不予公开', '3.其他'), fc.string()),
					{ maxLength: 16 }
				)
				.map((f) => f.join('\t'))
		);
		let [read, refused] = [0, 0];
		const attempt = (lines: string[]) => {
			try {
				const { report } = readReportText(lines.join('\n'));
				// Whatever it read, the checks and the writer cope with it.
				checkReport(report);
				writeReportText(report);
				read++;
			} catch (e) {
				if (!(e instanceof DomainError)) throw e;
				refused++;
			}
		};
		// Arbitrary lines, and the real report with some of its lines replaced by arbitrary ones.
		fc.assert(fc.property(fc.array(line, { maxLength: 60 }), attempt), { numRuns: 200 });
		const edits = fc.array(fc.tuple(fc.nat(base.length - 1), line), { maxLength: 8 });
		fc.assert(
			fc.property(edits, (changes) => {
				const lines = [...base];
				for (const [at, l] of changes) lines[at] = l;
				attempt(lines);
			}),
			{ numRuns: 200 }
		);
		// Both paths were exercised.
		expect(read).toBeGreaterThan(0);
		expect(refused).toBeGreaterThan(0);
	});
});
