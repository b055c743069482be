import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/server/units/registry';
import * as merge from '$lib/server/units/merge';
import { splitAliases } from '$lib/server/units/form';
import type { UnitKind } from '$lib/server/db/schema';
import { DomainError } from '$lib/server/shared/errors';
import { requireCan } from '$lib/server/web/guards';
import { int, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';
import { takeFlash } from '$lib/server/web/flash';

const unitOf = (event: { params: { id: string } }) => Number(event.params.id);

export const load = (async (event) => {
	requireCan(event, 'admin.manage');
	const db = getDb();
	const found = units.getUnit(db, unitOf(event));
	if (!found) error(404, '单位不存在');
	return {
		unit: found,
		flash: takeFlash(event.cookies, event.url),
		others: units
			.listUnits(db, { activeOnly: true })
			.filter((u) => u.id !== found.id)
			.map((u) => ({ id: u.id, name: u.shortName }))
	};
}) satisfies PageServerLoad;

export const actions = {
	update: (e) =>
		formAction(e, requireCan(e, 'admin.manage'), { success: '已保存' }, (actor, d) =>
			units.updateUnit(getDb(), actor, unitOf(e), {
				name: text(d, 'name'),
				shortName: text(d, 'shortName'),
				kind: text(d, 'kind') as UnitKind,
				sortOrder: int(d, 'sortOrder') ?? 0,
				aliases: splitAliases(text(d, 'aliases'))
			})
		),
	deactivate: (e) =>
		formAction(
			e,
			requireCan(e, 'admin.manage'),
			{ success: '已停用：今后导入和“各部门”展开不再包含该单位，已有任务分工保留' },
			(actor) => units.setUnitActive(getDb(), actor, unitOf(e), false)
		),
	activate: (e) =>
		formAction(e, requireCan(e, 'admin.manage'), { success: '已启用' }, (actor) =>
			units.setUnitActive(getDb(), actor, unitOf(e), true)
		),
	merge: (e) =>
		formAction(
			e,
			requireCan(e, 'admin.manage'),
			{
				success: '已合并：原单位的名称成为别名，任务分工、通知和账号已转到本单位',
				then: (into: number) => `/admin/units/${into}`
			},
			(actor, d) => {
				const into = int(d, 'into');
				if (!into) throw new DomainError('invalid', '请选择要合并到的单位', { into: '请选择单位' });
				merge.mergeUnit(getDb(), actor, unitOf(e), into);
				return into;
			}
		)
} satisfies Actions;
