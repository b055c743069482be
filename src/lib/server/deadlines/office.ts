// The office sets one unit's due date for a milestone by hand (a later or an earlier date, with a
// reason), without an extension request. Going back to the task's own date removes the unit's date.
import type { DB } from '../db/client';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';
import { loadAssignment } from '../assignments/access';
import { moveDeadline, requireDeadline } from './change';
import { assertPlanOpen } from '../years/guard';

export interface UnitDeadlineInput {
	milestoneId: number | null;
	dueOn: string;
	reason: string;
}

export function setUnitDeadline(
	db: DB,
	actor: Actor,
	assignmentId: number,
	input: UnitDeadlineInput,
	now = Date.now()
): void {
	assertCan(actor, 'deadline.manage', undefined, '只有政务公开办可以调整期限');
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('invalid', '请说明调整期限的原因', { reason: '请填写原因' });
	if (reason.length > 500) throw new DomainError('invalid', '原因不能超过 500 字', { reason: '不能超过 500 字' });
	db.transaction((tx) => {
		const ctx = loadAssignment(tx, assignmentId);
		if (!ctx) throw new DomainError('not_found', '任务分工不存在');
		assertPlanOpen(ctx.plan);
		if (ctx.assignment.status === 'accepted') throw new DomainError('conflict', '已审核通过的任务不再调整期限');
		const d = requireDeadline(tx, ctx, input.milestoneId);
		if (!isIsoDate(input.dueOn)) throw new DomainError('invalid', '请填写新的期限日期', { dueOn: '请填写日期' });
		if (Math.abs(Number(input.dueOn.slice(0, 4)) - ctx.plan.year) > 1)
			throw new DomainError('invalid', '新的期限应在工作要点年度前后一年内', { dueOn: '日期与年度相差过大' });
		if (input.dueOn === d.dueOn) throw new DomainError('invalid', '新的期限与现在的期限相同', { dueOn: '日期未变' });
		moveDeadline(
			tx,
			actor,
			ctx,
			{
				deadline: d,
				toDue: input.dueOn,
				kind: 'office',
				reason,
				message: `政务公开办调整期限：${d.what} ${d.dueOn} → ${input.dueOn}。原因：${reason}`
			},
			now
		);
		recordAudit(tx, actor, {
			action: 'deadline.set',
			objectType: 'assignment',
			objectId: assignmentId,
			summary: `调整 ${ctx.unit.shortName}“${ctx.task.code}${ctx.task.title}”期限 ${d.dueOn} → ${input.dueOn}`.slice(
				0,
				300
			),
			detail: { milestoneId: d.milestoneId, from: d.dueOn, to: input.dueOn, reason }
		});
	});
}
