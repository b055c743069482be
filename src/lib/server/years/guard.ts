// A closed year never changes. Every mutation of a plan's records asks here first, so the user gets
// the reason in Chinese; the database's triggers (drizzle/0012) refuse whatever slips past.
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { plan } from '../db/schema';
import { DomainError } from '../shared/errors';

export function assertPlanOpen(p: { year: number; closedAt: number | null }): void {
	if (p.closedAt !== null)
		throw new DomainError(
			'conflict',
			`${p.year}年度已关闭，记录不能再修改。如确需修改，请政务公开办说明理由后重新打开该年度`
		);
}

export function assertPlanIdOpen(tx: Pick<Tx, 'select'>, planId: number): void {
	const p = tx.select({ year: plan.year, closedAt: plan.closedAt }).from(plan).where(eq(plan.id, planId)).get();
	if (p) assertPlanOpen(p);
}
