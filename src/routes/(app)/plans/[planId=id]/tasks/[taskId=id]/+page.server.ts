import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as plans from '$lib/server/plans/queries';
import * as edit from '$lib/server/plans/edit';
import * as milestones from '$lib/server/plans/milestones';
import { listUnits } from '$lib/server/units/registry';
import { pastYears } from '$lib/server/years/lineage';
import { requireCan } from '$lib/server/web/guards';
import { ids, int } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';

const taskOf = (event: { params: { taskId: string } }) => Number(event.params.taskId);

export const load = (async (event) => {
	const user = requireCan(event, 'plan.view');
	const db = getDb();
	const detail = plans.getTaskDetail(db, user, taskOf(event));
	if (!detail || detail.plan.id !== Number(event.params.planId)) error(404, '任务不存在');
	const canManage = user.role === 'admin';
	const taken = new Set(detail.assignments.map((a) => a.unitId));
	return {
		detail,
		pastYears: pastYears(db, user, detail.task.id),
		canManage,
		viewerUnitId: user.unitId,
		candidates: canManage
			? listUnits(db, { activeOnly: true })
					.filter((u) => !taken.has(u.id))
					.map((u) => ({ id: u.id, shortName: u.shortName, kind: u.kind }))
			: []
	};
}) satisfies PageServerLoad;

export const actions = {
	addAssignments: (e) =>
		formAction(e, requireCan(e, 'plan.manage'), { success: (n: number) => `已增加 ${n} 个单位` }, (actor, d) =>
			edit.addAssignments(
				getDb(),
				actor,
				taskOf(e),
				ids(d, 'unitId'),
				d.get('role') === 'lead' ? 'lead' : 'responsible'
			)
		),
	removeAssignment: (e) =>
		formAction(e, requireCan(e, 'plan.manage'), { success: '已取消该单位的分工' }, (actor, d) =>
			edit.removeAssignment(getDb(), actor, taskOf(e), int(d, 'assignmentId') ?? 0)
		),
	updateMilestones: (e) =>
		formAction(
			e,
			requireCan(e, 'plan.manage'),
			{ success: '时间节点已保存，各单位的红黄绿灯已重新计算' },
			(actor, d) => {
				const ids = d.getAll('milestoneId').map(String);
				const whats = d.getAll('what').map(String);
				milestones.updateMilestones(
					getDb(),
					actor,
					taskOf(e),
					d
						.getAll('dueOn')
						.map(String)
						.map((dueOn, i) => ({
							id: /^\d+$/.test(ids[i] ?? '') ? Number(ids[i]) : null,
							dueOn,
							what: whats[i] ?? ''
						}))
				);
			}
		)
} satisfies Actions;
