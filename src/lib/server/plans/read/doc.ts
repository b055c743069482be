// Old binary Word files (.doc, Word 97–2003, which WPS also writes), read with word-extractor.
// Its text keeps table cells tab-separated with every row ending in a tab, so a 任务分解表 inside
// comes back through the pasted-table reader; anything else is a prose plan. .xls shares the
// container (OLE compound file) and stays refused: no maintained reader without advisories.

import WordExtractor from 'word-extractor';
import { DomainError } from '../../shared/errors';
import { findPastedTable } from '../parse/pasted-table';
import type { PlanSource } from './index';
import { SAVE_AS_ADVICE } from './limits';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleFile(bytes: Uint8Array): boolean {
	return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** Whether the compound file holds a stream named `name` (directory names are UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(name, 'utf16le')) >= 0;
}

export async function readDocSource(bytes: Uint8Array): Promise<PlanSource> {
	if (!hasStream(bytes, 'WordDocument')) {
		const excel = hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book');
		throw new DomainError(
			'unsupported',
			excel
				? '这是旧版 Excel（.xls）文件，无法直接读取。请在 Excel 或 WPS 中另存为 .xlsx 后再上传，或复制表格粘贴到文字框'
				: `这是旧版 Office 文件，但不是 Word 文档，无法读取。${SAVE_AS_ADVICE}`
		);
	}
	let body: string;
	try {
		const doc = await new WordExtractor().extract(Buffer.from(bytes));
		// Keep “” and —— as written (its default filter turns them into ASCII).
		body = doc.getBody({ filterUnicode: false });
	} catch {
		throw new DomainError('invalid', `无法读取这份 .doc 文件（可能已加密或损坏）。${SAVE_AS_ADVICE}`);
	}
	if (!body.trim()) throw new DomainError('invalid', `这份 .doc 文件里没有文字。${SAVE_AS_ADVICE}`);
	const table = findPastedTable(body);
	// A .doc shows merged cells as blank ones, as pasted text does.
	if (table) return { kind: 'table', rows: table.rows, text: table.around, mergesBlank: true };
	return { kind: 'text', text: body };
}
