// What a file is, from its bytes: the allowlist of evidence types (pdf, ofd, doc/docx, xls/xlsx,
// jpg/png, zip). The name never decides.

export interface FileType {
	ext: 'pdf' | 'ofd' | 'doc' | 'docx' | 'xls' | 'xlsx' | 'jpg' | 'png' | 'zip';
	mime: string;
	label: string;
}

const TYPES: Record<FileType['ext'], FileType> = {
	pdf: { ext: 'pdf', mime: 'application/pdf', label: 'PDF' },
	ofd: { ext: 'ofd', mime: 'application/ofd', label: 'OFD' },
	doc: { ext: 'doc', mime: 'application/msword', label: 'Word 97-2003' },
	docx: { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
	xls: { ext: 'xls', mime: 'application/vnd.ms-excel', label: 'Excel 97-2003' },
	xlsx: { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel' },
	jpg: { ext: 'jpg', mime: 'image/jpeg', label: 'JPEG 图片' },
	png: { ext: 'png', mime: 'image/png', label: 'PNG 图片' },
	zip: { ext: 'zip', mime: 'application/zip', label: 'ZIP 压缩包' }
};

/** The file extension a stored MIME type is downloaded with (what sniffing decided, never the name). */
export function extensionOf(mime: string): FileType['ext'] | null {
	return Object.values(TYPES).find((t) => t.mime === mime)?.ext ?? null;
}

export const ALLOWED_LABEL = 'PDF、OFD、Word（doc/docx）、Excel（xls/xlsx）、JPG、PNG、ZIP';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** Names of the entries in a zip's central directory (found from the end of the file). */
export function zipEntryNames(tail: Uint8Array): string[] | null {
	// End of central directory: PK\x05\x06, within the last 64 KiB + 22 bytes.
	for (let i = tail.length - 22; i >= 0; i--) {
		if (!startsWith(tail, [0x50, 0x4b, 0x05, 0x06], i)) continue;
		const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
		const count = view.getUint16(i + 10, true);
		const size = view.getUint32(i + 12, true);
		let p = i - size;
		if (p < 0) return null; // central directory not inside the tail we read
		const names: string[] = [];
		for (let n = 0; n < count && p + 46 <= i; n++) {
			if (!startsWith(tail, [0x50, 0x4b, 0x01, 0x02], p)) return null;
			const nameLen = view.getUint16(p + 28, true);
			const extra = view.getUint16(p + 30, true);
			const comment = view.getUint16(p + 32, true);
			names.push(new TextDecoder().decode(tail.subarray(p + 46, p + 46 + nameLen)));
			p += 46 + nameLen + extra + comment;
		}
		return names;
	}
	return null;
}

/** Streams in an OLE compound file (doc/xls): read from the first directory sector. */
function oleKind(head: Uint8Array): 'doc' | 'xls' | null {
	const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
	const sectorShift = view.getUint16(30, true);
	const dirStart = view.getUint32(48, true);
	const sectorSize = 1 << sectorShift;
	const off = (dirStart + 1) * sectorSize;
	if (sectorShift < 7 || sectorShift > 12 || off + sectorSize > head.length) return null;
	const text = new TextDecoder('utf-16le').decode(head.subarray(off, off + sectorSize));
	if (text.includes('WordDocument')) return 'doc';
	if (text.includes('Workbook') || text.includes('Book')) return 'xls';
	return null;
}

/**
 * Decides the type from the first bytes (`head`, at least 64 KiB when the file is that big) and the
 * last bytes (`tail`, up to 64 KiB + 22, for a zip's directory). null: not an allowed type.
 */
export function sniffFileType(head: Uint8Array, tail: Uint8Array): FileType | null {
	if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return TYPES.pdf; // %PDF-
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
	if (startsWith(head, [0xff, 0xd8, 0xff])) return TYPES.jpg;
	if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
		const kind = oleKind(head);
		return kind ? TYPES[kind] : null;
	}
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
		const names = zipEntryNames(tail);
		if (!names) return null;
		if (names.some((n) => n.startsWith('word/'))) return TYPES.docx;
		if (names.some((n) => n.startsWith('xl/'))) return TYPES.xlsx;
		if (names.some((n) => n === 'OFD.xml' || n.endsWith('/OFD.xml'))) return TYPES.ofd;
		return TYPES.zip;
	}
	return null;
}
