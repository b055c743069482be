import { error } from '@sveltejs/kit';
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestHandler } from './$types';
import { config, getDb } from '$lib/server/db';
import { evidenceForDownload } from '$lib/server/assignments/download';
import { storedPath } from '$lib/server/evidence/upload';
import { extensionOf } from '$lib/server/evidence/sniff';
import { contentDisposition, withExtension } from '$lib/server/evidence/names';
import { requireUser } from '$lib/server/web/guards';

/** Downloads one evidence file: access checked, always as an attachment, never sniffed or run. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const file = evidenceForDownload(getDb(), user, Number(event.params.id));
	if (!file) error(404, '材料不存在，或您无权查看');
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
};
