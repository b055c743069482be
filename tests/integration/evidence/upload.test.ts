import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { receiveUpload, storedPath } from '../../../src/lib/server/evidence/upload';
import { cleanFileName, contentDisposition, withExtension } from '../../../src/lib/server/evidence/names';
import { DomainError } from '../../../src/lib/server/shared/errors';
import {
	docxBytes,
	exeBytes,
	htmlBytes,
	multipart,
	ofdBytes,
	oleBytes,
	pdfBytes,
	pngBytes,
	xlsxBytes,
	zipBytes
} from '../../helpers/files';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'yd-upload-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const limits = (maxBytes = 1024 * 1024) => ({ uploadDir: dir, maxBytes });
/** Every file under the upload dir (tmp included): what a failure must not leave behind. */
const filesOnDisk = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;

async function refused(p: Promise<unknown>): Promise<DomainError> {
	try {
		await p;
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a refusal');
}

describe('receiving evidence uploads', () => {
	it('streams a PDF to its content hash and keeps the text fields', async () => {
		const bytes = pdfBytes(5000);
		const { contentType, body } = multipart({ description: '印发文件' }, { name: '通知.pdf', bytes });
		const up = await receiveUpload(contentType, body, limits());
		const hash = createHash('sha256').update(bytes).digest('hex');
		expect(up.fields.description).toBe('印发文件');
		expect(up.file).toMatchObject({ hash, size: bytes.length, originalName: '通知.pdf' });
		expect(up.file?.type.ext).toBe('pdf');
		expect(readFileSync(storedPath(dir, hash))).toEqual(Buffer.from(bytes));
		expect(filesOnDisk()).toBe(1);
	});

	it('stores identical content once', async () => {
		const a = multipart({}, { name: 'a.pdf', bytes: pdfBytes() });
		const b = multipart({}, { name: 'b.pdf', bytes: pdfBytes() });
		const first = (await receiveUpload(a.contentType, a.body, limits())).file!;
		const second = (await receiveUpload(b.contentType, b.body, limits())).file!;
		expect(second.hash).toBe(first.hash);
		expect(second.path).toBe(first.path);
		expect(filesOnDisk()).toBe(1);
	});

	it('refuses an oversized file with a clear message and leaves nothing on disk', async () => {
		const { contentType, body } = multipart({}, { name: '大文件.pdf', bytes: pdfBytes(300_000) });
		const e = await refused(receiveUpload(contentType, body, limits(100_000)));
		expect(e.code).toBe('too_large');
		expect(e.message).toBe('“大文件.pdf”超过 0.1 MB 上限，未保存');
		expect(filesOnDisk()).toBe(0);
	});

	it.each([
		['an executable renamed to .pdf', 'setup.pdf', exeBytes()],
		['an HTML page posing as a PDF', 'report.pdf', htmlBytes()],
		['a text file named .docx', 'plan.docx', new TextEncoder().encode('not a zip at all')]
	])('refuses %s, judging by content', async (_what, name, bytes) => {
		const { contentType, body } = multipart({}, { name, bytes });
		const e = await refused(receiveUpload(contentType, body, limits()));
		expect(e.code).toBe('unsupported');
		expect(e.message).toContain('按文件内容判断');
		expect(filesOnDisk()).toBe(0);
	});

	it.each([
		['docx', docxBytes()],
		['xlsx', xlsxBytes()],
		['ofd', ofdBytes()],
		['zip', zipBytes()],
		['png', pngBytes()],
		['doc', oleBytes('WordDocument')],
		['xls', oleBytes('Workbook')]
	])('recognises %s by its bytes', async (ext, bytes) => {
		const { contentType, body } = multipart({}, { name: 'whatever.bin', bytes });
		expect((await receiveUpload(contentType, body, limits())).file?.type.ext).toBe(ext);
	});

	it('keeps a path-traversal or control-character name only as a clean display name', async () => {
		const { contentType, body } = multipart({}, { name: '../../etc/\u202ecod.exe\u0007\u001b.pdf', bytes: pdfBytes() });
		const up = await receiveUpload(contentType, body, limits());
		expect(up.file?.originalName).toBe('cod.exe.pdf');
		expect(up.file?.path.startsWith(dir)).toBe(true);
		expect(existsSync(join(dir, '..', '..', 'etc'))).toBe(existsSync('/etc'));
		expect(cleanFileName('..\\..\\windows\\报告.pdf')).toBe('报告.pdf');
		expect(cleanFileName('\u0000\u0001')).toBe('附件');
	});

	it('sends a safe Content-Disposition and fixes a misleading extension', () => {
		expect(withExtension('截图.pdf', 'png')).toBe('截图.png');
		expect(withExtension('照片.JPEG', 'jpg')).toBe('照片.JPEG');
		const cd = contentDisposition('2020年"通知".pdf');
		expect(cd).toBe(`attachment; filename="2020_____.pdf"; filename*=UTF-8''${encodeURIComponent('2020年"通知".pdf')}`);
	});

	it('refuses a broken multipart body cleanly, leaving nothing', async () => {
		const boundary = 'xyz';
		const raw = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 truncated`;
		const body = new Request('http://x', { method: 'POST', body: raw }).body!;
		const e = await refused(receiveUpload(`multipart/form-data; boundary=${boundary}`, body, limits()));
		expect(e.code).toBe('invalid');
		expect(filesOnDisk()).toBe(0);
	});

	it('reads a body that arrives in tiny chunks (markers split across chunks)', async () => {
		const bytes = pdfBytes(2000);
		const { contentType, body } = multipart({ description: '分片' }, { name: 'x\u0007y.pdf', bytes });
		const whole = new Uint8Array(await new Response(body).arrayBuffer());
		const tiny = new ReadableStream<Uint8Array>({
			start(c) {
				for (let i = 0; i < whole.length; i += 7) c.enqueue(whole.subarray(i, i + 7));
				c.close();
			}
		});
		const up = await receiveUpload(contentType, tiny, limits());
		expect(up.fields.description).toBe('分片');
		expect(up.file).toMatchObject({
			originalName: 'xy.pdf',
			size: bytes.length,
			hash: createHash('sha256').update(bytes).digest('hex')
		});
	});

	it('answers a form without a file with no file', async () => {
		const { contentType, body } = multipart({ description: 'x' });
		expect((await receiveUpload(contentType, body, limits())).file).toBeNull();
	});
});
