// Every check in one place, two ways in: checkStatistics for the entry form (fast, on a partial
// object, as the user types) and checkReport for a whole report (a draft or a published one).

import type { CheckResult, ReportDocument, Statistics } from '../types';
import { checkFees, checkProblems, checkSimilarity, checkStructure } from './content';
import { checkAggregate, checkCarryOver, checkDocumentsInForce } from './history';
import { checkIdentities, type IdentityOptions } from './identities';
import { checkTextAgainstTables } from './text';

export interface StatisticsCheckOptions extends IdentityOptions {
	/** The same body's statistics of the year before: enables S1 and S3. */
	previous?: Statistics;
	/** The statistics this one aggregates (a city's units): enables S2. */
	parts?: readonly Statistics[];
}

const LEVEL_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then information; otherwise in the order the checks ran. */
function byLevel(results: CheckResult[]): CheckResult[] {
	return results
		.map((r, i) => ({ r, i }))
		.sort((a, b) => LEVEL_ORDER[a.r.level] - LEVEL_ORDER[b.r.level] || a.i - b.i)
		.map((x) => x.r);
}

/** H1–H5, and S1/S3/S2 when last year's or the parts' statistics are given. */
export function checkStatistics(stats: Statistics, opts: StatisticsCheckOptions = {}): CheckResult[] {
	const out = checkIdentities(stats, opts);
	if (opts.previous) out.push(...checkCarryOver(stats, opts.previous), ...checkDocumentsInForce(stats, opts.previous));
	if (opts.parts?.length) out.push(...checkAggregate(stats, opts.parts));
	return byLevel(out);
}

export interface ReportCheckOptions {
	/** The same body's previous report: S1 and S3 when it is of the year before, R1 (雷同) in any case. */
	previous?: ReportDocument;
	/** Statistics of the bodies this report aggregates (S2). */
	parts?: readonly Statistics[];
	/** Findings made while reading the report (F1), listed with the rest. */
	findings?: readonly CheckResult[];
}

export function checkReport(report: ReportDocument, opts: ReportCheckOptions = {}): CheckResult[] {
	const out: CheckResult[] = [...(opts.findings ?? []), ...checkStructure(report)];
	out.push(...checkIdentities(report.statistics, { complete: true }));
	const prev = opts.previous;
	if (prev && prev.year === report.year - 1) {
		out.push(...checkCarryOver(report.statistics, prev.statistics));
		out.push(...checkDocumentsInForce(report.statistics, prev.statistics));
	} else if (prev) {
		out.push({
			id: 'S1',
			level: 'info',
			where: { cells: [] },
			message: `所附上年报告是${prev.year}年度的，不是${report.year - 1}年度，未核对上年结转（S1）和现行有效件数（S3）`
		});
	}
	if (opts.parts?.length) out.push(...checkAggregate(report.statistics, opts.parts));
	out.push(...checkTextAgainstTables(report), ...checkProblems(report), ...checkFees(report));
	if (prev) out.push(...checkSimilarity(report, prev));
	return byLevel(out);
}
