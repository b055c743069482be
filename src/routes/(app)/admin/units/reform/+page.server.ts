import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as reform from '$lib/server/units/reform';
import * as units from '$lib/server/units/registry';
import type { SuccessionKind, UnitKind } from '$lib/server/db/schema';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { domainFail, formValues, int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';
import { DomainError } from '$lib/server/shared/errors';
import { REFORM_ROWS } from './rows';

export const load = (async (event) => {
	requireCan(event, 'admin.manage');
	return {
		units: units.listUnits(getDb(), { activeOnly: true }).map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;

/**
 * The form as the domain's input. Rows are numbered fields (from0…, toName0…) so a failed post comes
 * back whole through formValues; a successor row names an existing unit or a new one.
 */
function reformInput(d: FormData): reform.ReformInput {
	const fromUnitIds: number[] = [];
	const to: reform.Successor[] = [];
	for (let i = 0; i < REFORM_ROWS.max; i++) {
		const from = int(d, `from${i}`);
		if (from) fromUnitIds.push(from);
		const existing = int(d, `toUnit${i}`);
		const name = text(d, `toName${i}`);
		const shortName = text(d, `toShort${i}`);
		if (existing) to.push({ unitId: existing });
		else if (name || shortName) to.push({ name, shortName, kind: text(d, `toKind${i}`) as UnitKind });
	}
	return {
		kind: text(d, 'kind') as SuccessionKind,
		fromUnitIds,
		to,
		effectiveOn: text(d, 'effectiveOn'),
		note: text(d, 'note')
	};
}

/** What a preview showed: confirming anything else (the form changed since) is refused. */
const previewKey = (input: reform.ReformInput) => JSON.stringify(input);

export const actions = {
	preview: async (e) => {
		const user = requireCan(e, 'admin.manage');
		const data = await e.request.formData();
		const values = formValues(data);
		try {
			const input = reformInput(data);
			return { values, preview: { ...reform.previewReform(getDb(), actorOf(e, user), input), key: previewKey(input) } };
		} catch (err) {
			return domainFail(err, values);
		}
	},
	confirm: (e) =>
		formAction(
			e,
			requireCan(e, 'admin.manage'),
			{
				success: '机构改革已确认：原单位的未完成工作已转到新单位，历史记录保留原名称',
				then: (ids: number[]) => `/admin/units/${ids[0]}`
			},
			(actor, d) => {
				const input = reformInput(d);
				if (text(d, 'previewed') !== previewKey(input))
					throw new DomainError('invalid', '预览之后修改了内容，请重新预览后再确认');
				return reform.confirmReform(getDb(), actor, input);
			}
		)
} satisfies Actions;
