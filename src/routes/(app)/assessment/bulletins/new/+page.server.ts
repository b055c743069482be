import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { latestPlanId } from '$lib/server/boards/board';
import { bulletinDefaults } from '$lib/server/bulletins/defaults';
import { issueBulletin, previewBulletin } from '$lib/server/bulletins/issue';
import { requireCan } from '$lib/server/web/guards';
import { boardQuery } from '$lib/server/web/board-filter';
import { domainFail, formValues, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';
import { actorOf } from '$lib/server/web/guards';

const planOf = (url: URL) => {
	const id = boardQuery(url).planId ?? latestPlanId(getDb());
	if (!id) error(404, '工作要点不存在');
	return id;
};
const input = (d: FormData) => ({
	kind: text(d, 'kind'),
	docNumber: text(d, 'docNumber'),
	title: text(d, 'title'),
	cutOff: text(d, 'cutOff'),
	publish: text(d, 'publish'),
	comment: text(d, 'comment'),
	issuer: text(d, 'issuer')
});

export const load = (async (event) => {
	requireCan(event, 'bulletin.issue');
	const planId = planOf(event.url);
	// ?kind=annual: the year page's link, when the year cannot close without its annual bulletin.
	const kind = event.url.searchParams.get('kind') === 'annual' ? 'annual' : 'quarterly';
	return { planId, defaults: bulletinDefaults(getDb(), planId, undefined, kind) };
}) satisfies PageServerLoad;

export const actions = {
	preview: async (event) => {
		const user = requireCan(event, 'bulletin.issue');
		const data = await event.request.formData();
		const values = { ...formValues(data), _form: 'issue' };
		try {
			return { preview: await previewBulletin(getDb(), actorOf(event, user), planOf(event.url), input(data)), values };
		} catch (e) {
			return domainFail(e, values);
		}
	},
	issue: (e) =>
		formAction(
			e,
			requireCan(e, 'bulletin.issue'),
			{ form: 'issue', success: '通报已印发，数据已冻结', then: (id) => `/assessment/bulletins/${id}` },
			(a, d) => issueBulletin(getDb(), a, planOf(e.url), input(d))
		)
} satisfies Actions;
