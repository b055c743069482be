// Original file names are kept only for display and Content-Disposition: never as a path.

/** Strips path parts, control and bidi-override characters; keeps the name readable. */
export function cleanFileName(raw: string, fallback = '附件'): string {
	const base = raw.split(/[/\\]/).pop() ?? '';
	const cleaned = base
		.normalize('NFC')
		// C0/C1 controls, DEL, bidi overrides/isolates (a classic way to disguise an extension).
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/["<>:|?*]/g, '_')
		.replace(/^[.\s]+/, '')
		.trim();
	const limited =
		cleaned.length > 120 ? cleaned.slice(0, 100) + cleaned.slice(cleaned.lastIndexOf('.')).slice(0, 20) : cleaned;
	return limited || fallback;
}

/** Makes the extension match the content (a PNG named .pdf downloads as .png). */
export function withExtension(name: string, ext: string): string {
	const dot = name.lastIndexOf('.');
	const stem = dot > 0 ? name.slice(0, dot) : name;
	const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
	if (current === ext || (ext === 'jpg' && current === 'jpeg')) return name;
	return `${stem}.${ext}`;
}

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name. */
export function contentDisposition(name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
