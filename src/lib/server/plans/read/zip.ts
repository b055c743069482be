// Reading .docx/.xlsx containers without trusting them. We parse the central directory ourselves
// and inflate only the parts we need, in small chunks through fflate's streaming Inflate, counting
// the bytes that actually come out: declared sizes can lie, so a zip bomb is stopped by what it
// produces, not by what it claims.

import { Inflate } from 'fflate';
import { DomainError } from '../../shared/errors';
import { MAX_INFLATED_BYTES, MAX_RATIO, MAX_ZIP_ENTRIES, RATIO_CHECK_FROM } from './limits';

export interface ZipLimits {
	maxEntries: number;
	maxInflatedBytes: number;
	maxRatio: number;
	ratioCheckFrom: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
	maxEntries: MAX_ZIP_ENTRIES,
	maxInflatedBytes: MAX_INFLATED_BYTES,
	maxRatio: MAX_RATIO,
	ratioCheckFrom: RATIO_CHECK_FROM
};

interface Entry {
	name: string;
	flags: number;
	method: number;
	compressedSize: number;
	localOffset: number;
}

/** Input fed to the inflater per push: bounds what one push can produce (deflate tops out near 1:1032). */
const CHUNK = 1024;

const BOMB_MESSAGE = '文件解压后过大，疑似压缩炸弹，已拒绝';
const CORRUPT_MESSAGE = '文件已损坏，无法读取其中的内容，请用 Word/Excel 打开后另存一份再上传';

export function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class SafeZip {
	private readonly entries = new Map<string, Entry>();
	private inflated = 0;
	private readonly view: DataView;

	constructor(
		private readonly bytes: Uint8Array,
		private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS
	) {
		this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		this.readDirectory();
	}

	has(name: string): boolean {
		return this.entries.has(name);
	}

	names(): string[] {
		return [...this.entries.keys()];
	}

	private u16(at: number): number {
		if (at < 0 || at + 2 > this.bytes.length) throw new DomainError('invalid', CORRUPT_MESSAGE);
		return this.view.getUint16(at, true);
	}

	private u32(at: number): number {
		if (at < 0 || at + 4 > this.bytes.length) throw new DomainError('invalid', CORRUPT_MESSAGE);
		return this.view.getUint32(at, true);
	}

	private findEndOfDirectory(): number {
		const min = Math.max(0, this.bytes.length - 22 - 0xffff);
		for (let i = this.bytes.length - 22; i >= min; i--) {
			if (
				this.bytes[i] === 0x50 &&
				this.bytes[i + 1] === 0x4b &&
				this.bytes[i + 2] === 0x05 &&
				this.bytes[i + 3] === 0x06
			)
				return i;
		}
		throw new DomainError('invalid', CORRUPT_MESSAGE);
	}

	private readDirectory(): void {
		const eocd = this.findEndOfDirectory();
		const count = this.u16(eocd + 10);
		const dirOffset = this.u32(eocd + 16);
		if (count === 0xffff || dirOffset === 0xffffffff) {
			throw new DomainError(
				'unsupported',
				'不支持 ZIP64 格式的文件，请用 Word/Excel 另存为普通的 .docx 或 .xlsx 后再上传'
			);
		}
		if (count > this.limits.maxEntries) {
			throw new DomainError('too_large', `压缩包内文件数量异常（${count} 个），疑似恶意文件，已拒绝`);
		}
		const decoder = new TextDecoder('utf-8');
		let p = dirOffset;
		for (let k = 0; k < count; k++) {
			if (this.u32(p) !== 0x02014b50) throw new DomainError('invalid', CORRUPT_MESSAGE);
			const nameLen = this.u16(p + 28);
			const extraLen = this.u16(p + 30);
			const commentLen = this.u16(p + 32);
			if (p + 46 + nameLen > this.bytes.length) throw new DomainError('invalid', CORRUPT_MESSAGE);
			const name = decoder.decode(this.bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/');
			this.entries.set(name, {
				name,
				flags: this.u16(p + 8),
				method: this.u16(p + 10),
				compressedSize: this.u32(p + 20),
				localOffset: this.u32(p + 42)
			});
			p += 46 + nameLen + extraLen + commentLen;
		}
	}

	/** Inflate one entry, charging its actual output against the upload's budget. */
	read(name: string): Uint8Array {
		const e = this.entries.get(name);
		if (!e) throw new DomainError('invalid', CORRUPT_MESSAGE);
		if (e.flags & 1) throw new DomainError('unsupported', '文件已加密，请取消密码保护后再上传');
		if (this.u32(e.localOffset) !== 0x04034b50) throw new DomainError('invalid', CORRUPT_MESSAGE);
		const start = e.localOffset + 30 + this.u16(e.localOffset + 26) + this.u16(e.localOffset + 28);
		const end = start + e.compressedSize;
		if (end > this.bytes.length) throw new DomainError('invalid', CORRUPT_MESSAGE);
		const data = this.bytes.subarray(start, end);
		if (e.method === 0) {
			this.charge(data.length, data.length);
			return data.slice();
		}
		if (e.method !== 8)
			throw new DomainError('unsupported', '文件使用了不支持的压缩方式，请用 Word/Excel 另存后再上传');
		return this.inflate(data);
	}

	readText(name: string): string {
		return new TextDecoder('utf-8').decode(this.read(name));
	}

	private charge(entryBytes: number, consumed: number): void {
		const overTotal = this.inflated + entryBytes > this.limits.maxInflatedBytes;
		const overRatio =
			entryBytes > this.limits.ratioCheckFrom && entryBytes > Math.max(1, consumed) * this.limits.maxRatio;
		if (overTotal || overRatio) throw new DomainError('too_large', BOMB_MESSAGE);
	}

	private inflate(data: Uint8Array): Uint8Array {
		const chunks: Uint8Array[] = [];
		let produced = 0;
		const inflater = new Inflate((chunk) => {
			produced += chunk.length;
			chunks.push(chunk);
		});
		try {
			for (let off = 0; off < data.length; off += CHUNK) {
				const end = Math.min(off + CHUNK, data.length);
				inflater.push(data.subarray(off, end), end === data.length);
				this.charge(produced, end);
			}
			if (data.length === 0) inflater.push(new Uint8Array(0), true);
		} catch (err) {
			if (err instanceof DomainError) throw err;
			throw new DomainError('invalid', CORRUPT_MESSAGE);
		}
		this.inflated += produced;
		const out = new Uint8Array(produced);
		let at = 0;
		for (const c of chunks) {
			out.set(c, at);
			at += c.length;
		}
		return out;
	}
}
