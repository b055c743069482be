// Small real files for upload tests, built in memory.
import { zipSync, strToU8 } from 'fflate';

export const pdfBytes = (extra = 0) =>
	new Uint8Array([...strToU8('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'), ...new Uint8Array(extra)]);
export const pngBytes = () =>
	new Uint8Array([
		0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
		0, 0, 0
	]);
export const exeBytes = () =>
	new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, ...strToU8('This program cannot be run in DOS mode')]);
export const htmlBytes = () => strToU8('<!doctype html><script>alert(document.cookie)</script>');
export const docxBytes = () =>
	zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
export const xlsxBytes = () =>
	zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
export const ofdBytes = () => zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>'), 'Doc_0/Document.xml': strToU8('<x/>') });
export const zipBytes = () => zipSync({ '说明.txt': strToU8('材料清单') });

/** A minimal OLE compound file whose first directory sector names a Word or Excel stream. */
export function oleBytes(stream: 'WordDocument' | 'Workbook'): Uint8Array {
	const b = new Uint8Array(1024);
	b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	new DataView(b.buffer).setUint16(30, 9, true); // 512-byte sectors
	new DataView(b.buffer).setUint32(48, 0, true); // directory starts at sector 0 (file offset 512)
	const names = ['Root Entry', stream];
	names.forEach((n, i) => {
		for (let j = 0; j < n.length; j++) new DataView(b.buffer).setUint16(512 + i * 128 + j * 2, n.charCodeAt(j), true);
	});
	return b;
}

/** A multipart request body as a browser would send it. */
export function multipart(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }) {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.append(k, v);
	if (file)
		form.append(
			'file',
			new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? 'application/octet-stream' }),
			file.name
		);
	const req = new Request('http://localhost/upload', { method: 'POST', body: form });
	return { contentType: req.headers.get('content-type')!, body: req.body! };
}
