import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getBulletin } from '$lib/server/bulletins/read';
import { openRectification } from '$lib/server/rectifications/open';
import { rectificationsBySource } from '$lib/server/rectifications/list';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan, requireUser } from '$lib/server/web/guards';
import { int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';
import { orErrorPage } from '$lib/server/web/reports';

export const load = (async (event) => {
	const user = requireCan(event, 'bulletin.view');
	const db = getDb();
	const view = await orErrorPage(() => getBulletin(db, user, Number(event.params.id)));
	if (!view) error(404, '通报不存在');
	const opened = user.role === 'admin' ? rectificationsBySource(db, view.bulletin.planId) : new Map();
	return {
		view,
		issuedOn: view.bulletin.issuedAt ? shanghaiDate(view.bulletin.issuedAt) : view.bulletin.cutOff,
		today: shanghaiDate(),
		canRectify: user.role === 'admin',
		/** Items and lines a rectification was already opened from: `item:<id>` / `line:<id>`. */
		opened: [...opened.keys()]
	};
}) satisfies PageServerLoad;

export const actions = {
	rectify: (e) =>
		formAction(e, requireUser(e), { form: 'rectify', success: '已下发整改，单位可在“我的任务”中办理' }, (a, d) =>
			openRectification(getDb(), a, {
				source: text(d, 'source'),
				sourceId: int(d, 'sourceId') ?? 0,
				requirement: text(d, 'requirement'),
				dueOn: text(d, 'dueOn')
			})
		)
} satisfies Actions;
