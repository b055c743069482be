// The checks a draft must pass before it is marked final: every check of a published report (the
// identities on the figures its tables show, the text against the tables, 五 and 六, 雷同 against
// last year's report) and the extra figures. The tables show the unit's own figures, or for the
// body its units' accepted figures and its own added up — and once final, the figures as they were.
import type { DB } from '../../db/client';
import { yieldToLoop } from '../../shared/yield';
import { checkReport } from '../../../annual-report/checks/index';
import { checkExtras } from '../../../annual-report/extra';
import type { CheckResult, ReportDocument, Statistics } from '../../../annual-report/types';
import { computeCityTotals } from '../city';
import { previousReport, type PreviousReport } from '../previous';
import { getReportRow, statisticsOf, type ReportRef, type ReportRow } from '../store';
import { readStoredDraft, toReportDocument, type StoredDraft } from './model';

/** The figures a report's tables show now (see above), and how many units are still out of them. */
export async function reportStatistics(
	db: DB,
	ref: ReportRef,
	row: ReportRow | null,
	draft: StoredDraft | null
): Promise<{ statistics: Statistics; pendingUnits: number | null }> {
	if (row?.finalAt && draft?.finalStatistics)
		return {
			statistics: statisticsOf({ format: row.format, statistics: draft.finalStatistics }, ref.year),
			pendingUnits: null
		};
	if (ref.unitId !== null || row?.imported) return { statistics: statisticsOf(row, ref.year), pendingUnits: null };
	const city = await computeCityTotals(db, ref.year);
	return { statistics: city.total, pendingUnits: city.pending.length };
}

export interface CheckedDraft {
	row: ReportRow;
	draft: StoredDraft;
	document: ReportDocument;
	statistics: Statistics;
	pendingUnits: number | null;
	previous: PreviousReport | null;
	checks: CheckResult[];
}

export async function draftChecks(db: DB, ref: ReportRef): Promise<CheckedDraft | null> {
	const row = getReportRow(db, ref);
	const draft = readStoredDraft(row?.document);
	if (!row || !draft) return null;
	const { statistics, pendingUnits } = await reportStatistics(db, ref, row, draft);
	await yieldToLoop();
	const document = toReportDocument(draft, statistics);
	const previous = previousReport(db, ref);
	const checks = [...checkExtras(statistics, true), ...checkReport(document, { previous: previous?.document })];
	return { row, draft, document, statistics, pendingUnits, previous, checks };
}
