import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assignment, evidence, extensionRequest, progressReport, submission } from '../db/schema';

/**
 * True once a unit has worked on the assignment (status, a report or a draft of one, evidence, a
 * submission, an extension request): never delete that silently.
 */
export function hasWork(tx: Tx, assignmentId: number): boolean {
	const a = tx.select({ status: assignment.status }).from(assignment).where(eq(assignment.id, assignmentId)).get();
	if (a && a.status !== 'not_started') return true;
	const any = (table: typeof progressReport | typeof evidence | typeof submission | typeof extensionRequest) =>
		!!tx.select({ id: table.id }).from(table).where(eq(table.assignmentId, assignmentId)).get();
	return any(progressReport) || any(evidence) || any(submission) || any(extensionRequest);
}
