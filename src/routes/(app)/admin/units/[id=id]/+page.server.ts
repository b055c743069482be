import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/server/units/registry';
import { splitAliases } from '$lib/server/units/form';
import type { UnitKind } from '$lib/server/db/schema';
import { actorOf, requireRole } from '$lib/server/web/guards';
import { domainFail, formValues, int, invalid, text } from '$lib/server/web/forms';

function unitId(params: { id: string }): number {
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, '单位不存在');
	return id;
}

export const load = (async (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const found = units.getUnit(db, unitId(event.params));
	if (!found) error(404, '单位不存在');
	return {
		unit: found,
		created: event.url.searchParams.has('created'),
		others: units
			.listUnits(db, { activeOnly: true })
			.filter((u) => u.id !== found.id)
			.map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;

export const actions = {
	update: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			units.updateUnit(getDb(), actorOf(event, user), unitId(event.params), {
				name: text(data, 'name'),
				shortName: text(data, 'shortName'),
				kind: text(data, 'kind') as UnitKind,
				sortOrder: int(data, 'sortOrder') ?? 0,
				aliases: splitAliases(text(data, 'aliases'))
			});
		} catch (e) {
			return domainFail(e, values);
		}
		return { success: '已保存' };
	},
	deactivate: async (event) => {
		const user = requireRole(event, 'admin');
		try {
			units.setUnitActive(getDb(), actorOf(event, user), unitId(event.params), false);
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '已停用：今后导入和“各部门”展开不再包含该单位，已有任务分工保留' };
	},
	activate: async (event) => {
		const user = requireRole(event, 'admin');
		try {
			units.setUnitActive(getDb(), actorOf(event, user), unitId(event.params), true);
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '已启用' };
	},
	merge: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await event.request.formData();
		const values = formValues(data);
		const into = int(data, 'into');
		if (!into) return invalid('请选择要合并到的单位', values, { into: '请选择单位' });
		try {
			units.mergeUnit(getDb(), actorOf(event, user), unitId(event.params), into);
		} catch (e) {
			return domainFail(e, values);
		}
		redirect(303, `/admin/units/${into}`);
	}
} satisfies Actions;
