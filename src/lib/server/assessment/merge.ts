// 合并单位 and assessment: the duplicate's entries, objections, class choice and rectifications move to
// the unit it is merged into (units/registry.ts mergeUnit calls this in its transaction). Issued
// bulletins keep the unit as it was announced: their rows hold copies, not references.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { assessmentClass, objection, rectification, scoreEntry } from '../db/schema';

export function moveAssessmentRecords(tx: Tx, fromId: number, intoId: number): void {
	tx.update(scoreEntry).set({ unitId: intoId }).where(eq(scoreEntry.unitId, fromId)).run();
	tx.update(objection).set({ unitId: intoId }).where(eq(objection.unitId, fromId)).run();
	tx.update(rectification).set({ unitId: intoId }).where(eq(rectification.unitId, fromId)).run();
	// The surviving unit's own class choice wins where both had one.
	for (const c of tx.select().from(assessmentClass).where(eq(assessmentClass.unitId, fromId)).all()) {
		const kept = tx
			.select({ planId: assessmentClass.planId })
			.from(assessmentClass)
			.where(and(eq(assessmentClass.planId, c.planId), eq(assessmentClass.unitId, intoId)))
			.get();
		if (!kept)
			tx.insert(assessmentClass)
				.values({ ...c, unitId: intoId })
				.run();
	}
	tx.delete(assessmentClass).where(eq(assessmentClass.unitId, fromId)).run();
}
