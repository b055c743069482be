// The annual_report rows, read and written one way: whose report it is (a unit's, or with unitId null
// the body's own), its statistics as the model's Statistics, and every change bumping `version` so a
// stale form is refused instead of overwriting what someone else saved.
import { and, eq, isNull } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { annualReport, unit } from '../db/schema';
import { getBody } from '../body';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { formatForYear, getFormat, type FormatId } from '../../annual-report/format';
import { EXTRA_CELLS } from '../../annual-report/extra';
import type { CellValue, Statistics } from '../../annual-report/types';

/** Whose report of which year: a unit's, or (unitId null) the body's own — the city's report. */
export interface ReportRef {
	year: number;
	unitId: number | null;
}

export type ReportRow = typeof annualReport.$inferSelect;
type Reader = Pick<DB, 'select'>;

export function getReportRow(db: Reader, ref: ReportRef): ReportRow | null {
	const who = ref.unitId === null ? isNull(annualReport.unitId) : eq(annualReport.unitId, ref.unitId);
	return (
		db
			.select()
			.from(annualReport)
			.where(and(eq(annualReport.year, ref.year), who))
			.get() ?? null
	);
}

/** The national format a report of `year` uses; refused before 2019, when there was none. */
export function formatOfYear(year: number): FormatId {
	const format = Number.isInteger(year) ? formatForYear(year) : null;
	if (!format)
		throw new DomainError('invalid', `${year}年度没有全国统一的年度报告格式（2019年度起施行），不能在系统中填报`);
	return format;
}

/** Every cell of the format (and the extra figures) a row may hold, blank when it holds none. */
export function statisticsOf(row: Pick<ReportRow, 'format' | 'statistics'> | null, year: number): Statistics {
	const format = row?.format ?? formatOfYear(year);
	const stored = row?.statistics ?? {};
	const cells: Record<string, CellValue> = {};
	for (const def of getFormat(format).cells) cells[def.key] = stored[def.key] ?? null;
	for (const c of EXTRA_CELLS) cells[c.key] = stored[c.key] ?? null;
	return { format, cells };
}

export const isBlank = (stats: Statistics) => Object.values(stats.cells).every((v) => v === null || v === undefined);

/** The unit a ref names, or the body: its name as reports are titled and issued. */
export function subjectName(db: Reader, ref: Pick<ReportRef, 'unitId'>): string {
	if (ref.unitId === null) {
		const body = getBody(db);
		return body.issuer || body.name || '本级机关';
	}
	const row = db.select({ name: unit.name }).from(unit).where(eq(unit.id, ref.unitId)).get();
	if (!row) throw new DomainError('not_found', '单位不存在');
	return row.name;
}

export function requireFresh(row: Pick<ReportRow, 'version'>, version: number): void {
	if (row.version !== version)
		throw new DomainError('conflict', '这份报告已有新的变化（可能在另一个窗口或由他人保存），请刷新页面后再操作');
}

/** The row of `ref`, created (blank, in its year's format) when there is none yet. */
export function ensureRow(tx: Tx, actor: Actor, ref: ReportRef, now: number): ReportRow {
	const existing = getReportRow(tx, ref);
	if (existing) return existing;
	const format = formatOfYear(ref.year);
	if (ref.unitId !== null) subjectName(tx, ref);
	return tx
		.insert(annualReport)
		.values({ year: ref.year, unitId: ref.unitId, format, statistics: {}, updatedAt: now, updatedBy: actor.id || null })
		.returning()
		.get();
}

type RowChanges = Partial<
	Pick<ReportRow, 'statistics' | 'acknowledgements' | 'document' | 'status' | 'imported' | 'finalAt' | 'format'>
>;

/** Writes `changes` and bumps the version; refused when someone changed the row since it was read. */
export function updateRow(tx: Tx, actor: Actor, row: ReportRow, changes: RowChanges, now: number): ReportRow {
	const updated = tx
		.update(annualReport)
		.set({ ...changes, version: row.version + 1, updatedAt: now, updatedBy: actor.id || null })
		.where(and(eq(annualReport.id, row.id), eq(annualReport.version, row.version)))
		.returning()
		.get();
	if (!updated) throw new DomainError('conflict', '这份报告已有新的变化，请刷新页面后再操作');
	return updated;
}

/** Where a report is in the year, for the Chinese messages: «市司法局2020年度报告». */
export function reportName(name: string, year: number): string {
	return `${name}${year}年度报告`;
}
