// 报送进展: a unit's dated progress report. Saved (暂存) it is the unit's own draft and changes nothing
// anyone else sees; sent (报送) it is visible at once to the office, the leader and the lead unit,
// drives the percentage, 序时进度 and the light, and needs no review. Sent reports are never changed.
import { and, eq, isNull } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignmentEvent, progressReport } from '../db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { shanghaiDate } from '../shared/time';
import { refreshLight } from '../assignments/light-state';
import { assertEditable, requireWorkable, type AssignmentContext } from '../assignments/access';
import { validateReport, type ReportInput } from './validate';
import { sendDraftEvidence, updateAssignment } from './outgoing';
import { lastCutOff } from '../bulletins/read';

export type { ReportInput } from './validate';

/**
 * The earliest date a new report may cover: the previous sent report's date (reports never go back
 * before one already sent), the last issued bulletin's cut-off (what it announced stays as announced),
 * and never before the year before the plan's.
 */
export function reportFloor(tx: Tx, ctx: AssignmentContext): { floor: string; why: string } {
	const yearFloor = `${ctx.plan.year - 1}-01-01`;
	const last = ctx.assignment.lastReportedOn;
	let best = { floor: yearFloor, why: '报送日期早于工作要点年度' };
	if (last && last > yearFloor) best = { floor: last, why: `报送日期不能早于上一次报送的日期（${last}）` };
	const bulletin = lastCutOff(tx, ctx.plan.id);
	if (bulletin && bulletin.cutOff > best.floor)
		best = {
			floor: bulletin.cutOff,
			why: `报送日期不能早于已印发通报《${bulletin.title}》的截止日期（${bulletin.cutOff}）：此前的情况已经通报`
		};
	return best;
}

function draftOf(tx: Tx, assignmentId: number) {
	return (
		tx
			.select()
			.from(progressReport)
			.where(and(eq(progressReport.assignmentId, assignmentId), isNull(progressReport.sentAt)))
			.get() ?? null
	);
}

/** Writes over the unit's draft report when there is one, else adds a row; returns its id. */
function writeReport(
	tx: Tx,
	actor: Actor,
	assignmentId: number,
	values: Omit<typeof progressReport.$inferInsert, 'assignmentId' | 'createdBy'>,
	now: number
): number {
	const draft = draftOf(tx, assignmentId);
	if (draft) {
		tx.update(progressReport).set(values).where(eq(progressReport.id, draft.id)).run();
		return draft.id;
	}
	return tx
		.insert(progressReport)
		.values({ assignmentId, ...values, createdBy: actor.id, createdAt: now })
		.returning({ id: progressReport.id })
		.get().id;
}

/** 暂存: keeps the unit's one draft report (saving again edits it). Nobody else sees it. */
export function saveReportDraft(db: DB, actor: Actor, assignmentId: number, input: ReportInput, now = Date.now()) {
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		const clean = validateReport(input);
		const id = writeReport(tx, actor, assignmentId, { ...clean, updatedAt: now }, now);
		recordAudit(tx, actor, {
			action: 'progress.save_draft',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 暂存“${ctx.task.code}${ctx.task.title}”的进展`
		});
		return id;
	});
}

/** Throws away the unit's draft report; sent reports stay. */
export function discardReportDraft(db: DB, actor: Actor, assignmentId: number): void {
	db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		const draft = draftOf(tx, assignmentId);
		if (!draft) throw new DomainError('not_found', '没有暂存的进展');
		tx.delete(progressReport).where(eq(progressReport.id, draft.id)).run();
		recordAudit(tx, actor, {
			action: 'progress.discard_draft',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 删除“${ctx.task.code}${ctx.task.title}”暂存的进展`
		});
	});
}

/** 报送: sends the report (the saved draft, if any, becomes it) with the unit's draft evidence. */
export function sendReport(db: DB, actor: Actor, assignmentId: number, input: ReportInput, now = Date.now()): number {
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		const { floor, why } = reportFloor(tx, ctx);
		const clean = validateReport(input, { today: shanghaiDate(now), floor, floorWhy: why });
		const id = writeReport(tx, actor, assignmentId, { ...clean, sentAt: now, updatedAt: now }, now);
		const attached = sendDraftEvidence(tx, assignmentId, { reportId: id }, now);
		const a = ctx.assignment;
		updateAssignment(
			tx,
			a,
			{
				status: a.status === 'not_started' ? 'in_progress' : a.status,
				progressPercent: clean.percent,
				lastReportedOn: clean.reportedOn
			},
			now
		);
		tx.insert(assignmentEvent)
			.values({
				assignmentId,
				type: 'report',
				actorId: actor.id,
				message: `报送进展（${clean.reportedOn}，${clean.percent}%${attached ? `，附佐证材料 ${attached} 份` : ''}）：${clean.content.slice(0, 80)}`,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'progress.report',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 报送“${ctx.task.code}${ctx.task.title}”进展 ${clean.percent}%`
		});
		refreshLight(tx, assignmentId, now);
		return id;
	});
}
