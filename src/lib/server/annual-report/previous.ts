// Last year's report of the same unit or body, when the system holds it: a published report brought
// in through the checker (imported), a unit's figures the office accepted, or the body's report once
// marked final. S1 and S3 compare with its figures, 雷同 (R1) with its text, and the draft's 五
// answers the improvements it stated.
import type { DB } from '../db/client';
import { formatForYear } from '../../annual-report/format';
import type { ReportDocument, Statistics } from '../../annual-report/types';
import { getReportRow, statisticsOf, type ReportRef, type ReportRow } from './store';
import { readStoredDraft, toReportDocument } from './draft/model';

type Reader = Pick<DB, 'select'>;

/** Last year's row, when it holds a report that counts (see above). */
function previousRow(db: Reader, ref: ReportRef): ReportRow | null {
	const year = ref.year - 1;
	if (!formatForYear(year)) return null;
	const row = getReportRow(db, { year, unitId: ref.unitId });
	if (!row) return null;
	if (row.imported) return row;
	if (ref.unitId === null) return row.finalAt ? row : null;
	return row.status === 'accepted' ? row : null;
}

/** The figures of a row as published: the body's final snapshot (its units' and its own), else its own. */
function publishedStatistics(row: ReportRow): Statistics {
	const draft = readStoredDraft(row.document);
	if (!row.imported && row.unitId === null && draft?.finalStatistics)
		return statisticsOf({ format: row.format, statistics: draft.finalStatistics }, row.year);
	return statisticsOf(row, row.year);
}

export function previousStatistics(db: Reader, ref: ReportRef): Statistics | null {
	const row = previousRow(db, ref);
	return row ? publishedStatistics(row) : null;
}

export interface PreviousReport {
	row: ReportRow;
	document: ReportDocument;
}

/** Last year's report with its text, when it has any (a unit's accepted figures alone have none). */
export function previousReport(db: Reader, ref: ReportRef): PreviousReport | null {
	const row = previousRow(db, ref);
	const draft = row ? readStoredDraft(row.document) : null;
	if (!row || !draft) return null;
	return { row, document: toReportDocument(draft, publishedStatistics(row)) };
}
