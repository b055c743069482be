import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as importer from '$lib/server/plans/import';
import { parsePlanSource, readPlanUpload } from '$lib/server/plans/read';
import { parsePlanText } from '$lib/server/plans/parse';
import { MAX_FILE_BYTES } from '$lib/server/plans/read/limits';
import { DomainError } from '$lib/server/shared/errors';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { domainFail } from '$lib/server/web/forms';

export const load = (async (event) => {
	requireCan(event, 'plan.manage');
	return { maxMb: MAX_FILE_BYTES / 1024 / 1024 };
}) satisfies PageServerLoad;

export const actions = {
	parse: async (event) => {
		const user = requireCan(event, 'plan.manage');
		const data = await event.request.formData();
		const pasted = typeof data.get('text') === 'string' ? (data.get('text') as string) : '';
		const file = data.get('file');
		// Keep what was pasted (not the file) so a failure loses nothing typed.
		const values = { text: pasted.length <= 200_000 ? pasted : '' };
		let draftId: number;
		try {
			let parsed, source;
			if (file instanceof File && file.size > 0) {
				if (file.size > MAX_FILE_BYTES)
					throw new DomainError('too_large', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，无法导入`);
				const read = await readPlanUpload(new Uint8Array(await file.arrayBuffer()), file.name);
				parsed = parsePlanSource(read);
				source = { name: file.name, text: read.text };
			} else if (pasted.trim()) {
				if (pasted.length > MAX_FILE_BYTES) throw new DomainError('too_large', '粘贴的文字过长');
				parsed = parsePlanText(pasted);
				source = { name: '粘贴文本', text: pasted };
			} else {
				throw new DomainError('invalid', '请粘贴工作要点全文，或选择要上传的文件');
			}
			draftId = importer.createDraft(getDb(), actorOf(event, user), parsed, source);
		} catch (e) {
			return domainFail(e, values);
		}
		redirect(303, `/plans/import/${draftId}`);
	}
} satisfies Actions;
