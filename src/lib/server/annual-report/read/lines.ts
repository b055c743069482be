// A report as lines: paragraphs and table rows in document order. From text, a line with a TAB is a
// table row (what copying a table from a web page or from Word gives); from .docx, every row of every
// table (spans repeated into each grid column, merges carried down: see plans/read/docx.ts).

import { DomainError } from '../../shared/errors';
import { decodeText } from '../../plans/read/decode';
import { readDocxBlocks } from '../../plans/read/docx';
import { MAX_FILE_BYTES } from '../../plans/read/limits';
import { isZip, SafeZip } from '../../plans/read/zip';

export type ReportLine = { kind: 'p'; text: string } | { kind: 'row'; cells: string[] };

/** Inside a cell, paragraphs and line breaks become one space, as in the published fixtures. */
const cellText = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

export function linesFromText(text: string): ReportLine[] {
	const out: ReportLine[] = [];
	for (const raw of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)) {
		if (raw.includes('\t')) out.push({ kind: 'row', cells: raw.split('\t').map(cellText) });
		else if (raw.trim()) out.push({ kind: 'p', text: raw.trim() });
	}
	return out;
}

export function linesFromDocx(bytes: Uint8Array): ReportLine[] {
	const zip = new SafeZip(bytes);
	if (!zip.has('word/document.xml')) throw new DomainError('unsupported', ADVICE_NOT_WORD);
	const out: ReportLine[] = [];
	for (const b of readDocxBlocks(zip.readText('word/document.xml'))) {
		if (b.kind === 'p') {
			const text = b.text.replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws)).trim();
			if (text) out.push({ kind: 'p', text });
		} else {
			for (const row of b.rows) out.push({ kind: 'row', cells: row.map(cellText) });
		}
	}
	return out;
}

const ADVICE = '请上传 .docx 文件，或把报告全文（含表格）复制后粘贴为文字';
const ADVICE_NOT_WORD = `压缩包里不是 Word（.docx）文档。${ADVICE}`;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? '';
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** An uploaded report file → lines. The type is decided by the content; the name only breaks ties. */
export function linesFromFile(bytes: Uint8Array, fileName: string): ReportLine[] {
	if (bytes.length === 0) throw new DomainError('invalid', '文件是空的，请检查后重新上传');
	if (bytes.length > MAX_FILE_BYTES)
		throw new DomainError('too_large', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限，请删去图片后再上传`);
	if (isZip(bytes)) return linesFromDocx(bytes);
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
		throw new DomainError(
			'unsupported',
			`这是旧版 Word（.doc）或 WPS 格式的文件，无法直接读取。请用 Word 另存为 .docx，或粘贴全文`
		);
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
		throw new DomainError('unsupported', `PDF 文件无法可靠地还原表格。${ADVICE}`);
	const ext = extensionOf(fileName);
	if (ext === 'docx') throw new DomainError('unsupported', `文件扩展名是 .docx，但内容不是 Word 文档。${ADVICE}`);
	if (ext && !['txt', 'text', 'tsv'].includes(ext))
		throw new DomainError('unsupported', `不支持 .${ext} 文件。${ADVICE}`);
	let text: string;
	try {
		text = decodeText(bytes);
	} catch {
		throw new DomainError('unsupported', `文件内容不是文字，也不是 Word 文档，无法读取。${ADVICE}`);
	}
	return linesFromText(text);
}
