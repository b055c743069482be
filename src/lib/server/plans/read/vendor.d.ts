// Types for the parts of untyped modules the readers use.

declare module 'word-extractor' {
	interface WordDocument {
		getBody(options?: { filterUnicode?: boolean }): string;
	}
	export default class WordExtractor {
		extract(source: string | Buffer): Promise<WordDocument>;
	}
}

/** pdf.js's worker, loaded into this thread; pdf.js finds it as globalThis.pdfjsWorker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
	export const WorkerMessageHandler: unknown;
}
