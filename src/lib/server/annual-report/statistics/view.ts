// The statistics page's data: the figures saved so far (or, on a unit's first visit, 二、上年结转
// prefilled from last year's 四、结转下年度 when the system holds last year's report), the checks on
// them, the submissions with the office's decisions, and what the viewer may do.
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DB } from '../../db/client';
import { annualReportSubmission, user, type AnnualReportStatus } from '../../db/schema';
import { can, type PolicyUser } from '../../auth/policy';
import { getFormat, TABLE3_COLUMNS, type FormatId } from '../../../annual-report/format';
import type { Acknowledgements } from '../../../annual-report/acknowledgements';
import type { CellValue, CheckResult, Statistics } from '../../../annual-report/types';
import { assertViewReport, canEditReport } from '../access';
import { previousStatistics } from '../previous';
import { getReportRow, statisticsOf, subjectName, type ReportRef } from '../store';
import { statisticsChecks } from './entry';

export interface SubmissionRow {
	id: number;
	submittedAt: number;
	by: string;
	decision: 'accepted' | 'returned' | null;
	reason: string;
	decidedAt: number | null;
	decidedBy: string | null;
}

export interface StatisticsView {
	ref: ReportRef;
	name: string;
	format: FormatId;
	basis: string;
	/** 0 while nothing is saved. */
	version: number;
	status: AnnualReportStatus | null;
	imported: boolean;
	cells: Record<string, CellValue>;
	/** Cells filled from last year's report, not saved yet. */
	prefilled: string[];
	/** Last year's figures of the same unit, for S1 and S3 as the user types. */
	previous: Statistics | null;
	acknowledgements: Acknowledgements;
	checks: CheckResult[];
	submissions: SubmissionRow[];
	can: { edit: boolean; submit: boolean; decide: boolean };
}

const EDITABLE: (AnnualReportStatus | null)[] = [null, 'draft', 'returned'];

export function getStatisticsView(db: DB, viewer: PolicyUser, ref: ReportRef): StatisticsView {
	assertViewReport(viewer, ref);
	const name = subjectName(db, ref);
	const row = getReportRow(db, ref);
	const stats = statisticsOf(row, ref.year);
	const edit = canEditReport(viewer, ref) && !row?.imported && EDITABLE.includes(row?.status ?? null);
	const previous = ref.unitId === null ? null : previousStatistics(db, ref);
	const prefilled: string[] = [];
	const carriedIn = TABLE3_COLUMNS.map((c) => `t3.carriedIn.${c.key}`);
	if (edit && previous && carriedIn.every((k) => stats.cells[k] === null)) {
		for (const c of TABLE3_COLUMNS) {
			const before = previous.cells[`t3.carriedOut.${c.key}`] ?? null;
			if (before === null) continue;
			stats.cells[`t3.carriedIn.${c.key}`] = before;
			prefilled.push(`t3.carriedIn.${c.key}`);
		}
	}
	const decider = alias(user, 'decider');
	const submissions = row
		? db
				.select({
					id: annualReportSubmission.id,
					submittedAt: annualReportSubmission.submittedAt,
					by: user.displayName,
					decision: annualReportSubmission.decision,
					reason: annualReportSubmission.reason,
					decidedAt: annualReportSubmission.decidedAt,
					decidedBy: decider.displayName
				})
				.from(annualReportSubmission)
				.innerJoin(user, eq(user.id, annualReportSubmission.submittedBy))
				.leftJoin(decider, eq(decider.id, annualReportSubmission.decidedBy))
				.where(eq(annualReportSubmission.reportId, row.id))
				.orderBy(asc(annualReportSubmission.submittedAt), asc(annualReportSubmission.id))
				.all()
		: [];
	return {
		ref,
		name,
		format: stats.format,
		basis: getFormat(stats.format).basis,
		version: row?.version ?? 0,
		status: row?.status ?? null,
		imported: row?.imported ?? false,
		cells: stats.cells as Record<string, CellValue>,
		prefilled,
		previous,
		acknowledgements: row?.acknowledgements ?? {},
		checks: statisticsChecks(db, ref, stats, row?.status === 'submitted' || row?.status === 'accepted'),
		submissions,
		can: {
			edit,
			submit: edit && ref.unitId !== null,
			decide: ref.unitId !== null && row?.status === 'submitted' && can(viewer, 'report.decide')
		}
	};
}
