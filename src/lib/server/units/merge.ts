// 合并重复单位: a unit created twice (say, during an import) is folded into the one that stays.
import { and, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, notice, unit, unitAlias, user } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { ADMIN_ONLY, inClosedYear } from './registry';

/**
 * 合并单位: `fromId` was a duplicate of `intoId` (say, created during an import). Its names become
 * aliases of the target, its assignments, notices and users move over, and it is removed.
 */
export function mergeUnit(db: DB, actor: Actor, fromId: number, intoId: number): void {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	if (fromId === intoId) throw new DomainError('invalid', '不能把单位合并到它自己');
	db.transaction((tx) => {
		const from = tx.select().from(unit).where(eq(unit.id, fromId)).get();
		const into = tx.select().from(unit).where(eq(unit.id, intoId)).get();
		if (!from || !into) throw new DomainError('not_found', '单位不存在');
		if (inClosedYear(tx, fromId))
			throw new DomainError(
				'conflict',
				`${from.name}在已关闭的年度中有记录，不能作为重复单位合并删除：机构改革合并请用“机构改革”登记（历史保留原单位）`
			);
		const fromTasks = tx
			.select({ taskId: assignment.taskId })
			.from(assignment)
			.where(eq(assignment.unitId, fromId))
			.all();
		if (fromTasks.length) {
			const clash = tx
				.select({ id: assignment.id })
				.from(assignment)
				.where(
					and(
						eq(assignment.unitId, intoId),
						inArray(
							assignment.taskId,
							fromTasks.map((t) => t.taskId)
						)
					)
				)
				.get();
			if (clash) throw new DomainError('conflict', `两个单位在同一任务上都有分工，无法自动合并，请先调整任务分工`);
		}
		const names = [
			from.name,
			from.shortName,
			...tx
				.select({ alias: unitAlias.alias })
				.from(unitAlias)
				.where(eq(unitAlias.unitId, fromId))
				.all()
				.map((a) => a.alias)
		];
		tx.update(assignment).set({ unitId: intoId }).where(eq(assignment.unitId, fromId)).run();
		tx.update(notice).set({ unitId: intoId }).where(eq(notice.unitId, fromId)).run();
		tx.update(user).set({ unitId: intoId }).where(eq(user.unitId, fromId)).run();
		tx.delete(unitAlias).where(eq(unitAlias.unitId, fromId)).run();
		tx.delete(unit).where(eq(unit.id, fromId)).run();
		for (const n of new Set(names)) {
			if (n !== into.name && n !== into.shortName)
				tx.insert(unitAlias).values({ unitId: intoId, alias: n }).onConflictDoNothing().run();
		}
		recordAudit(tx, actor, {
			action: 'unit.merge',
			objectType: 'unit',
			objectId: intoId,
			summary: `将单位 ${from.name} 合并入 ${into.name}`,
			detail: { from, names }
		});
	});
}
