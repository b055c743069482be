// Receiving an evidence upload: the multipart body is streamed to a temporary file while it is
// hashed and counted (never held whole in memory), then checked by content and moved to its
// content-addressed place outside static/. A refused upload leaves nothing behind.
//
// Files are never deleted in a request: the same content is shared by every row that uploads it (units
// upload the same official PDF), so the finished upload is always moved over the final path — the
// same bytes, atomically — and the orphan sweep (sweep.ts) removes files no row references once they
// are older than its grace period. A row therefore never points at a missing file.
import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DomainError } from '../shared/errors';
import { cleanFileName } from './names';
import { ALLOWED_LABEL, sniffFileType, type FileType } from './sniff';

export interface UploadLimits {
	uploadDir: string;
	maxBytes: number;
}

export interface StoredFile {
	hash: string;
	size: number;
	type: FileType;
	/** Display name (cleaned; never used as a path). */
	originalName: string;
	path: string;
}

export interface ReceivedUpload {
	fields: Record<string, string>;
	file: StoredFile | null;
}

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 64 * 1024 + 22;

export function storedPath(uploadDir: string, hash: string): string {
	return join(uploadDir, hash.slice(0, 2), hash);
}

/** Drops control characters (but CR, LF, TAB) from a part's header bytes. */
function stripControls(b: Buffer): Buffer {
	return b.some((c) => (c < 0x20 && c !== 0x0d && c !== 0x0a && c !== 0x09) || c === 0x7f)
		? Buffer.from(b.filter((c) => !((c < 0x20 && c !== 0x0d && c !== 0x0a && c !== 0x09) || c === 0x7f)))
		: b;
}

/**
 * Browsers send a file name's control characters raw in the part header (the HTML spec escapes only
 * CR, LF and "), which busboy rightly calls malformed. This pass removes them from part headers,
 * and only there, so such a file is still accepted under a clean name.
 */
class PartHeaderSanitizer extends Transform {
	private readonly marker: Buffer;
	private readonly headerEnd = Buffer.from('\r\n\r\n');
	private carry = Buffer.alloc(0);
	private inHeaders = false;

	constructor(boundary: string) {
		super();
		this.marker = Buffer.from(`--${boundary}\r\n`);
	}

	override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, out?: Buffer) => void): void {
		const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
		const out: Buffer[] = [];
		let pos = 0;
		for (;;) {
			if (!this.inHeaders) {
				const i = buf.indexOf(this.marker, pos);
				if (i === -1) {
					const keep = Math.min(buf.length - pos, this.marker.length - 1);
					out.push(buf.subarray(pos, buf.length - keep));
					this.carry = Buffer.from(buf.subarray(buf.length - keep));
					break;
				}
				out.push(buf.subarray(pos, i + this.marker.length));
				pos = i + this.marker.length;
				this.inHeaders = true;
			} else {
				const j = buf.indexOf(this.headerEnd, pos);
				const stop = j === -1 ? Math.max(pos, buf.length - 3) : j + 4;
				out.push(stripControls(buf.subarray(pos, stop)));
				pos = stop;
				if (j === -1) {
					this.carry = Buffer.from(buf.subarray(pos));
					break;
				}
				this.inHeaders = false;
			}
		}
		done(null, Buffer.concat(out));
	}

	override _flush(done: (e?: Error | null, out?: Buffer) => void): void {
		done(null, this.inHeaders ? stripControls(this.carry) : this.carry);
	}
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function readTail(path: string, size: number): Promise<Uint8Array> {
	const fh = await open(path, 'r');
	try {
		const length = Math.min(size, TAIL_BYTES);
		const buf = Buffer.alloc(length);
		await fh.read(buf, 0, length, size - length);
		return buf;
	} finally {
		await fh.close();
	}
}

/**
 * Parses a multipart body with at most one file (field "file") and a few text fields.
 * Throws DomainError with a Chinese message for an oversized, empty or disallowed file.
 */
export async function receiveUpload(
	contentType: string,
	body: ReadableStream<Uint8Array> | null,
	limits: UploadLimits
): Promise<ReceivedUpload> {
	if (!body || !/^multipart\/form-data/i.test(contentType)) throw new DomainError('invalid', '请通过表单上传文件');
	const tmpDir = join(limits.uploadDir, 'tmp');
	mkdirSync(tmpDir, { recursive: true });
	const fields: Record<string, string> = {};
	let tmpPath: string | null = null;
	let fileInfo: { name: string; size: number; hash: string; head: Buffer; truncated: boolean } | null = null;
	let filePromise: Promise<void> | null = null;

	const parser = busboy({
		headers: { 'content-type': contentType },
		limits: { files: 1, fields: 20, fieldSize: 20_000, fileSize: limits.maxBytes, parts: 25 },
		defParamCharset: 'utf8'
	});
	parser.on('field', (name, value) => {
		fields[name] = value;
	});
	parser.on('file', (name, stream, info) => {
		if (name !== 'file' || filePromise) {
			stream.resume();
			return;
		}
		const path = join(tmpDir, randomUUID());
		tmpPath = path;
		const hash = createHash('sha256');
		const headParts: Buffer[] = [];
		let headLen = 0;
		const state = { name: info.filename ?? '', size: 0, hash: '', head: Buffer.alloc(0), truncated: false };
		stream.on('limit', () => (state.truncated = true));
		const tap = new Transform({
			transform(chunk: Buffer, _enc, done) {
				state.size += chunk.length;
				hash.update(chunk);
				if (headLen < HEAD_BYTES) {
					headParts.push(chunk.subarray(0, HEAD_BYTES - headLen));
					headLen += Math.min(chunk.length, HEAD_BYTES - headLen);
				}
				done(null, chunk);
			}
		});
		filePromise = pipeline(stream, tap, createWriteStream(path)).then(() => {
			state.hash = hash.digest('hex');
			state.head = Buffer.concat(headParts);
			fileInfo = state;
		});
		// Its failure is reported through the outer pipeline; never leave it unhandled.
		filePromise.catch(() => {});
	});

	const cleanup = async () => {
		if (tmpPath) await unlink(tmpPath).catch(() => {});
	};

	try {
		const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
		const source = Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>);
		if (boundary) await pipeline(source, new PartHeaderSanitizer(boundary[1] ?? boundary[2]), parser);
		else await pipeline(source, parser);
		if (filePromise) await filePromise;
	} catch (e) {
		await (filePromise as Promise<void> | null)?.catch(() => {});
		await cleanup();
		const status = (e as { status?: number })?.status;
		if (status === 413) throw new DomainError('too_large', `文件超过 ${mb(limits.maxBytes)} MB 上限，未保存`);
		throw new DomainError('invalid', '上传中断或数据不完整，请重试');
	}

	const got = fileInfo as { name: string; size: number; hash: string; head: Buffer; truncated: boolean } | null;
	if (!got || !tmpPath || (got.size === 0 && !got.name)) {
		await cleanup();
		return { fields, file: null };
	}
	const originalName = cleanFileName(got.name);
	if (got.truncated) {
		await cleanup();
		throw new DomainError('too_large', `“${originalName}”超过 ${mb(limits.maxBytes)} MB 上限，未保存`);
	}
	if (got.size === 0) {
		await cleanup();
		throw new DomainError('invalid', `“${originalName}”是空文件`);
	}
	const type = sniffFileType(got.head, await readTail(tmpPath, got.size));
	if (!type) {
		await cleanup();
		throw new DomainError(
			'unsupported',
			`“${originalName}”不是允许的文件类型（按文件内容判断）。可上传：${ALLOWED_LABEL}`
		);
	}
	const finalPath = storedPath(limits.uploadDir, got.hash);
	mkdirSync(join(limits.uploadDir, got.hash.slice(0, 2)), { recursive: true });
	// Synchronous on purpose: the sweep's check-and-unlink is synchronous too, so the two can never
	// interleave, and the moved file's fresh mtime keeps it out of the sweep until its row exists.
	renameSync(tmpPath, finalPath);
	return { fields, file: { hash: got.hash, size: got.size, type, originalName, path: finalPath } };
}
