// 说明提醒: a warning (S1, S3, a sentence against a table, 雷同 …) is acknowledged with a note saying
// why the figure or text stands; an empty note withdraws it. Warnings of the statistics can be
// acknowledged while the figures can still change; warnings of the text while it is not final.
import type { DB } from '../db/client';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { findingKey, NOTE_MAX, STATISTICS_CHECKS } from '../../annual-report/acknowledgements';
import type { CheckId, CheckResult } from '../../annual-report/types';
import { assertEditReport } from './access';
import { draftChecks } from './draft/checks';
import { statisticsChecks } from './statistics/entry';
import { getReportRow, reportName, requireFresh, statisticsOf, subjectName, updateRow, type ReportRef } from './store';

export interface AcknowledgeInput {
	key: string;
	note: string;
	version: number;
}

export async function acknowledgeWarning(
	db: DB,
	actor: Actor,
	ref: ReportRef,
	input: AcknowledgeInput,
	now = Date.now()
): Promise<void> {
	assertEditReport(actor, ref);
	const note = input.note.trim();
	if (note.length > NOTE_MAX)
		throw new DomainError('invalid', `说明不能超过 ${NOTE_MAX} 字`, { note: `不能超过 ${NOTE_MAX} 字` });
	const row = getReportRow(db, ref);
	if (!row) throw new DomainError('not_found', '这份报告还没有保存过，请先保存');
	const ofStatistics = STATISTICS_CHECKS.includes(input.key.split(':')[0] as CheckId);
	let warnings: CheckResult[];
	if (ofStatistics && ref.unitId !== null) {
		if (row.status === 'submitted' || row.status === 'accepted' || row.imported)
			throw new DomainError('conflict', '统计数据已报送或已通过，不能再修改说明');
		warnings = statisticsChecks(db, ref, statisticsOf(row, ref.year), true);
	} else {
		if (row.finalAt) throw new DomainError('conflict', '报告已定稿，请先撤销定稿再修改说明');
		const checked = await draftChecks(db, ref);
		if (!checked) throw new DomainError('not_found', '这份报告还没有草稿，请先生成草稿');
		warnings = checked.checks;
	}
	const finding = warnings.find((w) => w.level === 'warning' && findingKey(w) === input.key);
	if (!finding) throw new DomainError('conflict', '这条提醒已不存在（数据或文字已有变化），请刷新页面');
	const acknowledgements = { ...row.acknowledgements };
	if (note) acknowledgements[input.key] = note;
	else delete acknowledgements[input.key];
	db.transaction((tx) => {
		const fresh = getReportRow(tx, ref);
		if (!fresh) throw new DomainError('not_found', '报告不存在');
		requireFresh(fresh, input.version);
		updateRow(tx, actor, fresh, { acknowledgements }, now);
		recordAudit(tx, actor, {
			action: note ? 'report.acknowledge' : 'report.unacknowledge',
			objectType: 'annual_report',
			objectId: fresh.id,
			summary:
				`${note ? '说明' : '撤回说明'}${reportName(subjectName(tx, ref), ref.year)}的提醒 ${finding.id}${note ? `：${note}` : ''}`.slice(
					0,
					300
				)
		});
	});
}
