import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as plans from '$lib/server/plans/queries';
import * as edit from '$lib/server/plans/edit';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { domainFail, formValues, int } from '$lib/server/web/forms';
import { takeFlash } from '$lib/server/web/flash';

export const load = (async (event) => {
	const user = requireCan(event, 'plan.view');
	const tree = plans.getPlanTree(getDb(), user, Number(event.params.planId));
	if (!tree) error(404, '工作要点不存在');
	return {
		tree,
		note: takeFlash(event.cookies, event.url),
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
		return { success: '已保存，各单位的红黄绿灯已按新天数重新计算' };
	}
} satisfies Actions;
