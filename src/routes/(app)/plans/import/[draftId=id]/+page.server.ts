import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as importer from '$lib/server/plans/import';
import { decisionsFromForm } from '$lib/server/web/import-form';
import { isDomainError } from '$lib/server/shared/errors';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { setFlash } from '$lib/server/web/flash';
import { formValues } from '$lib/server/web/forms';

function draftOf(params: { draftId: string }) {
	const draft = importer.getDraft(getDb(), Number(params.draftId));
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
		const data = await event.request.formData();
		const decisions = decisionsFromForm(data, preview);
		let result: importer.ImportResult;
		try {
			result = importer.confirmImport(db, actorOf(event, user), draft.id, decisions);
		} catch (e) {
			// The whole set of decisions comes back too, so the preview shows every choice as it was made.
			if (isDomainError(e))
				return fail(e.status, { message: e.message, errors: e.fields, values: formValues(data), decisions });
			throw e;
		}
		setFlash(event.cookies, event.url, importer.importSummary(result, decisions.mode));
		redirect(303, `/plans/${result.planId}`);
	},
	discard: async (event) => {
		const user = requireCan(event, 'plan.manage');
		importer.discardDraft(getDb(), actorOf(event, user), draftOf(event.params).id);
		redirect(303, '/plans/import');
	}
} satisfies Actions;
