import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as plans from '$lib/server/plans/queries';
import * as edit from '$lib/server/plans/edit';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { domainFail, formValues, int } from '$lib/server/web/forms';

export const load = (async (event) => {
	const user = requireCan(event, 'plan.view');
	const id = Number(event.params.planId);
	const tree = Number.isSafeInteger(id) && id > 0 ? plans.getPlanTree(getDb(), id, user.unitId) : null;
	if (!tree) error(404, '工作要点不存在');
	return {
		tree,
		note: event.url.searchParams.get('note')?.slice(0, 200) ?? null,
		isUnit: user.role === 'unit',
		canManage: user.role === 'admin'
	};
}) satisfies PageServerLoad;

export const actions = {
	warnDays: async (event) => {
		const user = requireCan(event, 'plan.manage');
		const data = await event.request.formData();
		try {
			edit.setWarnDays(getDb(), actorOf(event, user), Number(event.params.planId), int(data, 'warnDays') ?? -1);
		} catch (e) {
			return domainFail(e, formValues(data));
		}
		return { success: '已保存：灯色将在下次巡检（一小时内）按新天数更新' };
	}
} satisfies Actions;
