// 佐证材料: files and links a unit adds to its assignment. Added, they are the unit's drafts; they go
// out with the next sent report or submission and are part of the record from then on. Removing a
// draft never deletes its stored file here: files are content-addressed and shared, and the orphan
// sweep (evidence/sweep.ts) removes the ones no row references once they are old enough.
import { and, eq } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { evidence } from '../db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import type { StoredFile } from '../evidence/upload';
import { assertEditable, requireWorkable, type AssignmentContext } from '../assignments/access';
import { validateDescription, validateLink } from './validate';

function audited(tx: Tx, actor: Actor, ctx: AssignmentContext, id: number, verb: string, label: string): void {
	recordAudit(tx, actor, {
		action: verb === '添加' ? 'evidence.add' : 'evidence.remove',
		objectType: 'evidence',
		objectId: id,
		summary: `${ctx.unit.shortName} ${verb}“${ctx.task.code}${ctx.task.title}”的佐证材料：${label}`.slice(0, 300)
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
			.values({ assignmentId, kind: 'link', ...clean, createdBy: actor.id, createdAt: now })
			.returning({ id: evidence.id })
			.get().id;
		audited(tx, actor, ctx, id, '添加', `${clean.description}（${clean.url}）`);
		return id;
	});
}

/** Checks that the unit may add evidence, before any byte of the upload is read. */
export function assertCanAddEvidence(db: DB, actor: Actor, assignmentId: number): void {
	assertEditable(requireWorkable(db, actor, assignmentId));
}

/** Records an uploaded file (already stored under its hash by evidence/upload.ts). */
export function addFileEvidence(
	db: DB,
	actor: Actor,
	assignmentId: number,
	file: StoredFile,
	description: string,
	now = Date.now()
): number {
	const d = validateDescription(description);
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
		audited(tx, actor, ctx, id, '添加', `${file.originalName}（${file.type.label}）`);
		return id;
	});
}

/** A draft evidence item can be removed by its unit; sent ones are part of the record. */
export function removeEvidence(db: DB, actor: Actor, assignmentId: number, evidenceId: number): void {
	db.transaction((tx) => {
		const ctx = requireWorkable(tx, actor, assignmentId);
		const row = tx
			.select()
			.from(evidence)
			.where(and(eq(evidence.id, evidenceId), eq(evidence.assignmentId, assignmentId)))
			.get();
		if (!row) throw new DomainError('not_found', '佐证材料不存在');
		assertEditable(ctx);
		if (row.sentAt) throw new DomainError('conflict', '已报送的材料是办理记录的一部分，不能删除');
		tx.delete(evidence).where(eq(evidence.id, evidenceId)).run();
		audited(tx, actor, ctx, evidenceId, '删除', row.kind === 'file' ? (row.fileName ?? '') : (row.url ?? ''));
	});
}
