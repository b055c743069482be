// 进展反馈 and 佐证材料: what a unit does on its own assignment, and submitting it for review.
// Reports and evidence are drafts (the unit's own) until submitted.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignment, assignmentEvent, evidence, progressReport } from '../db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate, shanghaiDate } from '../shared/time';
import { refreshLight } from '../reminders';
import { deleteStoredFile, discardStored, type StoredFile } from '../evidence/upload';
import { assertEditable, requireWorkable, type AssignmentContext } from './access';

export interface ReportInput {
	content: string;
	percent: number;
	reportedOn: string;
}

function validateReport(input: ReportInput, today: string, planYear: number): ReportInput {
	const errors: Record<string, string> = {};
	const content = input.content.trim();
	if (!content) errors.content = '请填写已完成的工作';
	else if (content.length > 5000) errors.content = '进展内容不能超过 5000 字';
	if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
		errors.percent = '完成进度应为 0–100 的整数';
	if (!isIsoDate(input.reportedOn)) errors.reportedOn = '请填写报送日期';
	else if (input.reportedOn > today) errors.reportedOn = '报送日期不能晚于今天';
	else if (input.reportedOn < `${planYear - 1}-01-01`) errors.reportedOn = '报送日期早于工作要点年度';
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return { content, percent: input.percent, reportedOn: input.reportedOn };
}

/** Moves a fresh assignment to 进行中 on its first piece of work. */
function markStarted(tx: Tx, ctx: AssignmentContext, now: number): void {
	if (ctx.assignment.status === 'not_started')
		tx.update(assignment)
			.set({ status: 'in_progress', updatedAt: now })
			.where(eq(assignment.id, ctx.assignment.id))
			.run();
}

export function addReport(db: DB, actor: Actor, assignmentId: number, input: ReportInput, now = Date.now()): number {
	const today = shanghaiDate(now);
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		const clean = validateReport(input, today, ctx.plan.year);
		const id = tx
			.insert(progressReport)
			.values({
				assignmentId,
				reportedOn: clean.reportedOn,
				content: clean.content,
				percent: clean.percent,
				createdBy: actor.id,
				createdAt: now
			})
			.returning({ id: progressReport.id })
			.get().id;
		markStarted(tx, ctx, now);
		const last = ctx.assignment.lastReportedOn;
		tx.update(assignment)
			.set({
				progressPercent: clean.percent,
				lastReportedOn: !last || clean.reportedOn > last ? clean.reportedOn : last,
				updatedAt: now
			})
			.where(eq(assignment.id, assignmentId))
			.run();
		tx.insert(assignmentEvent)
			.values({
				assignmentId,
				type: 'report',
				actorId: actor.id,
				message: `报送进展（${clean.percent}%）：${clean.content.slice(0, 80)}`,
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

export function validateLink(url: string, description: string): { url: string; description: string } {
	const errors: Record<string, string> = {};
	const u = url.trim();
	const parsed = URL.canParse(u) ? new URL(u) : null;
	if (!u) errors.url = '请填写信息公开的网址';
	else if (!parsed || !/^https?:$/.test(parsed.protocol)) errors.url = '网址应以 http:// 或 https:// 开头';
	else if (u.length > 2000) errors.url = '网址过长';
	const d = description.trim();
	if (!d) errors.description = '请说明这份材料是什么';
	else if (d.length > 300) errors.description = '说明不能超过 300 字';
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return { url: parsed!.toString(), description: d };
}

function evidenceAdded(tx: Tx, actor: Actor, ctx: AssignmentContext, id: number, label: string, now: number): void {
	markStarted(tx, ctx, now);
	tx.insert(assignmentEvent)
		.values({
			assignmentId: ctx.assignment.id,
			type: 'evidence_added',
			actorId: actor.id,
			message: `添加佐证材料：${label}`,
			createdAt: now
		})
		.run();
	recordAudit(tx, actor, {
		action: 'evidence.add',
		objectType: 'evidence',
		objectId: id,
		summary: `${ctx.unit.shortName} 为“${ctx.task.code}${ctx.task.title}”添加佐证材料：${label}`.slice(0, 300)
	});
}

export function addLinkEvidence(
	db: DB,
	actor: Actor,
	assignmentId: number,
	url: string,
	description: string,
	now = Date.now()
): number {
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		const clean = validateLink(url, description);
		const id = tx
			.insert(evidence)
			.values({
				assignmentId,
				kind: 'link',
				url: clean.url,
				description: clean.description,
				createdBy: actor.id,
				createdAt: now
			})
			.returning({ id: evidence.id })
			.get().id;
		evidenceAdded(tx, actor, ctx, id, `${clean.description}（${clean.url}）`, now);
		return id;
	});
}

/** Checks that the unit may add evidence, before any byte of the upload is read. */
export function assertCanAddEvidence(db: DB, actor: Actor, assignmentId: number): void {
	const ctx = requireWorkable(db, actor, assignmentId);
	assertEditable(ctx);
}

/**
 * Records an uploaded file. The file is already stored; if this transaction fails, the caller's
 * cleanup removes a file this upload created and no other row uses.
 */
export function addFileEvidence(
	db: DB,
	actor: Actor,
	assignmentId: number,
	file: StoredFile,
	description: string,
	now = Date.now()
): number {
	const d = description.trim();
	if (d.length > 300) throw new DomainError('invalid', '说明不能超过 300 字', { description: '说明不能超过 300 字' });
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		const id = tx
			.insert(evidence)
			.values({
				assignmentId,
				kind: 'file',
				description: d || file.originalName,
				fileHash: file.hash,
				fileName: file.originalName,
				mimeType: file.type.mime,
				size: file.size,
				createdBy: actor.id,
				createdAt: now
			})
			.returning({ id: evidence.id })
			.get().id;
		evidenceAdded(tx, actor, ctx, id, `${file.originalName}（${file.type.label}）`, now);
		return id;
	});
}

/** True when some evidence row still points at the stored file. */
export function fileInUse(db: DB, hash: string): boolean {
	return !!db.select({ id: evidence.id }).from(evidence).where(eq(evidence.fileHash, hash)).get();
}

/** After a failed write: removes the file this upload created unless another row uses the same content. */
export async function discardUpload(db: DB, file: StoredFile | null): Promise<void> {
	if (file && !fileInUse(db, file.hash)) await discardStored(file);
}

/** Removes a draft evidence item, and its stored file when nothing else uses it. */
export async function removeEvidenceAndFile(
	db: DB,
	actor: Actor,
	assignmentId: number,
	evidenceId: number,
	uploadDir: string
): Promise<void> {
	const { fileHash } = removeEvidence(db, actor, assignmentId, evidenceId);
	if (fileHash && !fileInUse(db, fileHash)) await deleteStoredFile(uploadDir, fileHash);
}

/** A draft evidence item can be removed by its unit; submitted ones are part of the record. */
export function removeEvidence(
	db: DB,
	actor: Actor,
	assignmentId: number,
	evidenceId: number,
	now = Date.now()
): { fileHash: string | null } {
	return db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		const row = tx
			.select()
			.from(evidence)
			.where(and(eq(evidence.id, evidenceId), eq(evidence.assignmentId, assignmentId)))
			.get();
		if (!row) throw new DomainError('not_found', '佐证材料不存在');
		assertEditable(ctx);
		if (row.submittedAt) throw new DomainError('conflict', '已提交审核的材料不能删除');
		tx.delete(evidence).where(eq(evidence.id, evidenceId)).run();
		const label = row.kind === 'file' ? (row.fileName ?? '') : (row.url ?? '');
		tx.insert(assignmentEvent)
			.values({
				assignmentId,
				type: 'evidence_removed',
				actorId: actor.id,
				message: `删除佐证材料：${label}`,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'evidence.remove',
			objectType: 'evidence',
			objectId: evidenceId,
			summary: `${ctx.unit.shortName} 删除“${ctx.task.code}${ctx.task.title}”的佐证材料：${label}`.slice(0, 300)
		});
		return { fileHash: row.fileHash };
	});
}

/** 提交审核: the drafts become part of the record; the office sees them in its queue. */
export function submitForReview(db: DB, actor: Actor, assignmentId: number, version: number, now = Date.now()): void {
	db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		assertEditable(ctx);
		if (ctx.assignment.version !== version)
			throw new DomainError('conflict', '任务状态已变化（可能在其他窗口中操作过），请刷新页面后再提交');
		const reports =
			tx
				.select({ n: sql<number>`count(*)` })
				.from(progressReport)
				.where(eq(progressReport.assignmentId, assignmentId))
				.get()?.n ?? 0;
		if (!reports) throw new DomainError('invalid', '请先报送进展，再提交审核');
		const items =
			tx
				.select({ n: sql<number>`count(*)` })
				.from(evidence)
				.where(eq(evidence.assignmentId, assignmentId))
				.get()?.n ?? 0;
		if (!items) throw new DomainError('invalid', '请至少添加一份佐证材料（文件或网址），再提交审核');
		tx.update(progressReport)
			.set({ submittedAt: now })
			.where(and(eq(progressReport.assignmentId, assignmentId), isNull(progressReport.submittedAt)))
			.run();
		tx.update(evidence)
			.set({ submittedAt: now })
			.where(and(eq(evidence.assignmentId, assignmentId), isNull(evidence.submittedAt)))
			.run();
		tx.update(assignment)
			.set({ status: 'submitted', submittedAt: now, updatedAt: now, version: version + 1 })
			.where(eq(assignment.id, assignmentId))
			.run();
		tx.insert(assignmentEvent)
			.values({
				assignmentId,
				type: 'submitted',
				actorId: actor.id,
				message: ctx.assignment.status === 'returned' ? '修改后重新提交审核' : '提交审核',
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'assignment.submit',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `${ctx.unit.shortName} 提交“${ctx.task.code}${ctx.task.title}”审核`
		});
		refreshLight(tx, assignmentId, now);
	});
}
