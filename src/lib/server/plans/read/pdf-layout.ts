// Paragraphs back from a PDF's text lines. A PDF keeps where each line sits, not where a
// paragraph ends, so the breaks are rebuilt from the layout of a 公文: justified body lines run to
// the right margin, a paragraph's first line is indented two characters, its last line stops
// short; titles are larger and centred; page numbers (— 1 —) sit alone at the foot.

export interface PdfLine {
	page: number;
	/** Left and right edge of the line's text and its baseline, in PDF points (y grows upwards). */
	x: number;
	right: number;
	y: number;
	/** Font size (text height) of the line. */
	size: number;
	text: string;
}

const PAGE_NUMBER_RE =
	/^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

function mostCommon(values: number[]): number {
	const counts = new Map<number, number>();
	let best = values[0] ?? 0;
	let bestCount = 0;
	for (const v of values) {
		const c = (counts.get(v) ?? 0) + 1;
		counts.set(v, c);
		if (c > bestCount) [best, bestCount] = [v, c];
	}
	return best;
}

const round = (n: number, step = 0.5) => Math.round(n / step) * step;

interface Layout {
	size: number;
	left: number;
	right: number;
	/** Baseline distance between two lines of one paragraph. */
	leading: number;
}

function measure(lines: PdfLine[]): Layout {
	const size = mostCommon(lines.map((l) => round(l.size)));
	const body = lines.filter((l) => Math.abs(l.size - size) <= size * 0.1);
	const left = mostCommon(body.map((l) => round(l.x, 1)));
	const rights = body.map((l) => l.right).sort((a, b) => a - b);
	const right = rights[Math.floor(rights.length * 0.9)] ?? left;
	const gaps: number[] = [];
	for (let i = 1; i < body.length; i++) {
		const gap = body[i - 1].y - body[i].y;
		if (body[i].page === body[i - 1].page && gap > 0) gaps.push(round(gap));
	}
	return { size, left, right, leading: gaps.length ? mostCommon(gaps) : size * 1.5 };
}

export function isPageNumber(text: string): boolean {
	return PAGE_NUMBER_RE.test(text.trim());
}

/** Lines in reading order (page by page, top to bottom) → paragraphs. */
export function paragraphsFromLines(input: PdfLine[]): string[] {
	const lines = input.filter((l) => l.text.trim() && !isPageNumber(l.text));
	if (!lines.length) return [];
	const { size, left, right, leading } = measure(lines);
	const paragraphs: string[] = [];
	let prev: PdfLine | null = null;
	for (const line of lines) {
		const text = line.text.trim();
		if (prev && continues(prev, line, { size, left, right, leading })) {
			const last = paragraphs[paragraphs.length - 1];
			const space = ASCII_WORD_END.test(last) && ASCII_WORD_START.test(text) ? ' ' : '';
			paragraphs[paragraphs.length - 1] = last + space + text;
		} else {
			paragraphs.push(text);
		}
		prev = line;
	}
	return paragraphs;
}

/** Whether `line` goes on with the paragraph `prev` belongs to. */
function continues(prev: PdfLine, line: PdfLine, layout: Layout): boolean {
	const sameSize = Math.abs(prev.size - line.size) <= Math.max(prev.size, line.size) * 0.1;
	if (!sameSize) return false;
	const em = line.size;
	// A title over two lines: larger than the body, both centred, close together.
	if (line.size > layout.size * 1.1) {
		return line.page === prev.page && prev.y - line.y < line.size * 2.2;
	}
	const prevFull = prev.right >= layout.right - em * 1.5;
	const atMargin = line.x <= layout.left + em * 0.8;
	if (!prevFull || !atMargin) return false;
	// On one page a wider gap than the line spacing is a paragraph break; over a page break a full
	// last line and an unindented first line mean the paragraph runs on.
	return line.page !== prev.page || prev.y - line.y <= layout.leading * 1.4;
}
