// The writers: .docx in the official layout, read back by our own reader to the same report; text
// in the published TAB layout; and the committed fixtures built from the seeds still current.

import { describe, expect, it } from 'vitest';
import { SafeZip } from '../../../src/lib/server/plans/read/zip';
import { readReportDocx, readReportText } from '../../../src/lib/server/annual-report/read/index';
import type { ReportDocument } from '../../../src/lib/annual-report/types';
import { writeReportDocx } from '../../../src/lib/server/annual-report/write/docx';
import { writeReportText } from '../../../src/lib/server/annual-report/write/text';
import { BUILT_REPORTS } from '../../fixtures/reports/seed-reports';
import { readFixture, reportBytes, reportText, requireAssertions } from './helpers';

requireAssertions();

/** What a round trip must keep: everything the reader reads. */
const essence = (d: ReportDocument) => ({
	title: d.title,
	year: d.year,
	format: d.format,
	issuer: d.issuer,
	date: d.date,
	preamble: d.preamble,
	sections: d.sections,
	statistics: d.statistics
});

describe('.docx round trip', () => {
	const sources: [string, () => ReportDocument][] = [
		[
			'pingtan-2021',
			() => ({ ...readFixture('pingtan-2021.txt').report, issuer: '平潭综合实验区管委会办公室', date: '2022-02-08' })
		],
		['pingtan-2024', () => readFixture('pingtan-2024.txt').report],
		...Object.entries(BUILT_REPORTS)
	];
	for (const [name, build] of sources)
		it(`${name}: the written .docx reads back to the same report`, async () => {
			const doc = build();
			const back = readReportDocx(new Uint8Array(await writeReportDocx(doc)));
			expect(essence(back.report)).toEqual(essence(doc));
			expect(back.findings).toEqual([]);
		});
});

describe('the official layout', () => {
	it('names the fonts and sizes offices use, merges the national headers, numbers the pages', async () => {
		const zip = new SafeZip(new Uint8Array(await writeReportDocx(readFixture('pingtan-2021.txt').report)));
		const xml = zip.readText('word/document.xml');
		for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312'])
			expect(xml).toContain(`w:eastAsia="${font}"`);
		// 二号 title (22 pt = 44 half-points), 三号 body (32), 小四 tables (24).
		for (const size of [44, 32, 24]) expect(xml).toContain(`<w:sz w:val="${size}"/>`);
		// 表三: 申请人情况 over 7 columns, 法人或其他组织 over 5, the note over 3 label columns and 3 rows.
		expect(xml).toMatch(/<w:gridSpan w:val="7"\/>(?:(?!<\/w:tc>).)*申请人情况/);
		expect(xml).toMatch(/<w:gridSpan w:val="5"\/>(?:(?!<\/w:tc>).)*法人或其他组织/);
		expect(xml).toMatch(/<w:gridSpan w:val="10"\/>(?:(?!<\/w:tc>).)*行政诉讼/);
		expect(xml).toContain('<w:vMerge w:val="restart"/>');
		expect(xml).toContain('<w:tblHeader/>');
		// A4, GB/T 9704 margins.
		expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
		expect(xml).toMatch(/w:top="2098"[^>]*w:bottom="1984"[^>]*w:left="1587"|w:left="1587"/);
		const footers = zip.names().filter((n) => /word\/footer\d+\.xml/.test(n));
		expect(footers).toHaveLength(2);
		for (const f of footers) expect(zip.readText(f)).toContain('PAGE');
		expect(zip.readText('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
	});
});

describe('text in the published layout', () => {
	it('writes Pingtan 2024’s tables field for field as its web page gives them', () => {
		const original = reportText('pingtan-2024.txt');
		const written = writeReportText(readReportText(original).report);
		const rows = (t: string) => t.split('\n').filter((l) => l.includes('\t'));
		// The page splits some labels over lines («商业 企业», «三、本 年度办 理结果»): compare without spaces.
		expect(rows(written)).toEqual(rows(original).map((l) => l.replace(/ /g, '')));
		expect(rows(written)[rows(written).findIndex((l) => l.startsWith('（本列数据'))].split('\t')).toHaveLength(10);
	});

	it('keeps the committed seed-built fixtures current (re-run make-fixtures.ts if this fails)', () => {
		for (const [name, build] of Object.entries(BUILT_REPORTS)) {
			expect(reportText(`${name}.txt`), name).toBe(writeReportText(build()));
			if (name.includes('copied')) continue;
			expect(essence(readReportDocx(reportBytes(`${name}.docx`)).report), name).toEqual(essence(build()));
		}
	});
});
