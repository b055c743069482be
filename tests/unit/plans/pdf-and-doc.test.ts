// PDFs with a text layer (paragraphs rebuilt from line positions, with a warning), scanned PDFs
// and .xls refused with advice, .doc read; the committed PDF and .doc came from LibreOffice
// (make-fixtures.ts --office), so CI needs none.

import { describe, expect, it } from 'vitest';
import { parsePlanUpload, readPlanUpload } from '../../../src/lib/server/plans/read/index';
import { isPageNumber, paragraphsFromLines, type PdfLine } from '../../../src/lib/server/plans/read/pdf-layout';
import { SAVE_AS_ADVICE } from '../../../src/lib/server/plans/read/limits';
import { DomainError } from '../../../src/lib/server/shared/errors';
import { PROSE_PLAN } from '../../fixtures/plans/prose-plan';
import { fixtureBytes, requireAssertions, runCli } from './helpers';

requireAssertions();

async function refusal(p: Promise<unknown>): Promise<DomainError> {
	try {
		await p;
	} catch (e) {
		expect(e).toBeInstanceOf(DomainError);
		return e as DomainError;
	}
	throw new Error('expected a refusal');
}

describe('a text PDF printed from a prose plan', () => {
	it('gives back the paragraphs of the document it was printed from', async () => {
		const source = await readPlanUpload(fixtureBytes('prose-plan.pdf'), '要点.pdf');
		expect(source).toMatchObject({ kind: 'text', layout: 'reconstructed' });
		// Three pages, page numbers in the footer, paragraphs broken over pages: one line each again.
		expect(source.kind === 'text' && source.text.split('\n')).toEqual(PROSE_PLAN.map(([, text]) => text));
	});

	it('parses the plan in full, with the layout warning first', async () => {
		const p = await parsePlanUpload(fixtureBytes('prose-plan.pdf'), '要点.pdf');
		expect(p.plan).toEqual({
			title: '石家庄市2021年政务公开工作要点',
			year: 2021,
			doc_number: '石政办函〔2021〕16号',
			issuer: '石家庄市人民政府办公室',
			issued_on: '2021-04-02'
		});
		const items = p.sections.map((s) => [
			`${s.code}、${s.title}`,
			s.items.map((t) => [
				t.code,
				t.title,
				t.lead_units,
				t.responsible_units,
				t.open_list,
				t.deadlines.map((d) => d.date),
				t.duties
			])
		]);
		const counties = '各县(市、区)政府';
		expect(items).toEqual([
			[
				'一、围绕提升政府治理能力加强公开',
				[
					['(一)', '加强权力配置信息公开', ['市政府办公室', '市委编办'], ['市政府各部门'], false, ['2021-09-30'], []],
					['(二)', '推进重大行政决策公开', [], ['市司法局', counties], false, ['2021-12-31'], []]
				]
			],
			[
				'二、围绕优化营商环境加强公开',
				[
					[
						'(一)',
						'提升政务服务透明度便利度',
						['市行政审批局'],
						['市数据资源管理局'],
						true,
						['2021-06-30'],
						['每季度更新一次政务服务事项清单']
					],
					['(二)', '提升政策服务精准性实效性', [], ['市发改委', '市财政局', '市税务局'], false, [], []]
				]
			],
			[
				'三、围绕夯实公开基础加强工作保障',
				[
					['(一)', '加强组织领导', [], [counties, '市政府各部门'], false, [], []],
					['(二)', '规范考核评估', ['市政府办公室'], [counties], false, ['2021-11-30'], []]
				]
			]
		]);
		expect(p.warnings.map((w) => w.code)).toEqual(['layout_reconstructed']);
		expect(p.warnings[0].message).toMatch(/PDF.*重新拼接.*请逐项核对/);
	});

	it('prints the plan:parse JSON for a PDF, the warning included', () => {
		const r = runCli(['tests/fixtures/plans/prose-plan.pdf']);
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout) as { counts: { sections: number; items: number }; warnings: { code: string }[] };
		expect(json.counts).toMatchObject({ sections: 3, items: 2 + 2 + 2 });
		expect(json.warnings.map((w) => w.code)).toEqual(['layout_reconstructed']);
	}, 60_000);
});

describe('PDFs that cannot be read', () => {
	it('refuses a scanned PDF (an image, no text) with the advice to save as .docx or paste', async () => {
		const e = await refusal(readPlanUpload(fixtureBytes('scanned-plan.pdf'), '扫描件.pdf'));
		expect(e.code).toBe('unsupported');
		expect(e.message).toMatch(/扫描件/);
		expect(e.message).toContain(SAVE_AS_ADVICE);
	});

	it('refuses a damaged PDF', async () => {
		const e = await refusal(readPlanUpload(new TextEncoder().encode('%PDF-1.7\n…'), 'plan.pdf'));
		expect(e.code).toBe('invalid');
		expect(e.message).toMatch(/PDF 文件已损坏/);
	});
});

describe('paragraphs from lines', () => {
	// A4 body: 16 pt lines from x 80 to 515, 28 pt apart.
	const line = (page: number, y: number, text: string, x = 80, right = 515, size = 16): PdfLine => ({
		page,
		x,
		right,
		y,
		size,
		text
	});

	it('joins full lines, breaks at an indent or a short last line, and runs on over a page break', () => {
		const lines = [
			line(1, 700, '标题在中间', 200, 400, 22),
			line(1, 650, '一、第一部分', 112, 260),
			line(1, 622, '(一)第一项的第一行', 112),
			line(1, 594, '第二行'),
			line(1, 566, '短的最后一行。', 80, 300),
			line(1, 538, '(二)第二项', 112),
			line(1, 60, '— 1 —', 280, 320, 14),
			line(2, 760, '接着上一页。', 80, 200)
		];
		expect(paragraphsFromLines(lines)).toEqual([
			'标题在中间',
			'一、第一部分',
			'(一)第一项的第一行第二行短的最后一行。',
			'(二)第二项接着上一页。'
		]);
	});

	it('breaks at a wide gap and keeps a space between ASCII words', () => {
		const lines = [line(1, 700, 'Open Government'), line(1, 672, 'Data', 80, 200), line(1, 600, '新的一段', 80, 300)];
		expect(paragraphsFromLines(lines)).toEqual(['Open Government Data', '新的一段']);
	});

	it.each(['— 1 —', '-2-', '3', '第 4 页', '第5页 共12页', '6 / 12'])('drops the page number %s', (text) => {
		expect(isPageNumber(text)).toBe(true);
	});

	it('keeps a line that only starts with a number', () => {
		expect(isPageNumber('2021年4月2日')).toBe(false);
	});
});

describe('old binary Office files', () => {
	/** An OLE compound file header with one directory name in it (UTF-16LE), as Office writes. */
	function ole(stream: string): Uint8Array {
		const bytes = new Uint8Array(4096);
		bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		bytes.set(new Uint8Array(Buffer.from(stream, 'utf16le')), 1024);
		return bytes;
	}

	it('refuses .xls with the advice to save as .xlsx: no maintained reader without advisories', async () => {
		const e = await refusal(readPlanUpload(ole('Workbook'), '任务分解表.xls'));
		expect(e.code).toBe('unsupported');
		expect(e.message).toMatch(/旧版 Excel（\.xls）.*另存为 \.xlsx/);
	});

	it('refuses a damaged .doc with a Chinese message', async () => {
		const e = await refusal(readPlanUpload(ole('WordDocument'), '要点.doc'));
		expect(e.code).toBe('invalid');
		expect(e.message).toMatch(/无法读取这份 \.doc 文件/);
	});

	it('prints the plan:parse JSON for a .doc', () => {
		const r = runCli(['tests/fixtures/plans/shape-three-levels.doc']);
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout) as { sections: { items: { code: string }[] }[] };
		expect(json.sections.map((s) => s.items.map((i) => i.code))).toEqual([
			['(一)1.', '(一)2.', '(二)3.'],
			['(一)4.', '(一)5.', '(二)6.']
		]);
	}, 60_000);
});
