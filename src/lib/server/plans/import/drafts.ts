// 导入草稿: a parsed plan kept server-side between preview and confirm.
import { and, eq } from 'drizzle-orm';
import type { DB } from '../../db/client';
import { planImport } from '../../db/schema';
import { assertCan } from '../../auth/policy';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/errors';
import type { ParsedPlan } from '../parse/types';
import type { Candidate } from '../../years/candidates';

export const FORBIDDEN = '只有政务公开办可以导入工作要点';

export function createDraft(db: DB, actor: Actor, parsed: ParsedPlan, source: { name: string; text: string }): number {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	if (!parsed.sections.some((s) => s.items.length))
		throw new DomainError('invalid', '没有识别出任何任务：请检查是否为工作要点正文或任务分解表');
	return db
		.insert(planImport)
		.values({ sourceName: source.name.slice(0, 200), sourceText: source.text, parsed, createdBy: actor.id })
		.returning({ id: planImport.id })
		.get().id;
}

export interface Draft {
	id: number;
	sourceName: string;
	sourceText: string;
	parsed: ParsedPlan;
	status: 'draft' | 'confirmed' | 'discarded';
	planId: number | null;
	/** A next year's draft: the closed plan it starts from, and that year's candidates. */
	fromPlanId: number | null;
	candidates: Candidate[];
}

export function getDraft(db: DB, id: number): Draft | null {
	const row = db.select().from(planImport).where(eq(planImport.id, id)).get();
	return row ? { ...row, parsed: row.parsed as ParsedPlan, candidates: row.candidates as Candidate[] } : null;
}

export function discardDraft(db: DB, actor: Actor, id: number): void {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	db.update(planImport)
		.set({ status: 'discarded' })
		.where(and(eq(planImport.id, id), eq(planImport.status, 'draft')))
		.run();
}
