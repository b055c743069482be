// 全市汇总: the body's report adds up its units' accepted figures and its own (本级), cell by cell
// (S2), with a drill-down from any cell to the units that make it up. Only accepted figures count:
// a unit's draft or a submission the office has not accepted is the unit's own. Loaded in slices,
// so 300 units' statistics never hold other requests up for long.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { annualReport, unit, type AnnualReportStatus, type UnitKind } from '../db/schema';
import { assertCan, type PolicyUser } from '../auth/policy';
import { yieldToLoop } from '../shared/yield';
import { cellLabel, type FormatId } from '../../annual-report/format';
import { EXTRA_CELLS, extraCell } from '../../annual-report/extra';
import type { CellValue, Statistics } from '../../annual-report/types';
import { CellSums } from '../../annual-report/values';
import { formatOfYear, getReportRow, isBlank, statisticsOf, subjectName } from './store';

export interface CityPart {
	/** null: the body's own figures (本级). */
	unitId: number | null;
	name: string;
	imported: boolean;
	statistics: Statistics;
}

export interface PendingUnit {
	unitId: number;
	name: string;
	kind: UnitKind;
	/** null: nothing entered yet. */
	status: AnnualReportStatus | null;
}

export interface CityTotals {
	year: number;
	format: FormatId;
	bodyName: string;
	/** Units whose figures were accepted, in registry order, then 本级 when it has any figure. */
	parts: CityPart[];
	/** Active units whose figures are not (yet) accepted: not in the total. */
	pending: PendingUnit[];
	total: Statistics;
}

/** Units' statistics read, parsed and added per turn of the event loop (a few milliseconds each). */
const SLICE = 25;

export async function loadCityTotals(db: DB, viewer: PolicyUser, year: number): Promise<CityTotals> {
	assertCan(viewer, 'report.view_all', undefined, '只有政务公开办和领导可以查看汇总报告');
	return computeCityTotals(db, year);
}

/** The totals without an access check: for the domain's own use once the caller was checked. */
export async function computeCityTotals(db: DB, year: number): Promise<CityTotals> {
	const format = formatOfYear(year);
	const accepted = db
		.select({ id: annualReport.id, unitId: annualReport.unitId, name: unit.shortName, imported: annualReport.imported })
		.from(annualReport)
		.innerJoin(unit, eq(unit.id, annualReport.unitId))
		.where(and(eq(annualReport.year, year), eq(annualReport.status, 'accepted')))
		.orderBy(asc(unit.sortOrder), asc(unit.id))
		.all();
	const parts: CityPart[] = [];
	const sums = new CellSums(format, EXTRA_CELLS);
	for (let i = 0; i < accepted.length; i += SLICE) {
		const slice = accepted.slice(i, i + SLICE);
		const rows = db
			.select({ id: annualReport.id, format: annualReport.format, statistics: annualReport.statistics })
			.from(annualReport)
			.where(
				inArray(
					annualReport.id,
					slice.map((r) => r.id)
				)
			)
			.all();
		const byId = new Map(rows.map((r) => [r.id, r]));
		for (const r of slice) {
			const row = byId.get(r.id);
			if (!row) continue;
			// As stored (a missing key is blank): copying 200 cells for each of 300 units costs more than the sum.
			const statistics: Statistics = { format: row.format, cells: row.statistics };
			sums.add(statistics);
			parts.push({ unitId: r.unitId, name: r.name, imported: r.imported, statistics });
		}
		await yieldToLoop();
	}
	const own = getReportRow(db, { year, unitId: null });
	const bodyName = subjectName(db, { unitId: null });
	if (own && !own.imported) {
		const stats = statisticsOf(own, year);
		if (!isBlank(stats)) {
			sums.add(stats);
			parts.push({ unitId: null, name: `${bodyName}（本级）`, imported: false, statistics: stats });
		}
	}
	const acceptedIds = new Set(accepted.map((r) => r.unitId));
	const pending = db
		.select({ unitId: unit.id, name: unit.shortName, kind: unit.kind, status: annualReport.status })
		.from(unit)
		.leftJoin(annualReport, and(eq(annualReport.unitId, unit.id), eq(annualReport.year, year)))
		.where(eq(unit.active, true))
		.orderBy(asc(unit.sortOrder), asc(unit.id))
		.all()
		.filter((u) => !acceptedIds.has(u.unitId));
	return { year, format, bodyName, parts, pending, total: sums.result() };
}

export interface DrillDown {
	key: string;
	label: string;
	total: CellValue;
	/** The parts with a figure in the cell, largest first; blank parts are only counted. */
	rows: { unitId: number | null; name: string; value: number }[];
	blank: number;
}

/** Which units make up one aggregated cell, and each one's figure. */
export function drillDown(city: CityTotals, key: string): DrillDown | null {
	const label = extraCell(key)?.label ?? cellLabel(city.format, key);
	if (label === key && !(key in city.total.cells)) return null;
	const rows: DrillDown['rows'] = [];
	let blank = 0;
	for (const p of city.parts) {
		const v = p.statistics.cells[key] ?? null;
		if (v === null) blank++;
		else rows.push({ unitId: p.unitId, name: p.name, value: v });
	}
	rows.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'zh'));
	return { key, label, total: city.total.cells[key] ?? null, rows, blank };
}
