import { error } from '@sveltejs/kit';
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestHandler } from './$types';
import { config, getDb } from '$lib/server/db';
import { evidenceForDownload } from '$lib/server/assignments/download';
import { storedPath } from '$lib/server/evidence/upload';
import { contentDisposition, withExtension } from '$lib/server/evidence/names';
import { requireUser } from '$lib/server/web/guards';

const EXT: Record<string, string> = {
	'application/pdf': 'pdf',
	'application/ofd': 'ofd',
	'application/msword': 'doc',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.ms-excel': 'xls',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'image/jpeg': 'jpg',
	'image/png': 'png',
	'application/zip': 'zip'
};

/** Downloads one evidence file: access checked, always as an attachment, never sniffed or run. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const id = Number(event.params.id);
	const file = evidenceForDownload(getDb(), user, id);
	if (!file) error(404, '材料不存在，或您无权查看');
	const path = storedPath(config.uploadDir, file.hash);
	let size: number;
	try {
		size = statSync(path).size;
	} catch {
		error(404, '文件已丢失，请联系管理员');
	}
	const name = EXT[file.mimeType] ? withExtension(file.fileName, EXT[file.mimeType]) : file.fileName;
	return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
		headers: {
			'Content-Type': file.mimeType,
			'Content-Length': String(size),
			'Content-Disposition': contentDisposition(name),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'private, no-store'
		}
	});
};
