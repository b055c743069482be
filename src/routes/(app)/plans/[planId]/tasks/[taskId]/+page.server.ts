import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as plans from '$lib/server/plans/queries';
import * as edit from '$lib/server/plans/edit';
import { listUnits } from '$lib/server/units/registry';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { can } from '$lib/server/auth/policy';
import { domainFail, formValues, int, list } from '$lib/server/web/forms';

function ids(params: { planId: string; taskId: string }) {
	const planId = Number(params.planId);
	const taskId = Number(params.taskId);
	if (!Number.isSafeInteger(planId) || !Number.isSafeInteger(taskId)) error(404, '任务不存在');
	return { planId, taskId };
}

export const load = (async (event) => {
	const user = requireCan(event, 'plan.view');
	const { planId, taskId } = ids(event.params);
	const db = getDb();
	const detail = plans.getTaskDetail(db, taskId);
	if (!detail || detail.plan.id !== planId) error(404, '任务不存在');
	const canManage = user.role === 'admin';
	const taken = new Set(detail.assignments.map((a) => a.unitId));
	// Unit staff see who works on the task, but the progress only of what they may read:
	// their own assignment, or every assignment of a task their unit leads.
	const leadUnitIds = detail.assignments.filter((a) => a.role === 'lead').map((a) => a.unitId);
	const assignments = detail.assignments.map((a) =>
		can(user, 'assignment.view', { unitId: a.unitId, leadUnitIds })
			? a
			: { ...a, status: null, progressPercent: null, light: null }
	);
	return {
		detail: { ...detail, assignments },
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
	addAssignments: async (event) => {
		const user = requireCan(event, 'plan.manage');
		const { taskId } = ids(event.params);
		const data = await event.request.formData();
		const role = data.get('role') === 'lead' ? 'lead' : 'responsible';
		const unitIds = list(data, 'unitId')
			.filter((v) => /^\d+$/.test(v))
			.map(Number);
		try {
			const n = edit.addAssignments(getDb(), actorOf(event, user), taskId, unitIds, role);
			return { success: `已增加 ${n} 个单位` };
		} catch (e) {
			return domainFail(e, formValues(data));
		}
	},
	removeAssignment: async (event) => {
		const user = requireCan(event, 'plan.manage');
		const { taskId } = ids(event.params);
		const data = await event.request.formData();
		try {
			edit.removeAssignment(getDb(), actorOf(event, user), taskId, int(data, 'assignmentId') ?? 0);
			return { success: '已取消该单位的分工' };
		} catch (e) {
			return domainFail(e, {});
		}
	},
	updateMilestones: async (event) => {
		const user = requireCan(event, 'plan.manage');
		const { taskId } = ids(event.params);
		const data = await event.request.formData();
		const dates = data.getAll('dueOn').map(String);
		const whats = data.getAll('what').map(String);
		try {
			edit.updateMilestones(
				getDb(),
				actorOf(event, user),
				taskId,
				dates.map((dueOn, i) => ({ dueOn, what: whats[i] ?? '' }))
			);
			return { success: '时间节点已保存' };
		} catch (e) {
			return domainFail(e, formValues(data));
		}
	}
} satisfies Actions;
