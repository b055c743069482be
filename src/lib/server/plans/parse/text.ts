// Input clean-up shared by the text and table parsers: plans arrive from Word, web pages and
// WeChat posts with BOMs, \r\n, full-width spaces and mixed-width punctuation.

/** Whitespace as Chinese documents use it, including the full-width space and NBSP. */
export const WS = '\\s\\u3000\\u00a0\\ufeff';
const TRIM_RE = new RegExp(`^[${WS}]+|[${WS}]+$`, 'g');

export function trimAll(s: string): string {
	return s.replace(TRIM_RE, '');
}

/** Split into trimmed, non-empty lines. */
export function toLines(text: string): string[] {
	const out: string[] = [];
	for (const raw of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
		const line = trimAll(raw);
		if (line) out.push(line);
	}
	return out;
}

/** Full-width digits → ASCII so one set of date patterns covers both. */
export function foldDigits(s: string): string {
	return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Full-width round brackets → half-width, the form names are stored in. */
export function halfWidthBrackets(s: string): string {
	return s.replace(/（/g, '(').replace(/）/g, ')');
}
