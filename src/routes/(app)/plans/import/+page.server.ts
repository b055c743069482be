import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as importer from '$lib/server/plans/import';
import { MAX_FILE_BYTES } from '$lib/server/plans/read/limits';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { domainFail } from '$lib/server/web/forms';
import { importSourceOf } from '$lib/server/web/import-form';

export const load = (async (event) => {
	requireCan(event, 'plan.manage');
	return { maxMb: MAX_FILE_BYTES / 1024 / 1024 };
}) satisfies PageServerLoad;

export const actions = {
	parse: async (event) => {
		const user = requireCan(event, 'plan.manage');
		const data = await event.request.formData();
		const source = importSourceOf(data);
		const pasted = source.text;
		let draftId: number;
		try {
			draftId = await importer.draftFromSource(getDb(), actorOf(event, user), source);
		} catch (e) {
			// What was pasted comes back (not the file), so a failure loses nothing typed.
			return domainFail(e, { text: pasted.length <= 200_000 ? pasted : '' });
		}
		redirect(303, `/plans/import/${draftId}`);
	}
} satisfies Actions;
