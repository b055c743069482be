import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { config, getDb } from '$lib/server/db';
import { latestPlanId, listPlanChoices } from '$lib/server/boards/board';
import { addEntry, listEntries, revokeEntry, unitsForEntries } from '$lib/server/assessment/entries';
import { entryTargets } from '$lib/server/assessment/entry-targets';
import { rubricInForce } from '$lib/server/assessment/rubrics';
import { receiveUpload } from '$lib/server/evidence/upload';
import { ALLOWED_LABEL } from '$lib/server/evidence/sniff';
import { shanghaiDate } from '$lib/server/shared/time';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';
import { domainFail, int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';

const planOf = (url: URL) => {
	const id = boardQuery(url).planId ?? latestPlanId(getDb());
	if (!id) error(404, '工作要点不存在');
	return id;
};

export const load = (async (event) => {
	const user = requireCan(event, 'score.manage');
	const db = getDb();
	const planId = planOf(event.url);
	const { rubric, version } = rubricInForce(db, planId);
	return {
		planId,
		plans: listPlanChoices(db),
		today: shanghaiDate(),
		rubric: { name: rubric.name, version },
		targets: entryTargets(rubric),
		units: unitsForEntries(db),
		entries: listEntries(db, user, planId),
		upload: { maxBytes: config.uploadMaxBytes, allowed: ALLOWED_LABEL }
	};
}) satisfies PageServerLoad;

export const actions = {
	// multipart: the evidence file is optional; a link may be given instead.
	add: async (event) => {
		const user = requireCan(event, 'score.manage');
		const planId = planOf(event.url);
		let fields: Record<string, string> = {};
		try {
			const upload = await receiveUpload(event.request.headers.get('content-type') ?? '', event.request.body, {
				uploadDir: config.uploadDir,
				maxBytes: config.uploadMaxBytes
			});
			fields = upload.fields;
			const [kind = '', indicator = ''] = (fields.target ?? '').split('|');
			addEntry(
				getDb(),
				actorOf(event, user),
				planId,
				{
					unitId: Number(fields.unitId) || 0,
					kind,
					indicator,
					value: fields.value ?? '',
					channel: fields.channel ?? '',
					reason: fields.reason ?? '',
					happenedOn: fields.happenedOn ?? '',
					url: fields.url ?? ''
				},
				upload.file
			);
			return { success: '已录入，并已通知该单位', form: 'add' };
		} catch (e) {
			return domainFail(e, { ...fields, _form: 'add' });
		}
	},
	revoke: (e) =>
		formAction(e, requireCan(e, 'score.manage'), { form: 'revoke', success: '已撤销该录入，撤销原因已记录' }, (a, d) =>
			revokeEntry(getDb(), a, int(d, 'entryId') ?? 0, text(d, 'revokeReason'))
		)
} satisfies Actions;
