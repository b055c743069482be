// PDF plans with a text layer, read with Mozilla's pdf.js (pdfjs-dist, legacy build for Node).
// Text items become lines by their baselines; pdf-layout.ts rebuilds the paragraphs. A scanned
// PDF has no text layer and is refused with the advice other unreadable files get. pdf.js runs
// in this process with scripting off (isEvalSupported: false) and reads the CJK CMaps it ships
// from node_modules, so nothing is fetched.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DomainError } from '../../shared/errors';
import { SAVE_AS_ADVICE } from './limits';
import { paragraphsFromLines, type PdfLine } from './pdf-layout';

/** More pages than a 工作要点 ever has; the rest of a huge PDF is not read. */
const MAX_PAGES = 200;
/** Fewer visible characters per page than this is a scan (or a page of images). */
const MIN_CHARS_PER_PAGE = 20;

/** What the line builder needs of a pdf.js text item. */
interface TextItem {
	str: string;
	transform: number[];
	width: number;
	height: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

/** pdf.js and its worker, in this thread (Node has no web workers for it). */
function loadPdfJs(): Promise<PdfJs> {
	loaded ??= (async () => {
		const g = globalThis as { pdfjsWorker?: unknown };
		g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
		return import('pdfjs-dist/legacy/build/pdf.mjs');
	})();
	return loaded;
}

function assetDir(name: string): string {
	const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
	return join(dirname(pkg), name) + '/';
}

/** One page's text items → lines, top to bottom, items left to right. */
export function linesOfPage(items: TextItem[], page: number): PdfLine[] {
	const pieces = items
		.filter((it) => it.str.trim())
		.map((it) => ({
			x: it.transform[4],
			y: it.transform[5],
			w: it.width,
			size: Math.abs(it.transform[3]) || it.height,
			str: it.str
		}))
		.sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: (PdfLine & { pieces: typeof pieces })[] = [];
	for (const p of pieces) {
		const line = lines.find((l) => Math.abs(l.y - p.y) <= Math.max(l.size, p.size) * 0.4);
		if (line) {
			line.pieces.push(p);
			line.size = Math.max(line.size, p.size);
		} else lines.push({ page, x: 0, right: 0, y: p.y, size: p.size, text: '', pieces: [p] });
	}
	return lines
		.map(({ pieces: ps, ...line }) => {
			ps.sort((a, b) => a.x - b.x);
			let text = '';
			let end = ps[0].x;
			for (const p of ps) {
				// A gap of a space's width between two ASCII words is a space; CJK runs have none.
				const gap = p.x - end > line.size * 0.25 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(p.str.trim());
				text += (gap ? ' ' : '') + p.str.trim();
				end = p.x + p.w;
			}
			return { ...line, x: ps[0].x, right: end, text };
		})
		.sort((a, b) => b.y - a.y);
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readLines(doc: PdfDocument): Promise<{ lines: PdfLine[]; pages: number }> {
	const pages = Math.min(doc.numPages, MAX_PAGES);
	const lines: PdfLine[] = [];
	for (let n = 1; n <= pages; n++) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		lines.push(
			...linesOfPage(
				content.items.flatMap((it) => ('str' in it ? [it] : [])),
				n
			)
		);
		page.cleanup();
	}
	return { lines, pages };
}

export async function readPdfText(bytes: Uint8Array): Promise<string> {
	const pdfjs = await loadPdfJs();
	const task = pdfjs.getDocument({
		data: bytes.slice(), // pdf.js takes the buffer over
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		cMapUrl: assetDir('cmaps'),
		cMapPacked: true,
		standardFontDataUrl: assetDir('standard_fonts'),
		verbosity: 0
	});
	let read: { lines: PdfLine[]; pages: number };
	try {
		read = await readLines(await task.promise);
	} catch (err) {
		const name = err instanceof Error ? err.name : '';
		if (name === 'PasswordException')
			throw new DomainError('unsupported', `PDF 文件设有密码，无法读取。${SAVE_AS_ADVICE}`);
		throw new DomainError('invalid', `PDF 文件已损坏或格式不正确，无法读取。${SAVE_AS_ADVICE}`);
	} finally {
		await task.destroy();
	}
	const visible = read.lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
	if (visible < Math.max(1, read.pages) * MIN_CHARS_PER_PAGE) {
		throw new DomainError('unsupported', `这份 PDF 没有可识别的文字（可能是扫描件）。${SAVE_AS_ADVICE}`);
	}
	return paragraphsFromLines(read.lines).join('\n');
}
