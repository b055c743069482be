import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assignment, evidence, progressReport } from '../db/schema';

/** True once a unit has worked on the assignment (status, report or evidence): never delete that silently. */
export function hasWork(tx: Tx, assignmentId: number): boolean {
	const a = tx.select({ status: assignment.status }).from(assignment).where(eq(assignment.id, assignmentId)).get();
	if (a && a.status !== 'not_started') return true;
	return (
		!!tx
			.select({ id: progressReport.id })
			.from(progressReport)
			.where(eq(progressReport.assignmentId, assignmentId))
			.get() || !!tx.select({ id: evidence.id }).from(evidence).where(eq(evidence.assignmentId, assignmentId)).get()
	);
}
