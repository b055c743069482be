import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as body from '$lib/server/body';
import { requireCan } from '$lib/server/web/guards';
import { text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';

export const load = (async (event) => {
	requireCan(event, 'admin.manage');
	return { body: body.getBody(getDb()), defaults: body.DEFAULT_PREFIXES };
}) satisfies PageServerLoad;

export const actions = {
	default: (e) =>
		formAction(
			e,
			requireCan(e, 'admin.manage'),
			{ success: '已保存：导入工作要点时按新的名称规则识别单位' },
			(actor, d) =>
				body.setBody(getDb(), actor, {
					name: text(d, 'name'),
					issuer: text(d, 'issuer'),
					level: text(d, 'level'),
					prefixes: text(d, 'prefixes')
				})
		)
} satisfies Actions;
