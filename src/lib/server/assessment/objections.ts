// 异议: a unit objects, once and in writing, to an entry about it; the office answers, once. Both stay
// on record (triggers refuse deleting either or rewriting an answer). An objection changes no score
// by itself: if the office agrees, it revokes or corrects the entry, which the answer says.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DB } from '../db/client';
import { notice, objection, scoreEntry, unit } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan, can, type PolicyUser } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { ENTRY_KIND_LABEL } from '../../labels';
import { MAX_REASON } from './entries';
import { assertPlanIdOpen } from '../years/guard';

function text(v: string, field: string, empty: string): string {
	const t = v.trim();
	if (!t) throw new DomainError('invalid', empty, { [field]: empty });
	if (t.length > MAX_REASON)
		throw new DomainError('invalid', `不能超过 ${MAX_REASON} 字`, { [field]: `不能超过 ${MAX_REASON} 字` });
	return t;
}

/** The unit's one objection to an entry about it. */
export function fileObjection(db: DB, actor: Actor, entryId: number, reason: string, now = Date.now()): number {
	return db.transaction((tx) => {
		const e = tx.select().from(scoreEntry).where(eq(scoreEntry.id, entryId)).get();
		// Another unit's entry is not found: its existence is not theirs to learn.
		if (!e || !can(actor, 'score.view', { unitId: e.unitId })) throw new DomainError('not_found', '评分录入不存在');
		assertCan(actor, 'objection.file', { unitId: e.unitId }, '只有被评分的单位可以提出异议');
		const why = text(reason, 'reason', '请写明异议的理由');
		if (e.revokedAt) throw new DomainError('conflict', '该录入已撤销，无需再提异议');
		assertPlanIdOpen(tx, e.planId);
		if (tx.select({ id: objection.id }).from(objection).where(eq(objection.entryId, entryId)).get())
			throw new DomainError('conflict', '对这条录入已经提出过异议（每条录入只能提一次）');
		const id = tx
			.insert(objection)
			.values({ entryId, unitId: e.unitId, reason: why, createdBy: actor.id, createdAt: now })
			.returning({ id: objection.id })
			.get().id;
		const u = tx.select({ name: unit.shortName }).from(unit).where(eq(unit.id, e.unitId)).get()!;
		recordAudit(tx, actor, {
			action: 'objection.file',
			objectType: 'objection',
			objectId: id,
			summary: `${u.name} 对评分录入 ${entryId}（${ENTRY_KIND_LABEL[e.kind]}）提出异议：${why}`.slice(0, 300)
		});
		return id;
	});
}

/** The office's one answer; the unit is told. */
export function answerObjection(db: DB, actor: Actor, objectionId: number, answer: string, now = Date.now()): void {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以答复异议');
	const reply = text(answer, 'answer', '请填写答复意见');
	db.transaction((tx) => {
		const o = tx.select().from(objection).where(eq(objection.id, objectionId)).get();
		if (!o) throw new DomainError('not_found', '异议不存在');
		if (o.answer !== null) throw new DomainError('conflict', '该异议已经答复过');
		const e = tx.select({ planId: scoreEntry.planId }).from(scoreEntry).where(eq(scoreEntry.id, o.entryId)).get();
		if (e) assertPlanIdOpen(tx, e.planId);
		tx.update(objection)
			.set({ answer: reply, answeredBy: actor.id, answeredAt: now })
			.where(and(eq(objection.id, objectionId), isNull(objection.answer)))
			.run();
		tx.insert(notice)
			.values({
				unitId: o.unitId,
				kind: 'assessment',
				message: `政务公开办已答复您对评分录入 ${o.entryId} 的异议：${reply}`.slice(0, 500),
				createdBy: actor.id,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'objection.answer',
			objectType: 'objection',
			objectId: objectionId,
			summary: `答复异议 ${objectionId}：${reply}`.slice(0, 300)
		});
	});
}

export interface ObjectionRow {
	id: number;
	entryId: number;
	unitName: string;
	entry: string;
	reason: string;
	createdAt: number;
	answer: string | null;
	answeredAt: number | null;
}

/** The plan's objections, unanswered first: the office's queue (leaders may read it). */
export function listObjections(db: DB, viewer: PolicyUser, planId: number): ObjectionRow[] {
	assertCan(viewer, 'board.all_units', undefined, '只有政务公开办和领导可以查看全部异议');
	return db
		.select({
			id: objection.id,
			entryId: objection.entryId,
			unitName: unit.shortName,
			kind: scoreEntry.kind,
			indicator: scoreEntry.indicator,
			entryReason: scoreEntry.reason,
			reason: objection.reason,
			createdAt: objection.createdAt,
			answer: objection.answer,
			answeredAt: objection.answeredAt
		})
		.from(objection)
		.innerJoin(scoreEntry, eq(scoreEntry.id, objection.entryId))
		.innerJoin(unit, eq(unit.id, objection.unitId))
		.where(eq(scoreEntry.planId, planId))
		.orderBy(objection.answer, desc(objection.createdAt))
		.all()
		.map(({ kind, indicator, entryReason, ...o }) => ({
			...o,
			entry: `${ENTRY_KIND_LABEL[kind]}（${indicator}）：${entryReason}`
		}));
}
