// 统计数据填报: a unit's (or the body's own) figures for a year. Saving takes whatever is typed, even
// half a table, and refuses only text that is not a value of its cell; the checks then run on what
// was saved. Submitting saves first, then refuses while a hard error stands or a warning has no
// note, naming the cells: so nothing typed is lost, and only checked figures reach the office.
import type { DB, Tx } from '../../db/client';
import { annualReportSubmission } from '../../db/schema';
import { recordAudit } from '../../audit';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/errors';
import { cellLabel, getFormat } from '../../../annual-report/format';
import { checkStatistics } from '../../../annual-report/checks/index';
import { checkExtras, extraCell } from '../../../annual-report/extra';
import {
	blockersOf,
	liveAcknowledgements,
	STATISTICS_CHECKS,
	type Acknowledgements
} from '../../../annual-report/acknowledgements';
import type { CellValue, CheckResult, Statistics } from '../../../annual-report/types';
import { parseCellValue } from '../../../annual-report/values';
import { assertEditReport } from '../access';
import { previousStatistics } from '../previous';
import {
	ensureRow,
	getReportRow,
	reportName,
	requireFresh,
	statisticsOf,
	subjectName,
	updateRow,
	type ReportRef,
	type ReportRow
} from '../store';

export interface StatisticsInput {
	/** Cell key → the text typed (what the form posts); keys not given keep their saved value. */
	cells: Record<string, string>;
	version: number;
	/** 空白填 0: every cell still blank is saved as 0 (what offices do for what did not happen). */
	blankAsZero?: boolean;
}

const kindOf = (format: Statistics['format'], key: string) =>
	getFormat(format).byKey.get(key)?.kind ?? extraCell(key)?.kind ?? null;

const labelOf = (format: Statistics['format'], key: string) => extraCell(key)?.label ?? cellLabel(format, key);

/** The typed texts over the saved figures; a text that is no value of its cell is refused, per cell. */
function merge(saved: Statistics, input: StatisticsInput): Statistics {
	const cells: Record<string, CellValue> = {};
	for (const [k, x] of Object.entries(saved.cells)) cells[k] = x ?? null;
	const errors: Record<string, string> = {};
	for (const [key, raw] of Object.entries(input.cells)) {
		const kind = kindOf(saved.format, key);
		if (!kind) continue;
		const parsed = parseCellValue(raw, kind);
		if (parsed.ok) cells[key] = parsed.value;
		else errors[key] = parsed.message;
	}
	const bad = Object.keys(errors);
	if (bad.length) {
		const named = bad.slice(0, 3).map((k) => `${labelOf(saved.format, k)}（${errors[k]}）`);
		throw new DomainError(
			'invalid',
			`有 ${bad.length} 个单元格不是有效的数值，未保存：${named.join('；')}${bad.length > 3 ? ' 等' : ''}`,
			errors
		);
	}
	if (input.blankAsZero) for (const k of Object.keys(cells)) if (cells[k] === null) cells[k] = 0;
	return { format: saved.format, cells };
}

/** The row to change: editable only while the figures are the unit's own (not sent, not published). */
function requireEditable(tx: Tx, actor: Actor, ref: ReportRef, version: number, now: number): ReportRow {
	assertEditReport(actor, ref);
	const existing = getReportRow(tx, ref);
	// A form opened before the row existed posts version 0.
	if (existing) requireFresh(existing, version);
	else if (version !== 0) requireFresh({ version: 0 }, version);
	const row = existing ?? ensureRow(tx, actor, ref, now);
	if (row.imported)
		throw new DomainError('conflict', '这是导入的已发布报告，数据不能在系统中修改；如需更正，请在年报体检中重新导入');
	if (row.status === 'submitted') throw new DomainError('conflict', '统计数据已报送，正在等待政务公开办审核，不能修改');
	if (row.status === 'accepted') throw new DomainError('conflict', '统计数据已审核通过，不能再修改');
	return row;
}

/**
 * The checks the form shows: H1–H5 on what is filled, the extras, and for a unit S1/S3 against its
 * last year. The body's own figures are only part of its report, so they are not compared with
 * last year's whole report (the city's report is, in its draft).
 */
export function statisticsChecks(db: Pick<DB, 'select'>, ref: ReportRef, stats: Statistics, complete: boolean) {
	const previous = ref.unitId === null ? undefined : (previousStatistics(db, ref) ?? undefined);
	return [...checkExtras(stats, complete), ...checkStatistics(stats, { complete, previous })];
}

/** Saves what was typed. Returns the new version and the checks on the saved figures. */
export function saveStatistics(
	db: DB,
	actor: Actor,
	ref: ReportRef,
	input: StatisticsInput,
	now = Date.now()
): { version: number; checks: CheckResult[] } {
	return db.transaction((tx) => {
		const row = requireEditable(tx, actor, ref, input.version, now);
		const stats = merge(statisticsOf(row, ref.year), input);
		const checks = statisticsChecks(tx, ref, stats, false);
		const acknowledgements = liveAcknowledgements(checks, row.acknowledgements, STATISTICS_CHECKS);
		const updated = updateRow(
			tx,
			actor,
			row,
			{ statistics: stats.cells as Record<string, number | null>, acknowledgements },
			now
		);
		recordAudit(tx, actor, {
			action: 'report.save',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `保存${reportName(subjectName(tx, ref), ref.year)}的统计数据`
		});
		return { version: updated.version, checks };
	});
}

/** Why the figures cannot go to the office yet, naming cells; per-cell messages for the form. */
function refusal(format: Statistics['format'], checks: CheckResult[], acks: Acknowledgements): DomainError | null {
	const { errors, unacknowledged } = blockersOf(checks, acks);
	if (!errors.length && !unacknowledged.length) return null;
	const fields: Record<string, string> = {};
	for (const r of [...errors, ...unacknowledged]) for (const k of r.where.cells) fields[k] ??= r.message;
	const parts: string[] = [];
	if (errors.length) {
		const cells = [...new Set(errors.flatMap((r) => r.where.cells))];
		const named = cells.slice(0, 4).map((k) => labelOf(format, k));
		parts.push(
			`有 ${errors.length} 处错误，涉及 ${cells.length} 个单元格：${named.join('；')}${cells.length > 4 ? ' 等' : ''}`
		);
	}
	if (unacknowledged.length)
		parts.push(`有 ${unacknowledged.length} 条提醒尚未说明原因（${unacknowledged.map((r) => r.id).join('、')}）`);
	return new DomainError('invalid', `已保存，但还不能报送：${parts.join('；')}。请改正或说明后再报送`, fields);
}

/** 报送: saves, then — when every check passes — keeps a submission for the office to decide on. */
export function submitStatistics(
	db: DB,
	actor: Actor,
	ref: ReportRef & { unitId: number },
	input: StatisticsInput,
	now = Date.now()
): number {
	const { version } = saveStatistics(db, actor, ref, input, now);
	return db.transaction((tx) => {
		const row = requireEditable(tx, actor, ref, version, now);
		const stats = statisticsOf(row, ref.year);
		const refused = refusal(stats.format, statisticsChecks(tx, ref, stats, true), row.acknowledgements);
		if (refused) throw refused;
		const id = tx
			.insert(annualReportSubmission)
			.values({
				reportId: row.id,
				statistics: row.statistics,
				acknowledgements: row.acknowledgements,
				submittedAt: now,
				submittedBy: actor.id
			})
			.returning({ id: annualReportSubmission.id })
			.get().id;
		updateRow(tx, actor, row, { status: 'submitted' }, now);
		recordAudit(tx, actor, {
			action: 'report.submit',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `报送${reportName(subjectName(tx, ref), ref.year)}的统计数据`,
			detail: { submissionId: id }
		});
		return id;
	});
}
