// Uploaded plan files → text or a task table. The type is decided by content (zip parts, magic
// numbers), not by the name alone; limits and refusals carry Chinese messages for the user.
// readPlanSource reads what needs no async library (.docx, .xlsx, text); readPlanUpload reads
// everything, .doc and PDF included.

import { DomainError } from '../../shared/errors';
import { findPastedTable } from '../parse/pasted-table';
import { parsePlanText, type ParseOptions } from '../parse/plan-text';
import { findHeader } from '../parse/table-header';
import { parseTableWithText } from '../parse/task-table';
import type { ParsedPlan } from '../parse/types';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { isOleFile, readDocSource } from './doc';
import { dedupeRow, readDocxBlocks } from './docx';
import { MAX_FILE_BYTES, SAVE_AS_ADVICE } from './limits';
import { readPdfText } from './pdf';
import { readXlsxRows } from './xlsx';
import { isZip, SafeZip } from './zip';

export type PlanSource =
	/** `layout`: the paragraphs were rebuilt from a PDF's line positions (the preview says so). */
	| { kind: 'text'; text: string; layout?: 'reconstructed' }
	/** `text`: what surrounds the table (title paragraphs, 文号), for the plan's meta.
	 * `mergesBlank`: the format cannot show merged cells (.csv/.tsv, .doc); see TableOptions. */
	| { kind: 'table'; rows: string[][]; text: string; mergesBlank?: true };

const TEXT_EXTENSIONS = new Set(['txt', 'text', 'csv', 'tsv']);

function extensionOf(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? '';
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** Refusals for content we recognise but do not read. */
function refuseKnownBinary(bytes: Uint8Array): void {
	if (isOleFile(bytes)) {
		throw new DomainError(
			'unsupported',
			`这是旧版 Word/Excel（.doc/.xls）或 WPS 格式的文件，无法直接读取。${SAVE_AS_ADVICE}`
		);
	}
	if (startsWith(bytes, PDF_MAGIC)) {
		throw new DomainError('unsupported', `PDF 文件无法可靠地识别段落和表格。${SAVE_AS_ADVICE}`);
	}
	if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) {
		throw new DomainError('unsupported', `这是可执行程序，不是工作要点文件，已拒绝。${SAVE_AS_ADVICE}`);
	}
	if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) {
		throw new DomainError('unsupported', `不支持压缩包（.rar/.7z），请解压后上传其中的 .docx 或 .xlsx 文件`);
	}
	if (
		startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
		startsWith(bytes, [0xff, 0xd8, 0xff]) ||
		startsWith(bytes, [0x47, 0x49, 0x46])
	) {
		throw new DomainError('unsupported', `图片无法识别文字。${SAVE_AS_ADVICE}`);
	}
}

function readDocx(zip: SafeZip): PlanSource {
	const blocks = readDocxBlocks(zip.readText('word/document.xml'));
	// The largest table with task headers is the 任务分解表; everything else is surrounding text.
	let chosen = -1;
	blocks.forEach((b, i) => {
		if (b.kind !== 'table' || !findHeader(b.rows)) return;
		const best = blocks[chosen];
		if (chosen < 0 || (best.kind === 'table' && b.rows.length > best.rows.length)) chosen = i;
	});
	const lines: string[] = [];
	blocks.forEach((b, i) => {
		if (i === chosen) return;
		if (b.kind === 'p') lines.push(b.text);
		else for (const row of b.rows) lines.push(...dedupeRow(row));
	});
	const text = lines.join('\n');
	const table = blocks[chosen];
	return table && table.kind === 'table' ? { kind: 'table', rows: table.rows, text } : { kind: 'text', text };
}

function checkSize(bytes: Uint8Array): void {
	if (bytes.length === 0) throw new DomainError('invalid', '文件是空的，请检查后重新上传');
	if (bytes.length > MAX_FILE_BYTES) {
		throw new DomainError('too_large', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限，请删去图片或拆分后再上传`);
	}
}

export function readPlanSource(bytes: Uint8Array, fileName: string): PlanSource {
	checkSize(bytes);
	const ext = extensionOf(fileName);
	if (isZip(bytes)) {
		const zip = new SafeZip(bytes);
		if (zip.has('word/document.xml')) return readDocx(zip);
		if (zip.has('xl/workbook.xml')) return { kind: 'table', rows: readXlsxRows(zip), text: '' };
		throw new DomainError('unsupported', `压缩包里不是 Word（.docx）或 Excel（.xlsx）文档。${SAVE_AS_ADVICE}`);
	}
	refuseKnownBinary(bytes);
	if (ext === 'docx' || ext === 'xlsx' || ext === 'xlsm') {
		throw new DomainError(
			'unsupported',
			`文件扩展名是 .${ext}，但内容不是 Word/Excel 文档（可能是改了扩展名）。${SAVE_AS_ADVICE}`
		);
	}
	if (!TEXT_EXTENSIONS.has(ext)) {
		const what = ext ? `.${ext} 文件` : '没有扩展名的文件';
		throw new DomainError('unsupported', `不支持${what}。${SAVE_AS_ADVICE}`);
	}
	const text = decodeText(bytes);
	if (ext === 'csv') return { kind: 'table', rows: parseCsv(text), text: '', mergesBlank: true };
	if (ext === 'tsv') {
		// Saved from Excel (quoted cells) or from a copied Word table (broken rows): read as pasted.
		const pasted = findPastedTable(text);
		if (pasted) return { kind: 'table', rows: pasted.rows, text: pasted.around, mergesBlank: true };
		return { kind: 'table', rows: parseCsv(text), text: '', mergesBlank: true };
	}
	return { kind: 'text', text };
}

/** Every readable upload: what readPlanSource reads, plus .doc (word-extractor) and PDFs with a
 * text layer (pdf.js). */
export async function readPlanUpload(bytes: Uint8Array, fileName: string): Promise<PlanSource> {
	checkSize(bytes);
	if (isOleFile(bytes)) return readDocSource(bytes);
	if (startsWith(bytes, PDF_MAGIC)) return { kind: 'text', text: await readPdfText(bytes), layout: 'reconstructed' };
	return readPlanSource(bytes, fileName);
}

export function parsePlanSource(source: PlanSource, opts: ParseOptions = {}): ParsedPlan {
	if (source.kind === 'table') {
		return parseTableWithText(source.rows, source.text, { ...opts, mergesBlank: source.mergesBlank });
	}
	const parsed = parsePlanText(source.text, opts);
	if (source.layout === 'reconstructed') {
		parsed.warnings.unshift({
			code: 'layout_reconstructed',
			message: '这是 PDF 文件：段落是按文字在页面上的位置重新拼接的，分段、编号和单位可能与原文不同，请逐项核对'
		});
	}
	return parsed;
}

/** Read and parse any upload in one step (the importer and the CLI). */
export async function parsePlanUpload(
	bytes: Uint8Array,
	fileName: string,
	opts: ParseOptions = {}
): Promise<ParsedPlan> {
	return parsePlanSource(await readPlanUpload(bytes, fileName), opts);
}

/** Read and parse in one step, without .doc and PDF (benchmarks and tests of the sync readers). */
export function parsePlanFile(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): ParsedPlan {
	return parsePlanSource(readPlanSource(bytes, fileName), opts);
}
