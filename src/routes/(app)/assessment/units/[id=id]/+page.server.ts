import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { latestPlanId } from '$lib/server/boards/board';
import { unitBreakdown } from '$lib/server/assessment/live';
import { listEntries } from '$lib/server/assessment/entries';
import { revokeEntry } from '$lib/server/assessment/entries';
import { answerObjection, fileObjection } from '$lib/server/assessment/objections';
import { listRectifications } from '$lib/server/rectifications/list';
import { openRectification } from '$lib/server/rectifications/open';
import { shanghaiDate } from '$lib/server/shared/time';
import { requireCan, requireUser } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';
import { int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';
import { orErrorPage } from '$lib/server/web/reports';

export const load = (async (event) => {
	const unitId = Number(event.params.id);
	const user = requireCan(event, 'score.view', { unitId });
	const db = getDb();
	const planId = boardQuery(event.url).planId ?? latestPlanId(db);
	if (!planId) error(404, '工作要点不存在');
	const today = shanghaiDate();
	return orErrorPage(async () => ({
		planId,
		today,
		role: user.role,
		breakdown: await unitBreakdown(db, user, planId, unitId, today),
		entries: listEntries(db, user, planId, unitId),
		rectifications: listRectifications(db, user, planId).filter((r) => r.unitId === unitId)
	}));
}) satisfies PageServerLoad;

export const actions = {
	object: (e) =>
		formAction(e, requireUser(e), { form: 'objection', success: '异议已提交，政务公开办答复后会通知本单位' }, (a, d) =>
			fileObjection(getDb(), a, int(d, 'entryId') ?? 0, text(d, 'reason'))
		),
	answer: (e) =>
		formAction(e, requireUser(e), { form: 'answer', success: '已答复异议' }, (a, d) =>
			answerObjection(getDb(), a, int(d, 'objectionId') ?? 0, text(d, 'answer'))
		),
	revoke: (e) =>
		formAction(e, requireUser(e), { form: 'revoke', success: '已撤销该录入，撤销原因已记录' }, (a, d) =>
			revokeEntry(getDb(), a, int(d, 'entryId') ?? 0, text(d, 'revokeReason'))
		),
	rectify: (e) =>
		formAction(e, requireUser(e), { form: 'rectify', success: '已下发整改，单位可在“我的任务”中办理' }, (a, d) =>
			openRectification(getDb(), a, {
				source: 'entry',
				sourceId: int(d, 'entryId') ?? 0,
				requirement: text(d, 'requirement'),
				dueOn: text(d, 'dueOn')
			})
		)
} satisfies Actions;
