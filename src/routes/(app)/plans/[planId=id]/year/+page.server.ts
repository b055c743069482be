import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { yearOverview } from '$lib/server/years/overview';
import { closePlan, reopenPlan } from '$lib/server/years/close';
import { startNextYear } from '$lib/server/years/next-year';
import { requireCan } from '$lib/server/web/guards';
import { formAction } from '$lib/server/web/action';
import { text } from '$lib/server/web/forms';

export const load = (async (event) => {
	requireCan(event, 'year.close');
	const overview = yearOverview(getDb(), Number(event.params.planId));
	if (!overview) error(404, '工作要点不存在');
	return { overview };
}) satisfies PageServerLoad;

const planIdOf = (params: { planId: string }) => Number(params.planId);

export const actions = {
	close: async (event) =>
		formAction(
			event,
			requireCan(event, 'year.close'),
			{ form: 'close', success: '年度已关闭，本年度的记录从此只读' },
			(actor, data) => closePlan(getDb(), actor, planIdOf(event.params), { reason: text(data, 'reason') })
		),
	reopen: async (event) =>
		formAction(
			event,
			requireCan(event, 'year.close'),
			{ form: 'reopen', success: '年度已重新打开，理由已记录' },
			(actor, data) => reopenPlan(getDb(), actor, planIdOf(event.params), { reason: text(data, 'reason') })
		),
	next: async (event) =>
		formAction(
			event,
			requireCan(event, 'plan.manage'),
			{
				form: 'next',
				success: '已生成下一年度工作要点草稿，请逐项确认',
				then: (draftId) => `/plans/import/${draftId}`
			},
			(actor) => startNextYear(getDb(), actor, planIdOf(event.params))
		)
} satisfies Actions;
