// The office's decisions on a preview: plan meta, edited titles and milestones, unknown names mapped,
// units picked for 市政府有关部门 and added to open lists; their validation and their defaults.
import { UNIT_KINDS, type UnitKind } from '../../db/schema';
import { DomainError } from '../../shared/errors';
import { isIsoDate } from '../../shared/time';
import type { RegistrySnapshot, TaskKey } from '../resolve';
import type { ImportPreview } from './preview';

export type UnitMapping =
	| { kind: 'unit'; unitId: number }
	| { kind: 'new'; name: string; shortName: string; unitKind: UnitKind }
	| { kind: 'drop' };

export interface ImportDecisions {
	mode: 'create' | 'update';
	meta: { title: string; year: number; docNumber: string; issuer: string; issuedOn: string };
	/** Edited task titles by key; absent keys keep the parsed title. */
	titles: Record<TaskKey, string>;
	/** Edited milestones by key (the whole list); absent keys keep the parsed deadlines. */
	milestones: Record<TaskKey, { date: string; what: string }[]>;
	/** Unknown name (normalised) → decision. Every unknown name needs one. */
	mappings: Record<string, UnitMapping>;
	/** Units picked for 市政府有关部门 on a task. */
	picks: Record<TaskKey, number[]>;
	/** Units added to an open list (…等部门) on a task. */
	extras: Record<TaskKey, number[]>;
}

const MAX_TITLE = 300;
/** A milestone more years than this from the plan's year is a typing slip (2002 for 2020), not a plan. */
const MAX_YEARS_FROM_PLAN = 5;

export function validateDecisions(preview: ImportPreview, d: ImportDecisions, reg: RegistrySnapshot): void {
	const errors: Record<string, string> = {};
	const title = d.meta.title.trim();
	if (!title) errors.planTitle = '请填写工作要点标题';
	else if (title.length > 200) errors.planTitle = '标题不能超过 200 字';
	if (!Number.isInteger(d.meta.year) || d.meta.year < 2000 || d.meta.year > 2100)
		errors.planYear = '年度应为 2000–2100 的整数';
	if (d.meta.issuedOn && !isIsoDate(d.meta.issuedOn)) errors.issuedOn = '印发日期格式应为 YYYY-MM-DD';
	for (const [key, t] of Object.entries(d.titles)) {
		if (!t.trim()) errors[`title:${key}`] = '任务标题不能为空';
		else if (t.length > MAX_TITLE) errors[`title:${key}`] = `任务标题不能超过 ${MAX_TITLE} 字`;
	}
	for (const [key, list] of Object.entries(d.milestones)) {
		list.forEach((m, i) => {
			if (!isIsoDate(m.date)) errors[`milestone:${key}:${i}`] = `日期“${m.date}”无效`;
			else if (Math.abs(Number(m.date.slice(0, 4)) - d.meta.year) > MAX_YEARS_FROM_PLAN)
				errors[`milestone:${key}:${i}`] = '日期与年度相差过大';
		});
	}
	for (const u of preview.unknown) {
		const m = d.mappings[u.raw];
		if (!m) errors[`map:${u.raw}`] = `请为“${u.raw}”选择对应单位、新建或忽略`;
		else if (m.kind === 'unit' && !reg.unitsById.get(m.unitId)?.active)
			errors[`map:${u.raw}`] = '所选单位不存在或已停用';
		else if (m.kind === 'new' && !UNIT_KINDS.includes(m.unitKind)) errors[`map:${u.raw}`] = '请选择新单位的类别';
	}
	for (const ids of [...Object.values(d.picks), ...Object.values(d.extras)])
		for (const id of ids) if (!reg.unitsById.get(id)?.active) errors.picks = '选择的单位不存在或已停用';
	if (preview.existing && d.mode === 'create')
		errors.mode = `“${preview.existing.title}”（${preview.existing.year}年）已导入，请选择“更新已导入的要点”或取消`;
	const first = Object.values(errors)[0];
	if (first) throw new DomainError('invalid', first, errors);
}

/** Default decisions: parsed values, unknown names unmapped, suggested departments picked. */
export function defaultDecisions(preview: ImportPreview): ImportDecisions {
	const picks: Record<TaskKey, number[]> = {};
	for (const s of preview.sections)
		for (const t of s.tasks) if (t.suggestedPicks.length) picks[t.key] = t.suggestedPicks;
	return {
		mode: preview.existing ? 'update' : 'create',
		meta: {
			title: preview.plan.title,
			year: preview.plan.year ?? new Date().getFullYear(),
			docNumber: preview.plan.doc_number ?? '',
			issuer: preview.plan.issuer ?? '',
			issuedOn: preview.plan.issued_on ?? ''
		},
		titles: {},
		milestones: {},
		mappings: {},
		picks,
		extras: {}
	};
}
