// The shapes the annual-report domain passes around: a year's statistics, a report document (what
// the reader produces and the writer consumes) and a check result.

import type { FormatId, SectionNo } from './format';

/** A cell's value: a number, or null for blank (not entered, or left empty in a printed table). */
export type CellValue = number | null;

/**
 * The statistics of one body for one year, in that year's format. `cells` may be partial while a
 * unit is typing: a missing key is blank, like null. Keys are those of getFormat(format).cells.
 */
export interface Statistics {
	format: FormatId;
	cells: Partial<Record<string, CellValue>>;
	/** Cells whose printed text was not a number (「—」, 「/」, 「无」): the text, for the H4 message. */
	invalid?: Partial<Record<string, string>>;
}

export interface ReportSection {
	no: SectionNo;
	/** As printed: 「一、总体情况」. */
	heading: string;
	/** Paragraphs of text, in order (for 二–四 the text around the tables, usually none). */
	paragraphs: string[];
}

export interface ReportDocument {
	title: string;
	year: number;
	format: FormatId;
	/** 发布机关 and 发布日期 ('YYYY-MM-DD'), when known. */
	issuer?: string;
	date?: string;
	/** Paragraphs between the title and 一、总体情况 (编制依据, 统计期限). */
	preamble: string[];
	/** The sections found, in order of their number. */
	sections: ReportSection[];
	statistics: Statistics;
}

export type CheckLevel = 'error' | 'warning' | 'info';

/**
 * H1–H5 identities (hard), S1–S3 (soft), T1–T4 text against tables, W5/W6 content of 五 and 六,
 * R1 similarity to last year's report, F1/F2 the report's form. docs/annual-report.md explains each.
 */
export type CheckId =
	'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'S1' | 'S2' | 'S3' | 'T1' | 'T2' | 'T3' | 'T4' | 'W5' | 'W6' | 'R1' | 'F1' | 'F2';

/** Where a finding is: the cells it concerns (possibly none) and, for text, the section and sentence. */
export interface Where {
	cells: string[];
	section?: SectionNo;
	sentence?: string;
}

export interface CheckResult {
	id: CheckId;
	level: CheckLevel;
	where: Where;
	/** Chinese, shown to the user as is. */
	message: string;
}
