// A stored upload sent back: access is checked by the caller; always an attachment, never sniffed or run.
import { error } from '@sveltejs/kit';
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { config } from '../db';
import { storedPath } from '../evidence/upload';
import { extensionOf } from '../evidence/sniff';
import { contentDisposition, withExtension } from '../evidence/names';

export function storedFileResponse(file: { hash: string; fileName: string; mimeType: string }): Response {
	const path = storedPath(config.uploadDir, file.hash);
	let size: number;
	try {
		size = statSync(path).size;
	} catch {
		error(404, '文件已丢失，请联系管理员');
	}
	const ext = extensionOf(file.mimeType);
	const name = ext ? withExtension(file.fileName, ext) : file.fileName;
	return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
		headers: {
			'Content-Type': file.mimeType,
			'Content-Length': String(size),
			'Content-Disposition': contentDisposition(name),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
			'Cache-Control': 'private, no-store'
		}
	});
}
