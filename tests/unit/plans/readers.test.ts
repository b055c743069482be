// Reading uploads: type by content, limits, zip bombs, encodings, and the .docx text path.

import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/lib/server/plans/parse/plan-text';
import { parseCsv } from '../../../src/lib/server/plans/read/csv';
import { parsePlanFile, readPlanSource } from '../../../src/lib/server/plans/read/index';
import { SafeZip, DEFAULT_ZIP_LIMITS } from '../../../src/lib/server/plans/read/zip';
import { DomainError } from '../../../src/lib/server/shared/errors';
import { buildDocx, docxParts, encodeGb18030, para, table, xlsxParts } from '../../fixtures/plans/ooxml';
import {
	expectMatchesFixture,
	fixtureBytes,
	loadReferenceExpected,
	referencePlanPath,
	requireAssertions
} from './helpers';
import { summarisePlan } from '../../../src/lib/server/plans/parse/summary';

requireAssertions();

/** The DomainError a call throws (fails the test when it throws nothing or something else). */
function refusal(fn: () => unknown): DomainError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(DomainError);
		return e as DomainError;
	}
	throw new Error('expected a refusal');
}

const CJK = /[\u4e00-\u9fff]/;
const referenceText = readFileSync(referencePlanPath, 'utf8');

describe('limits and refusals', () => {
	it('refuses an empty file', () => {
		const e = refusal(() => readPlanSource(new Uint8Array(0), 'plan.docx'));
		expect(e.code).toBe('invalid');
		expect(e.message).toMatch(/文件是空的/);
	});

	it('refuses an 11 MB file as too large', () => {
		const e = refusal(() => readPlanSource(new Uint8Array(11 * 1024 * 1024).fill(0x41), 'plan.txt'));
		expect(e.code).toBe('too_large');
		expect(e.message).toMatch(/10 MB/);
	});

	it('refuses an executable renamed to plan.docx', () => {
		const exe = new Uint8Array(4096);
		exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
		const e = refusal(() => readPlanSource(exe, 'plan.docx'));
		expect(e.code).toBe('unsupported');
		expect(e.message).toMatch(/可执行程序/);
		expect(e.message).toMatch(/另存为 \.docx 或 \.xlsx/);
	});

	it('refuses an old binary .doc with the advice to save as .docx', () => {
		const doc = new Uint8Array(2048);
		doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		const e = refusal(() => readPlanSource(doc, '要点.doc'));
		expect(e.code).toBe('unsupported');
		expect(e.message).toMatch(/\.doc/);
		expect(e.message).toMatch(/请另存为 \.docx 或 \.xlsx 后再上传/);
	});

	it('refuses a PDF, and text saved under an unsupported extension', () => {
		expect(refusal(() => readPlanSource(strToU8('%PDF-1.7\n...'), 'plan.pdf')).code).toBe('unsupported');
		const e = refusal(() => readPlanSource(strToU8('一、公开'), 'plan.doc'));
		expect(e.code).toBe('unsupported');
		expect(e.message).toMatch(CJK);
	});

	it('refuses a text file renamed to .docx (the content is not a Word document)', () => {
		const e = refusal(() => readPlanSource(strToU8(referenceText), 'plan.docx'));
		expect(e.code).toBe('unsupported');
		expect(e.message).toMatch(/改了扩展名/);
	});

	it('refuses a zip that is neither a Word nor an Excel document', () => {
		const e = refusal(() => readPlanSource(zipSync({ 'a.txt': strToU8('hi') }), 'plan.docx'));
		expect(e.code).toBe('unsupported');
	});

	it('refuses a truncated zip as damaged', () => {
		const bytes = buildDocx(para('x')).slice(0, 60);
		const e = refusal(() => readPlanSource(bytes, 'plan.docx'));
		expect(e.code).toBe('invalid');
		expect(e.message).toMatch(/损坏/);
	});
});

describe('zip bombs', () => {
	// 60 MB of zeros deflates to about 60 KB; built once, since compressing it takes a while.
	const zeros = new Uint8Array(60 * 1024 * 1024);
	let docxBomb: Uint8Array | undefined;
	const bomb = (parts: Record<string, Uint8Array>) => zipSync(parts, { level: 9 });
	const getDocxBomb = () => (docxBomb ??= bomb({ ...docxParts(''), 'word/document.xml': zeros }));

	it('refuses a small .docx whose document inflates far past the cap', () => {
		const bytes = getDocxBomb();
		expect(bytes.length).toBeLessThan(1024 * 1024);
		const e = refusal(() => readPlanSource(bytes, 'plan.docx'));
		expect(e.code).toBe('too_large');
		expect(e.message).toBe('文件解压后过大，疑似压缩炸弹，已拒绝');
	});

	it('refuses a small .xlsx whose sheet inflates far past the cap', () => {
		const parts = xlsxParts([{ name: 'S', xml: '<sheetData/>' }]);
		const bytes = bomb({ ...parts, 'xl/worksheets/sheet1.xml': zeros });
		const e = refusal(() => readPlanSource(bytes, 'plan.xlsx'));
		expect(e.code).toBe('too_large');
		expect(e.message).toMatch(/压缩炸弹/);
	});

	it('counts the bytes actually inflated, not the sizes the zip declares', () => {
		const bytes = getDocxBomb().slice();
		// Rewrite every declared uncompressed size (local and central headers) to 100 bytes.
		const view = new DataView(bytes.buffer);
		for (let i = 0; i + 4 <= bytes.length; i++) {
			const sig = view.getUint32(i, true);
			if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
			if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
		}
		expect(refusal(() => readPlanSource(bytes, 'plan.docx')).code).toBe('too_large');
	});

	it('stops at the total cap even when each entry’s ratio looks normal', () => {
		const noisy = new Uint8Array(3 * 1024 * 1024);
		let seed = 7;
		for (let i = 0; i < noisy.length; i++) {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			noisy[i] = 0x41 + (seed % 4);
		}
		const zip = new SafeZip(zipSync({ a: noisy, b: noisy }), {
			...DEFAULT_ZIP_LIMITS,
			maxInflatedBytes: 5 * 1024 * 1024
		});
		expect(zip.read('a').length).toBe(noisy.length);
		const e = refusal(() => zip.read('b'));
		expect(e.code).toBe('too_large');
	});

	it('refuses a zip with thousands of entries', () => {
		const parts: Record<string, Uint8Array> = { ...docxParts(para('x')) } as Record<string, Uint8Array>;
		for (let i = 0; i < 6000; i++) parts[`junk/${i}.xml`] = new Uint8Array(1);
		const e = refusal(() => readPlanSource(zipSync(parts, { level: 0 }), 'plan.docx'));
		expect(e.code).toBe('too_large');
		expect(e.message).toMatch(/文件数量/);
	});
});

describe('type by content', () => {
	it('reads an .xlsx that was named .docx as the workbook it is', () => {
		const source = readPlanSource(fixtureBytes('task-table.xlsx'), 'plan.docx');
		expect(source.kind).toBe('table');
	});

	it('reads a .docx without a task table as text, paragraphs in order, other tables’ cells as lines', () => {
		const body = [
			para('石家庄市2020年政务公开工作要点'),
			table([[{ text: '联系人' }, { text: '电话' }]]),
			para('一、', '围绕提升政府治理能力加强公开'),
			para('(一)加强公开。(责任单位:市司法局)')
		].join('');
		const source = readPlanSource(buildDocx(body), 'plan.docx');
		expect(source).toEqual({
			kind: 'text',
			text: '石家庄市2020年政务公开工作要点\n联系人\n电话\n一、围绕提升政府治理能力加强公开\n(一)加强公开。(责任单位:市司法局)'
		});
	});

	it('reads tabs, line breaks, entities, horizontal spans and value-less vMerge in document.xml', () => {
		const body =
			'<w:p><w:r><w:t>甲</w:t><w:tab/><w:t xml:space="preserve">乙 &amp; 丙</w:t><w:br/><w:t>丁</w:t></w:r></w:p>' +
			'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>完成时限</w:t></w:r></w:p></w:tc></w:tr>' +
			'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>一、跨两列</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>年底前</w:t></w:r></w:p></w:tc></w:tr>' +
			'<w:tr><w:tc><w:p><w:r><w:t>公开预算</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市财政局</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>';
		const source = readPlanSource(buildDocx(body), 'plan.docx');
		expect(source).toEqual({
			kind: 'table',
			text: '甲\t乙 & 丙\n丁',
			rows: [
				['工作任务', '责任单位', '完成时限'],
				['一、跨两列', '一、跨两列', '年底前'],
				['公开预算', '市财政局', '年底前']
			]
		});
	});

	it('does not take an ordinary table (序号 | 项目 | 金额) for a task table', () => {
		const body = [
			para('2020年政务公开工作要点'),
			table([
				[{ text: '序号' }, { text: '项目' }, { text: '金额' }],
				[{ text: '1' }, { text: '网站' }, { text: '10' }]
			]),
			para('(一)公开预算。(责任单位:市财政局)')
		].join('');
		const source = readPlanSource(buildDocx(body), 'plan.docx');
		expect(source.kind).toBe('text');
	});

	it('parses the reference plan saved as a .docx exactly as the text', () => {
		const body = referenceText
			.split('\n')
			.map((l) => para(l))
			.join('');
		const parsed = parsePlanFile(buildDocx(body), '要点.docx');
		expectMatchesFixture(summarisePlan(parsed), loadReferenceExpected());
	});

	it('decodes a GB18030 .txt, a UTF-8 .txt with BOM and a UTF-16 .txt to the same plan', () => {
		const expected = parsePlanText(referenceText);
		const gb = readPlanSource(encodeGb18030(referenceText), 'plan.txt');
		const bom = readPlanSource(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(referenceText)]), 'plan.txt');
		const u16 = new Uint8Array(2 + referenceText.length * 2);
		u16.set([0xff, 0xfe]);
		for (let i = 0; i < referenceText.length; i++)
			new DataView(u16.buffer).setUint16(2 + i * 2, referenceText.charCodeAt(i), true);
		for (const s of [gb, bom, readPlanSource(u16, 'plan.txt')]) {
			expect(s.kind).toBe('text');
			if (s.kind === 'text') expect(parsePlanText(s.text)).toEqual(expected);
		}
	});
});

describe('CSV', () => {
	it('follows RFC 4180 quoting', () => {
		expect(parseCsv('a,"b,c","d""e""",f\r\n"line1\nline2",,x\n')).toEqual([
			['a', 'b,c', 'd"e"', 'f'],
			['line1\nline2', '', 'x']
		]);
	});

	it('detects a tab delimiter', () => {
		expect(parseCsv('工作任务\t责任单位\n公开预算\t市财政局,市税务局')).toEqual([
			['工作任务', '责任单位'],
			['公开预算', '市财政局,市税务局']
		]);
	});
});
