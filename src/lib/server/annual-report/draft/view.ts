// The draft page's data (the text with its sources, the checks, what the viewer may do), the print
// view's, and the Word export: all read the same draft with the figures its tables show.
import type { DB } from '../../db/client';
import type { PolicyUser } from '../../auth/policy';
import { DomainError } from '../../shared/errors';
import { sectionTable, type LayoutTable } from '../../../annual-report/layout';
import type { Acknowledgements } from '../../../annual-report/acknowledgements';
import type { FormatId, SectionNo } from '../../../annual-report/format';
import type { CheckResult, ReportDocument, Statistics } from '../../../annual-report/types';
import { writeReportDocx } from '../write/docx';
import { assertViewReport, canEditReport } from '../access';
import { getReportRow, subjectName, type ReportRef } from '../store';
import { draftChecks } from './checks';
import { statisticsDigest, type StoredDraft } from './model';

export interface DraftView {
	ref: ReportRef;
	name: string;
	year: number;
	/** 0 while nothing is saved. */
	version: number;
	draft: StoredDraft | null;
	imported: boolean;
	finalAt: number | null;
	checks: CheckResult[];
	/** The figures its tables show (final: as frozen). */
	statistics: Statistics | null;
	acknowledgements: Acknowledgements;
	/** The figures changed since 二–四 were written: regenerate them. */
	stale: boolean;
	/** Body: active units whose figures are not accepted (not in the tables). */
	pendingUnits: number | null;
	previous: { year: number; title: string } | null;
	format: FormatId | null;
	can: { edit: boolean; final: boolean; reopen: boolean };
}

export async function getDraftView(db: DB, viewer: PolicyUser, ref: ReportRef): Promise<DraftView> {
	assertViewReport(viewer, ref);
	const name = subjectName(db, ref);
	const checked = await draftChecks(db, ref);
	const row = checked?.row ?? getReportRow(db, ref);
	const editor = canEditReport(viewer, ref) && !row?.imported;
	const final = !!row?.finalAt;
	return {
		ref,
		name,
		year: ref.year,
		version: row?.version ?? 0,
		draft: checked?.draft ?? null,
		imported: row?.imported ?? false,
		finalAt: row?.finalAt ?? null,
		checks: checked?.checks ?? [],
		statistics: checked?.statistics ?? null,
		acknowledgements: row?.acknowledgements ?? {},
		stale:
			!!checked &&
			!final &&
			!!checked.draft.statisticsDigest &&
			checked.draft.statisticsDigest !== statisticsDigest(checked.statistics),
		pendingUnits: checked?.pendingUnits ?? null,
		previous: checked?.previous
			? { year: checked.previous.document.year, title: checked.previous.document.title }
			: null,
		format: row?.format ?? checked?.draft.format ?? null,
		can: { edit: editor && !final, final: editor && !final && !!checked, reopen: editor && final }
	};
}

/** The report as it prints: text, and the three tables laid out with their merged headers. */
export interface PrintedReport {
	document: ReportDocument;
	tables: Partial<Record<SectionNo, LayoutTable>>;
	final: boolean;
}

async function requireDocument(db: DB, viewer: PolicyUser, ref: ReportRef) {
	assertViewReport(viewer, ref);
	const checked = await draftChecks(db, ref);
	if (!checked) throw new DomainError('not_found', '这份报告还没有草稿');
	return checked;
}

export async function getPrintedReport(db: DB, viewer: PolicyUser, ref: ReportRef): Promise<PrintedReport> {
	const checked = await requireDocument(db, viewer, ref);
	const tables: PrintedReport['tables'] = {};
	for (const no of [2, 3, 4] as const) tables[no] = sectionTable(checked.statistics, no) ?? undefined;
	return { document: checked.document, tables, final: !!checked.row.finalAt };
}

/** 导出 Word: the report in the official layout, named after its title. */
export async function exportReportDocx(
	db: DB,
	viewer: PolicyUser,
	ref: ReportRef
): Promise<{ fileName: string; bytes: Buffer }> {
	const checked = await requireDocument(db, viewer, ref);
	const fileName = `${checked.document.title.replace(/[\\/:*?"<>|]/g, '')}${checked.row.finalAt ? '' : '（草稿）'}.docx`;
	return { fileName, bytes: await writeReportDocx(checked.document) };
}
