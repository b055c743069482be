// A report's text as the system keeps it (annual_report.document): the national sections, each a
// list of paragraphs, and for every paragraph the system wrote, the records it was written from, so
// the page can link each sentence to its source. A published report brought in through the checker
// is kept the same way, without sources.
import { SECTION_HEADINGS, type FormatId, type SectionNo } from '../../../annual-report/format';
import type { CellValue, ReportDocument, Statistics } from '../../../annual-report/types';

/** A record a generated paragraph states something from. Labels are Chinese, for the link's text. */
export type SourceRef =
	| { kind: 'plan'; planId: number; label: string }
	| { kind: 'section'; planId: number; sectionId: number; label: string }
	| { kind: 'task'; planId: number; taskId: number; label: string }
	| { kind: 'assignment'; assignmentId: number; label: string }
	| { kind: 'evidence'; evidenceId: number; url: string | null; label: string }
	| { kind: 'cells'; cells: string[]; label: string }
	| { kind: 'report'; year: number; unitId: number | null; label: string }
	| { kind: 'assessment'; bulletinId: number | null; label: string };

export interface DraftParagraph {
	text: string;
	/** What the system wrote it from; empty for a paragraph the user wrote. */
	sources: SourceRef[];
	generated: boolean;
	/** The user changed a generated paragraph: its wording (and any number in it) is now theirs. */
	edited: boolean;
	/** It says the system does not hold something the report should state: the writer must add it. */
	needsInput: boolean;
}

export interface DraftSection {
	no: SectionNo;
	heading: string;
	paragraphs: DraftParagraph[];
}

export interface StoredDraft {
	title: string;
	year: number;
	format: FormatId;
	issuer?: string;
	date?: string;
	preamble: DraftParagraph[];
	sections: DraftSection[];
	/** Server time the system last wrote any of it; null for an imported report. */
	generatedAt: number | null;
	/** The statistics 二–四 were written from (statisticsDigest), to tell when the figures changed. */
	statisticsDigest?: string;
	/** The figures when the text was marked final (for the city, its units' and its own added up). */
	finalStatistics?: Record<string, CellValue>;
}

export const paragraph = (text: string, extra: Partial<DraftParagraph> = {}): DraftParagraph => ({
	text,
	sources: [],
	generated: false,
	edited: false,
	needsInput: false,
	...extra
});

export const generated = (text: string, sources: SourceRef[], needsInput = false): DraftParagraph =>
	paragraph(text, { sources, generated: true, needsInput });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readParagraph(v: unknown): DraftParagraph | null {
	if (typeof v === 'string') return paragraph(v);
	if (!isObject(v) || typeof v.text !== 'string') return null;
	return {
		text: v.text,
		sources: Array.isArray(v.sources) ? (v.sources.filter(isObject) as SourceRef[]) : [],
		generated: v.generated === true,
		edited: v.edited === true,
		needsInput: v.needsInput === true
	};
}

const paragraphs = (v: unknown): DraftParagraph[] =>
	Array.isArray(v) ? v.map(readParagraph).filter((p): p is DraftParagraph => p !== null) : [];

/** The stored JSON as a draft, or null when there is none (or it is not one): never throws. */
export function readStoredDraft(json: unknown): StoredDraft | null {
	if (!isObject(json) || typeof json.title !== 'string' || typeof json.year !== 'number') return null;
	if (json.format !== '2021' && json.format !== '2019') return null;
	const sections = SECTION_HEADINGS.map((standard, i): DraftSection => {
		const no = (i + 1) as SectionNo;
		const found = Array.isArray(json.sections)
			? json.sections.find((s): s is Record<string, unknown> => isObject(s) && s.no === no)
			: undefined;
		return {
			no,
			heading: typeof found?.heading === 'string' && found.heading ? found.heading : standard,
			paragraphs: paragraphs(found?.paragraphs)
		};
	});
	const draft: StoredDraft = {
		title: json.title,
		year: json.year,
		format: json.format,
		preamble: paragraphs(json.preamble),
		sections,
		generatedAt: typeof json.generatedAt === 'number' ? json.generatedAt : null
	};
	if (typeof json.issuer === 'string') draft.issuer = json.issuer;
	if (typeof json.date === 'string') draft.date = json.date;
	if (typeof json.statisticsDigest === 'string') draft.statisticsDigest = json.statisticsDigest;
	if (isObject(json.finalStatistics)) draft.finalStatistics = json.finalStatistics as Record<string, CellValue>;
	return draft;
}

/** The draft as the model's report (for the checks and the writers), with these figures in its tables. */
export function toReportDocument(draft: StoredDraft, statistics: Statistics): ReportDocument {
	const text = (ps: DraftParagraph[]) => ps.map((p) => p.text.trim()).filter(Boolean);
	const doc: ReportDocument = {
		title: draft.title,
		year: draft.year,
		format: draft.format,
		preamble: text(draft.preamble),
		sections: draft.sections.map((s) => ({ no: s.no, heading: s.heading, paragraphs: text(s.paragraphs) })),
		statistics
	};
	if (draft.issuer) doc.issuer = draft.issuer;
	if (draft.date) doc.date = draft.date;
	return doc;
}

/** A published report, kept as a draft without sources (imported through the checker). */
export function fromReportDocument(doc: ReportDocument): StoredDraft {
	const draft: StoredDraft = {
		title: doc.title,
		year: doc.year,
		format: doc.format,
		preamble: doc.preamble.map((t) => paragraph(t)),
		sections: SECTION_HEADINGS.map((standard, i) => {
			const s = doc.sections.find((x) => x.no === i + 1);
			return {
				no: (i + 1) as SectionNo,
				heading: s?.heading ?? standard,
				paragraphs: (s?.paragraphs ?? []).map((t) => paragraph(t))
			};
		}),
		generatedAt: null
	};
	if (doc.issuer) draft.issuer = doc.issuer;
	if (doc.date) draft.date = doc.date;
	return draft;
}

/** A short fingerprint of the figures (FNV-1a over the cells in key order). */
export function statisticsDigest(stats: Statistics): string {
	const text = Object.keys(stats.cells)
		.sort()
		.map((k) => `${k}=${stats.cells[k] ?? ''}`)
		.join(';');
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h.toString(16).padStart(8, '0');
}
