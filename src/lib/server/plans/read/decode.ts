// Text files from Chinese offices: UTF-8 (with or without BOM), GB18030/GBK (what Excel and
// Notepad on a Chinese Windows save by default), or UTF-16 ("Unicode text" from Excel).

import { DomainError } from '../../shared/errors';
import { SAVE_AS_ADVICE } from './limits';

export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	if (looksBinary(bytes)) {
		throw new DomainError('unsupported', `文件内容不是文字，无法读取。${SAVE_AS_ADVICE}`);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

/** NUL bytes never occur in UTF-8 or GB18030 text; they mark executables, images, Office binaries. */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 8192);
	for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
	return false;
}
