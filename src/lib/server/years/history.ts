// 历年对比: every plan year of the city or of one unit side by side — tasks, assignments, 完成 and
// 逾期, whether the year is closed, the annual report's key figures and the 考核 result. Completion is
// the boards' own (accepted / assignments over the trigger-kept roll-ups, boards/types.ts). A unit's
// history follows 机构改革: its predecessors' years are its years too, under the names they had.
import { and, asc, countDistinct, inArray, sql } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, assignmentRollup, plan, task } from '../db/schema';
import { assertCan, can, type PolicyUser } from '../auth/policy';
import { DomainError } from '../shared/errors';
import { completion, sumOf, type Completion } from '../boards/types';
import { listLineage, type LineageUnit } from '../units/succession';
import { currentSuccessors } from '../units/reform';
import { computeCityTotals } from '../annual-report/city';
import { countingRow, publishedStatistics } from '../annual-report/previous';
import { subjectName } from '../annual-report/store';
import { formatForYear } from '../../annual-report/format';
import { annualResult, type AnnualResult } from './annual-result';
import { addReportFigures, computeReportFigures, type ReportFigures } from './report-figures';

export interface YearFigures extends Completion {
	/** Tasks with at least one assignment in scope (the city: every task of the year's plans). */
	tasks: number;
	/** Assignments with a red light: overdue. */
	red: number;
}

/** Where a year's report figures come from: the body's final report, its accepted units added up so far, a unit's accepted figures, or a published report brought in. */
export type ReportSource = 'final' | 'accepted_sum' | 'accepted' | 'imported';

export interface YearReport extends ReportFigures {
	source: ReportSource;
}

/** One unit's share of a year: the unit itself or a predecessor, named as it was. */
export interface YearPart extends YearFigures {
	unitId: number;
	name: string;
	predecessor: boolean;
	report: YearReport | null;
	assessment: AnnualResult | null;
}

export interface YearRow extends YearFigures {
	year: number;
	plans: { id: number; title: string; closedAt: number | null }[];
	/** Every plan of the year is closed (关闭年度). */
	closed: boolean;
	/** A unit's years: its own and its predecessors' shares (empty for the city). */
	parts: YearPart[];
	report: YearReport | null;
	/** The city's, the unit's own, or the only predecessor's (a rename) result of the year. */
	assessment: AnnualResult | null;
}

export interface YearsOverview {
	subject: { unitId: number | null; name: string };
	/** For a unit: itself, then the units it descends from. */
	lineage: LineageUnit[];
	/** For an old unit: the units that carry its work on today. */
	successors: { unitId: number; name: string }[];
	/** Oldest year first, as a chart reads. */
	years: YearRow[];
}

const EMPTY: YearFigures = { tasks: 0, red: 0, ...completion(0, 0) };

function add(parts: { total: number; accepted: number; red: number }[]): YearFigures {
	const total = parts.reduce((n, p) => n + p.total, 0);
	const accepted = parts.reduce((n, p) => n + p.accepted, 0);
	return { tasks: 0, red: parts.reduce((n, p) => n + p.red, 0), ...completion(total, accepted) };
}

/** Roll-up sums per plan and unit (or per plan, for the city), and distinct tasks likewise. */
function figuresByPlan(db: DB, unitIds: number[] | null) {
	// As the boards: a roll-up row whose assignments all moved away (机构改革) stays, with nothing in it.
	const inScope = and(
		unitIds ? inArray(assignmentRollup.unitId, unitIds) : undefined,
		sql`${assignmentRollup.total} > 0`
	);
	const sums = db
		.select({
			planId: assignmentRollup.planId,
			unitId: assignmentRollup.unitId,
			total: sumOf(assignmentRollup.total),
			accepted: sumOf(assignmentRollup.accepted),
			red: sumOf(assignmentRollup.red)
		})
		.from(assignmentRollup)
		.where(inScope)
		.groupBy(assignmentRollup.planId, assignmentRollup.unitId)
		.all();
	const tasksPer = (byUnit: boolean) =>
		db
			.select({ planId: assignment.planId, unitId: assignment.unitId, n: countDistinct(assignment.taskId) })
			.from(assignment)
			.where(unitIds ? inArray(assignment.unitId, unitIds) : undefined)
			.groupBy(...(byUnit ? [assignment.planId, assignment.unitId] : [assignment.planId]))
			.all();
	const planTasks = unitIds
		? tasksPer(false)
		: db
				.select({ planId: task.planId, n: countDistinct(task.id) })
				.from(task)
				.groupBy(task.planId)
				.all();
	return { sums, unitTasks: unitIds ? tasksPer(true) : [], planTasks };
}

function requireView(db: DB, viewer: PolicyUser, unitId: number | null) {
	if (unitId === null) {
		assertCan(viewer, 'board.all_units', undefined, '只有政务公开办和领导可以查看全市历年情况');
		return { unitId, name: subjectName(db, { unitId: null }) };
	}
	if (viewer.role === 'unit' && viewer.unitId !== unitId) throw new DomainError('not_found', '单位不存在');
	assertCan(viewer, 'board.view');
	return { unitId, name: subjectName(db, { unitId }) };
}

async function cityReport(db: DB, year: number): Promise<YearReport | null> {
	if (!formatForYear(year)) return null;
	const own = countingRow(db, { year, unitId: null });
	if (own) return { ...computeReportFigures(publishedStatistics(own)), source: own.imported ? 'imported' : 'final' };
	const city = await computeCityTotals(db, year);
	return city.parts.length ? { ...computeReportFigures(city.total), source: 'accepted_sum' } : null;
}

function unitReport(db: DB, year: number, unitId: number): YearReport | null {
	const row = countingRow(db, { year, unitId });
	return row
		? { ...computeReportFigures(publishedStatistics(row)), source: row.imported ? 'imported' : 'accepted' }
		: null;
}

/** Several shares' reports added up; the source is the common one, else 'accepted'. */
function combinedReport(parts: YearPart[]): YearReport | null {
	const given = parts.flatMap((p) => (p.report ? [p.report] : []));
	const figures = addReportFigures(given);
	if (!figures) return null;
	const source = given.every((r) => r.source === given[0].source) ? given[0].source : 'accepted';
	return { ...figures, source };
}

/**
 * Every plan year side by side for the city (unitId null: the office and leaders) or for one unit
 * (unit staff: their own unit only, another is "not found").
 */
export async function yearsOverview(
	db: DB,
	viewer: PolicyUser,
	opts: { unitId: number | null }
): Promise<YearsOverview> {
	const subject = requireView(db, viewer, opts.unitId);
	const lineage = subject.unitId === null ? [] : listLineage(db, subject.unitId);
	const unitIds = subject.unitId === null ? null : lineage.map((u) => u.unitId);
	const plans = db
		.select({ id: plan.id, title: plan.title, year: plan.year, closedAt: plan.closedAt })
		.from(plan)
		.orderBy(asc(plan.year), asc(plan.id))
		.all();
	const { sums, unitTasks, planTasks } = figuresByPlan(db, unitIds);
	const years = [...new Set(plans.map((p) => p.year))];
	const rows: YearRow[] = [];
	for (const year of years) {
		const ofYear = plans.filter((p) => p.year === year);
		const ids = new Set(ofYear.map((p) => p.id));
		const tasks = planTasks.filter((t) => ids.has(t.planId)).reduce((n, t) => n + t.n, 0);
		const parts: YearPart[] = lineage.flatMap((u) => {
			const mine = sums.filter((s) => ids.has(s.planId) && s.unitId === u.unitId);
			const report = unitReport(db, year, u.unitId);
			const assessment = annualResult(db, year, u.unitId);
			if (!mine.length && !report && !assessment) return [];
			const tasksOfUnit = unitTasks
				.filter((t) => ids.has(t.planId) && t.unitId === u.unitId)
				.reduce((n, t) => n + t.n, 0);
			return [
				{
					...(mine.length ? add(mine) : EMPTY),
					tasks: tasksOfUnit,
					unitId: u.unitId,
					name: u.name,
					predecessor: u.via !== null,
					report,
					assessment
				}
			];
		});
		if (subject.unitId !== null && !parts.length) continue; // not the unit's year
		const figures = add(subject.unitId === null ? sums.filter((s) => ids.has(s.planId)) : parts);
		const own = parts.find((p) => !p.predecessor);
		rows.push({
			year,
			...figures,
			tasks,
			plans: ofYear.map(({ id, title, closedAt }) => ({ id, title, closedAt })),
			closed: ofYear.every((p) => p.closedAt !== null),
			parts,
			report: subject.unitId === null ? await cityReport(db, year) : combinedReport(parts),
			assessment:
				subject.unitId === null
					? annualResult(db, year, null)
					: (own?.assessment ?? (parts.length === 1 ? parts[0].assessment : null))
		});
	}
	const successors =
		subject.unitId === null
			? []
			: currentSuccessors(db, subject.unitId)
					.filter((id) => id !== subject.unitId)
					.map((id) => ({ unitId: id, name: subjectName(db, { unitId: id }) }));
	return { subject, lineage, successors, years: rows };
}

/** Units a viewer may pick on the page: the office and leaders any unit; unit staff none (their own only). */
export function canPickUnit(viewer: PolicyUser): boolean {
	return can(viewer, 'board.all_units');
}
