// 年度报告首页: for a year, where every unit's statistics stand (the office and leaders), or the
// viewer's own unit's (unit staff: nothing of other units), and the body's own report.
import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { DB } from '../db/client';
import {
	annualReport,
	annualReportSubmission,
	plan,
	unit,
	user,
	type AnnualReportStatus,
	type UnitKind
} from '../db/schema';
import { can, type PolicyUser } from '../auth/policy';
import { formatForYear, type FormatId } from '../../annual-report/format';
import { readStoredDraft } from './draft/model';
import { formatOfYear, subjectName } from './store';

export interface UnitReportRow {
	unitId: number;
	name: string;
	kind: UnitKind;
	/** null: nothing saved yet (未填报). */
	status: AnnualReportStatus | null;
	imported: boolean;
	hasDraft: boolean;
	finalAt: number | null;
	submissions: number;
	last: { submittedAt: number; by: string; decision: 'accepted' | 'returned' | null; reason: string } | null;
}

export interface YearOverview {
	year: number;
	format: FormatId;
	years: number[];
	bodyName: string;
	/** The body's own report, for the office and leaders; null for unit staff. */
	body: { exists: boolean; imported: boolean; hasDraft: boolean; finalAt: number | null } | null;
	units: UnitReportRow[];
	counts: Record<AnnualReportStatus | 'none', number>;
	plans: { id: number; title: string }[];
}

/** Years with a plan or a report (2019 on, when the national format began), and last year. */
export function reportYears(db: DB, thisYear: number): number[] {
	const years = new Set<number>();
	for (const r of db.selectDistinct({ y: plan.year }).from(plan).where(gte(plan.year, 2019)).all()) years.add(r.y);
	for (const r of db.selectDistinct({ y: annualReport.year }).from(annualReport).all()) years.add(r.y);
	if (formatForYear(thisYear - 1)) years.add(thisYear - 1);
	return [...years].filter((y) => formatForYear(y) && y <= thisYear).sort((a, b) => b - a);
}

/** The year a visitor most likely means: the latest with a plan, else last year. */
export function defaultReportYear(db: DB, thisYear: number): number {
	const latest = db
		.select({ y: plan.year })
		.from(plan)
		.where(gte(plan.year, 2019))
		.orderBy(desc(plan.year))
		.all()
		.find((r) => r.y <= thisYear);
	return latest?.y ?? thisYear - 1;
}

export function getYearOverview(db: DB, viewer: PolicyUser, year: number, thisYear: number): YearOverview {
	const format = formatOfYear(year);
	const all = can(viewer, 'report.view_all');
	const units = db
		.select({ unitId: unit.id, name: unit.shortName, kind: unit.kind })
		.from(unit)
		.where(all ? eq(unit.active, true) : eq(unit.id, viewer.unitId ?? -1))
		.orderBy(asc(unit.sortOrder), asc(unit.id))
		.all();
	const rows = db
		.select()
		.from(annualReport)
		.where(and(eq(annualReport.year, year), all ? undefined : eq(annualReport.unitId, viewer.unitId ?? -1)))
		.all();
	const ids = rows.map((r) => r.id);
	const subs = ids.length
		? db
				.select({
					reportId: annualReportSubmission.reportId,
					submittedAt: annualReportSubmission.submittedAt,
					decision: annualReportSubmission.decision,
					reason: annualReportSubmission.reason,
					by: user.displayName
				})
				.from(annualReportSubmission)
				.innerJoin(user, eq(user.id, annualReportSubmission.submittedBy))
				.where(inArray(annualReportSubmission.reportId, ids))
				.orderBy(desc(annualReportSubmission.submittedAt), desc(annualReportSubmission.id))
				.all()
		: [];
	const byUnit = new Map(rows.filter((r) => r.unitId !== null).map((r) => [r.unitId, r]));
	const counts: YearOverview['counts'] = { none: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 };
	const out: UnitReportRow[] = units.map((u) => {
		const row = byUnit.get(u.unitId);
		const mine = row ? subs.filter((s) => s.reportId === row.id) : [];
		counts[row?.status ?? 'none']++;
		return {
			...u,
			status: row?.status ?? null,
			imported: row?.imported ?? false,
			hasDraft: !!readStoredDraft(row?.document),
			finalAt: row?.finalAt ?? null,
			submissions: mine.length,
			last: mine[0]
				? { submittedAt: mine[0].submittedAt, by: mine[0].by, decision: mine[0].decision, reason: mine[0].reason }
				: null
		};
	});
	const own = all
		? db
				.select()
				.from(annualReport)
				.where(and(eq(annualReport.year, year), isNull(annualReport.unitId)))
				.get()
		: undefined;
	return {
		year,
		format,
		years: reportYears(db, thisYear),
		bodyName: subjectName(db, { unitId: null }),
		body: all
			? {
					exists: !!own,
					imported: own?.imported ?? false,
					hasDraft: !!readStoredDraft(own?.document),
					finalAt: own?.finalAt ?? null
				}
			: null,
		units: out,
		counts,
		plans: db
			.select({ id: plan.id, title: plan.title })
			.from(plan)
			.where(eq(plan.year, year))
			.orderBy(asc(plan.id))
			.all()
	};
}
