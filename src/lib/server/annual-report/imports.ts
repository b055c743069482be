// 导入已发布的报告: a report read by the checker is kept as a unit's (or the body's) report of its
// year, figures and text, so that next year S1 and S3 compare with its figures, 雷同 with its text,
// and the draft's 五 answers the improvements it stated. A report built in the system is never
// overwritten by an import; an earlier import of the same year is replaced.
import type { DB } from '../db/client';
import { annualReport } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { REPORT_STATUS_LABEL } from '../../labels';
import { getFormat } from '../../annual-report/format';
import { EXTRA_CELLS } from '../../annual-report/extra';
import type { ReportDocument } from '../../annual-report/types';
import { fromReportDocument } from './draft/model';
import { readReportText } from './read/index';
import { getReportRow, reportName, subjectName, updateRow, type ReportRef } from './store';

function assertCanImport(actor: Actor, target: { unitId: number | null }): void {
	if (target.unitId === null) assertCan(actor, 'report.import', undefined, '只有政务公开办可以导入本级报告');
	else assertCan(actor, 'report.import', { unitId: target.unitId }, '只能导入本单位的报告');
}

export function importReport(
	db: DB,
	actor: Actor,
	target: { unitId: number | null },
	report: ReportDocument,
	now = Date.now()
): { reportId: number; replaced: boolean } {
	assertCanImport(actor, target);
	const ref: ReportRef = { year: report.year, unitId: target.unitId };
	const statistics: Record<string, number | null> = {};
	for (const def of getFormat(report.format).cells) statistics[def.key] = report.statistics.cells[def.key] ?? null;
	for (const c of EXTRA_CELLS) statistics[c.key] = report.statistics.cells[c.key] ?? null;
	const document = fromReportDocument(report) as unknown as Record<string, unknown>;
	return db.transaction((tx) => {
		const name = subjectName(tx, ref);
		const existing = getReportRow(tx, ref);
		if (existing && !existing.imported)
			throw new DomainError(
				'conflict',
				`系统中已有${reportName(name, ref.year)}（${REPORT_STATUS_LABEL[existing.status]}），不能用导入的报告覆盖`
			);
		const values = {
			format: report.format,
			statistics,
			acknowledgements: {},
			document,
			status: 'accepted' as const,
			imported: true,
			finalAt: now
		};
		const row = existing
			? updateRow(tx, actor, existing, values, now)
			: tx
					.insert(annualReport)
					.values({ year: ref.year, unitId: ref.unitId, ...values, updatedAt: now, updatedBy: actor.id || null })
					.returning()
					.get();
		recordAudit(tx, actor, {
			action: 'report.import',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `导入${reportName(name, ref.year)}：${report.title}`.slice(0, 300),
			detail: { replaced: !!existing }
		});
		return { reportId: row.id, replaced: !!existing };
	});
}

/** The import form posts the checked report back as text in the published layout: read it again. */
export function importReportText(
	db: DB,
	actor: Actor,
	target: { unitId: number | null },
	text: string,
	now = Date.now()
) {
	assertCanImport(actor, target);
	if (!text.trim()) throw new DomainError('invalid', '没有要导入的报告，请先体检');
	return importReport(db, actor, target, readReportText(text).report, now);
}
