// What happens when work leaves the unit (a report sent, a submission made): the unit's draft
// evidence goes out with it, stamped with the server time, and the assignment row moves. Drafts never
// touch the assignment row, so nothing anyone else sees changes until this runs.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assignment, evidence } from '../db/schema';

/** Sends the assignment's draft evidence with a report or a submission; returns how many went. */
export function sendDraftEvidence(
	tx: Tx,
	assignmentId: number,
	via: { reportId: number } | { submissionId: number },
	now: number
): number {
	return tx
		.update(evidence)
		.set({ sentAt: now, ...via })
		.where(and(eq(evidence.assignmentId, assignmentId), isNull(evidence.sentAt)))
		.run().changes;
}

export function countEvidence(tx: Tx, assignmentId: number): { sent: number; draft: number } {
	const row = tx
		.select({
			sent: sql<number>`coalesce(sum(${evidence.sentAt} is not null), 0)`,
			draft: sql<number>`coalesce(sum(${evidence.sentAt} is null), 0)`
		})
		.from(evidence)
		.where(eq(evidence.assignmentId, assignmentId))
		.get();
	return { sent: row?.sent ?? 0, draft: row?.draft ?? 0 };
}

/** The assignment's visible state after something was sent; bumps the version (stale forms fail). */
export function updateAssignment(
	tx: Tx,
	current: typeof assignment.$inferSelect,
	set: Partial<typeof assignment.$inferInsert>,
	now: number
): void {
	tx.update(assignment)
		.set({ ...set, version: current.version + 1, updatedAt: now })
		.where(eq(assignment.id, current.id))
		.run();
}
