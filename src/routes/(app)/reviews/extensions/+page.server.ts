import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as deadlines from '$lib/server/deadlines';
import { queueCount } from '$lib/server/reviews';
import { requireCan } from '$lib/server/web/guards';
import { int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';

export const load = (async (event) => {
	const user = requireCan(event, 'deadline.manage');
	const db = getDb();
	return {
		pending: deadlines.listPendingExtensions(db, user),
		total: deadlines.countPendingExtensions(db, user),
		queued: queueCount(db)
	};
}) satisfies PageServerLoad;

export const actions = {
	decide: (e) =>
		formAction(
			e,
			requireCan(e, 'deadline.manage'),
			{ success: (approve: boolean) => (approve ? '已同意延期，单位的期限和红黄绿灯已更新' : '已回复不同意延期') },
			(actor, d) => {
				const approve = text(d, 'decision') === 'approve';
				deadlines.decideExtension(getDb(), actor, int(d, 'requestId') ?? 0, {
					approve,
					decidedDue: text(d, 'decidedDue'),
					note: text(d, 'note')
				});
				return approve;
			}
		)
} satisfies Actions;
