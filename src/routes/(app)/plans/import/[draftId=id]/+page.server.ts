import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as importer from '$lib/server/plans/import';
import { decisionsFromForm } from '$lib/server/plans/import-form';
import { isDomainError } from '$lib/server/shared/errors';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { setFlash } from '$lib/server/web/flash';

function draftOf(params: { draftId: string }) {
	const id = Number(params.draftId);
	const draft = Number.isSafeInteger(id) && id > 0 ? importer.getDraft(getDb(), id) : null;
	if (!draft) error(404, '导入草稿不存在');
	return draft;
}

export const load = (async (event) => {
	requireCan(event, 'plan.manage');
	const draft = draftOf(event.params);
	if (draft.status === 'confirmed' && draft.planId) redirect(303, `/plans/${draft.planId}`);
	const preview = importer.previewImport(getDb(), draft);
	return { preview, decisions: importer.defaultDecisions(preview) };
}) satisfies PageServerLoad;

export const actions = {
	confirm: async (event) => {
		const user = requireCan(event, 'plan.manage');
		const draft = draftOf(event.params);
		const db = getDb();
		const preview = importer.previewImport(db, draft);
		const decisions = decisionsFromForm(await event.request.formData(), preview);
		let result: importer.ImportResult;
		try {
			result = importer.confirmImport(db, actorOf(event, user), draft.id, decisions);
		} catch (e) {
			if (isDomainError(e)) return fail(e.status, { message: e.message, errors: e.fields, decisions });
			throw e;
		}
		const c = result.created;
		const note =
			decisions.mode === 'create'
				? `已导入：${c.sections} 个部分、${c.tasks} 项任务、${c.milestones} 个时间节点、${c.assignments} 条任务分工`
				: c.tasks + c.assignments + result.removed.tasks + result.removed.assignments === 0
					? '已核对：与已导入的要点一致，没有新增内容'
					: `已更新：新增 ${c.tasks} 项任务、${c.assignments} 条分工；移除 ${result.removed.tasks} 项任务、${result.removed.assignments} 条分工`;
		setFlash(event.cookies, event.url, note);
		redirect(303, `/plans/${result.planId}`);
	},
	discard: async (event) => {
		const user = requireCan(event, 'plan.manage');
		importer.discardDraft(getDb(), actorOf(event, user), draftOf(event.params).id);
		redirect(303, '/plans/import');
	}
} satisfies Actions;
