// 审核: the office accepts a unit's submitted figures (they then count in the city's report) or
// returns them with a reason the unit sees in its inbox. The decision is written on the submission
// it decided, so every submission keeps its own outcome.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DB } from '../../db/client';
import { annualReportSubmission, notice } from '../../db/schema';
import { recordAudit } from '../../audit';
import { assertCan } from '../../auth/policy';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/errors';
import { getReportRow, reportName, requireFresh, subjectName, updateRow, type ReportRef } from '../store';

export interface Decision {
	decision: 'accept' | 'return';
	reason: string;
	version: number;
}

export const REASON_MAX = 1000;

export function decideStatistics(
	db: DB,
	actor: Actor,
	ref: ReportRef & { unitId: number },
	input: Decision,
	now = Date.now()
): void {
	assertCan(actor, 'report.decide', undefined, '只有政务公开办可以审核年度报告统计数据');
	const reason = input.reason.trim();
	if (input.decision !== 'accept' && input.decision !== 'return') throw new DomainError('invalid', '请选择通过或退回');
	if (input.decision === 'return' && !reason)
		throw new DomainError('invalid', '退回时必须说明原因', { reason: '请填写退回原因' });
	if (reason.length > REASON_MAX)
		throw new DomainError('invalid', `意见不能超过 ${REASON_MAX} 字`, { reason: `不能超过 ${REASON_MAX} 字` });
	db.transaction((tx) => {
		const row = getReportRow(tx, ref);
		if (!row) throw new DomainError('not_found', '该单位尚未填报这一年度的统计数据');
		requireFresh(row, input.version);
		if (row.status !== 'submitted')
			throw new DomainError('conflict', '这份统计数据不在待审核状态（可能已被审核或退回），请刷新页面');
		const pending = tx
			.select({ id: annualReportSubmission.id })
			.from(annualReportSubmission)
			.where(and(eq(annualReportSubmission.reportId, row.id), isNull(annualReportSubmission.decision)))
			.orderBy(desc(annualReportSubmission.submittedAt), desc(annualReportSubmission.id))
			.get();
		if (!pending) throw new DomainError('conflict', '没有找到待审核的报送记录，请刷新页面');
		const accepted = input.decision === 'accept';
		tx.update(annualReportSubmission)
			.set({ decision: accepted ? 'accepted' : 'returned', reason, decidedAt: now, decidedBy: actor.id })
			.where(eq(annualReportSubmission.id, pending.id))
			.run();
		updateRow(tx, actor, row, { status: accepted ? 'accepted' : 'returned' }, now);
		const name = reportName(subjectName(tx, ref), ref.year);
		const text = accepted
			? `${ref.year}年度政府信息公开工作年度报告统计数据已审核通过${reason ? `。意见：${reason}` : ''}`
			: `${ref.year}年度政府信息公开工作年度报告统计数据被退回，请修改后重新报送。原因：${reason}`;
		tx.insert(notice)
			.values({
				unitId: ref.unitId,
				kind: accepted ? 'accepted' : 'returned',
				message: text,
				createdBy: actor.id,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: accepted ? 'report.accept' : 'report.return',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `${accepted ? '审核通过' : '退回'}${name}的统计数据${reason ? `：${reason}` : ''}`.slice(0, 300),
			detail: { submissionId: pending.id }
		});
	});
}
