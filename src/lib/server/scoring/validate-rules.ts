// The rule half of the rubric check: each rule kind's fields, with the indicator named.
import { ASSIGNMENT_ROLES, GRADES } from '../db/schema';
import { fmt, isFiniteNumber, isObject, isText, known, type Problems } from './problems';
import type { Rule } from './rubric-types';

type Obj = Record<string, unknown>;
const positive = (v: unknown) => isFiniteNumber(v) && v > 0;
const fraction = (v: unknown) => isFiniteNumber(v) && v >= 0 && v <= 1;
const oneOf = (v: unknown, options: string[]) => options.includes(v as string);

const SCOPED = ['scope', 'whenEmpty'];
const FIELDS: Record<Rule['kind'], string[]> = {
	deduction: ['per', 'points', 'limit', 'label'],
	count: ['points', 'label'],
	level: ['levels', 'whenMissing'],
	percent: ['label', 'whenMissing'],
	external: ['source', 'scale', 'channels', 'combine', 'whenMissing'],
	'plan-weighted': [...SCOPED, 'result', 'timeliness'],
	'plan-unfinished': [...SCOPED, 'points', 'at', 'limit'],
	'plan-overdue': [...SCOPED, 'points', 'perDay', 'maxPerItem', 'milestones', 'measure', 'limit'],
	'plan-returned': [...SCOPED, 'points', 'free', 'limit'],
	'plan-reports': [...SCOPED, 'points', 'per', 'fromMonth', 'limit']
};

export function ruleProblems(rule: Rule, where: string, max: number, p: Problems): void {
	if (!isObject(rule) || !(rule.kind in FIELDS))
		return p.add(`${where}：kind 应为 ${Object.keys(FIELDS).join('、')} 之一`);
	const r = rule as unknown as Obj;
	known(r, ['kind', ...FIELDS[rule.kind]], where, p);
	const need = (ok: boolean, message: string) => {
		if (!ok) p.add(`${where}：${message}`);
	};
	if ('limit' in r) need(positive(r.limit), '最多扣分（limit）应为正数');
	if ('whenMissing' in r)
		need(oneOf(r.whenMissing, ['zero', 'full', 'not-applicable']), 'whenMissing 应为 zero、full 或 not-applicable');
	if (rule.kind.startsWith('plan-')) scopeProblems(r, where, p);
	switch (rule.kind) {
		case 'deduction':
			need(oneOf(rule.per, ['item', 'case', 'month', 'once', 'judged']), 'per 应为 item、case、month、once 或 judged');
			need(positive(rule.points), '每次扣分（points）应为正数');
			break;
		case 'count':
			need(positive(rule.points) && rule.points <= max, `每项得分（points）应为正数且不超过本项 ${fmt(max)} 分`);
			break;
		case 'level': {
			const levels = rule.levels as unknown;
			if (!Array.isArray(levels) || !levels.length) return need(false, '至少要有一个评定等级（levels）');
			const names = new Set<string>();
			for (const l of levels) {
				if (!isObject(l) || !isText(l.name)) {
					need(false, '每个评定等级要有名称');
					continue;
				}
				need(!names.has(l.name), `评定等级「${l.name}」重复`);
				names.add(l.name);
				need(
					isFiniteNumber(l.points) && l.points >= 0 && l.points <= max,
					`评定等级「${l.name}」的分值应在 0–${fmt(max)} 之间`
				);
			}
			break;
		}
		case 'percent':
			break;
		case 'external': {
			need(isText(rule.source), '缺少评分来源（source），如 第三方评估');
			if (rule.scale !== undefined) need(positive(rule.scale), '分制（scale）应为正数');
			if (rule.combine !== undefined) need(oneOf(rule.combine, ['latest', 'mean']), 'combine 应为 latest 或 mean');
			if (rule.channels === undefined) break;
			if (!Array.isArray(rule.channels) || !rule.channels.length) return need(false, 'channels 应为非空数组');
			const ids = new Set<string>();
			for (const c of rule.channels as unknown[]) {
				if (!isObject(c) || !isText(c.id) || !isText(c.name)) {
					need(false, '每个渠道要有 id 和名称');
					continue;
				}
				need(!ids.has(c.id), `渠道「${c.id}」重复`);
				ids.add(c.id);
				need(positive(c.weight), `渠道「${c.name}」的权重应为正数`);
			}
			break;
		}
		case 'plan-weighted': {
			need(
				rule.result !== undefined || rule.timeliness !== undefined,
				'结果（result）与时效（timeliness）至少要有一项'
			);
			if (rule.result !== undefined) {
				const grades = isObject(rule.result) ? (rule.result.grades as Obj) : undefined;
				need(
					isObject(grades) && GRADES.every((g) => fraction(grades[g])),
					`result.grades 应给出 ${GRADES.join('、')} 四个等级的系数（0–1）`
				);
				if (isObject(rule.result) && rule.result.interimProgress !== undefined)
					need(fraction(rule.result.interimProgress), 'result.interimProgress 应在 0–1 之间');
			}
			if (rule.timeliness !== undefined) {
				const t = rule.timeliness as unknown as Obj;
				need(
					isObject(t) &&
						isFiniteNumber(t.perDayLate) &&
						t.perDayLate >= 0 &&
						fraction(t.floor) &&
						isFiniteNumber(t.perReturn) &&
						t.perReturn >= 0,
					'timeliness 应有 perDayLate（≥0）、floor（0–1）、perReturn（≥0）'
				);
				if (isObject(t) && t.measure !== undefined)
					need(oneOf(t.measure, ['first', 'accepted']), 'timeliness.measure 应为 first 或 accepted');
			}
			break;
		}
		case 'plan-unfinished':
			need(positive(rule.points), '每项扣分（points）应为正数');
			need(oneOf(rule.at, ['year-end', 'as-of']), 'at 应为 year-end 或 as-of');
			break;
		case 'plan-overdue':
			need(isFiniteNumber(rule.points) && rule.points >= 0, '每项扣分（points）应为非负数');
			if (rule.perDay !== undefined) need(positive(rule.perDay), '每天扣分（perDay）应为正数');
			need(positive(rule.points) || positive(rule.perDay), 'points 与 perDay 至少一项为正数');
			if (rule.maxPerItem !== undefined) need(positive(rule.maxPerItem), '单项最多扣分（maxPerItem）应为正数');
			if (rule.milestones !== undefined)
				need(oneOf(rule.milestones, ['final', 'each']), 'milestones 应为 final 或 each');
			if (rule.measure !== undefined)
				need(oneOf(rule.measure, ['first', 'accepted']), 'measure 应为 first 或 accepted');
			break;
		case 'plan-returned':
			need(positive(rule.points), '每次扣分（points）应为正数');
			if (rule.free !== undefined) need(Number.isInteger(rule.free) && rule.free >= 0, 'free 应为非负整数');
			break;
		case 'plan-reports':
			need(positive(rule.points), '每次扣分（points）应为正数');
			need(oneOf(rule.per, ['month', 'assignment-month']), 'per 应为 month 或 assignment-month');
			if (rule.fromMonth !== undefined) need(/^\d{4}-(0[1-9]|1[0-2])$/.test(rule.fromMonth), 'fromMonth 应为 YYYY-MM');
			break;
	}
}

function scopeProblems(r: Obj, where: string, p: Problems): void {
	if (r.whenEmpty !== undefined && !oneOf(r.whenEmpty, ['not-applicable', 'full', 'zero']))
		p.add(`${where}：whenEmpty 应为 not-applicable、full 或 zero`);
	if (r.scope === undefined) return;
	const s = r.scope as Obj;
	if (!isObject(s)) return p.add(`${where}：scope 应为对象`);
	known(s, ['sections', 'tasks', 'roles'], `${where}的范围`, p);
	for (const key of ['sections', 'tasks'] as const)
		if (s[key] !== undefined && !(Array.isArray(s[key]) && (s[key] as unknown[]).every(isText)))
			p.add(`${where}：scope.${key} 应为编号列表`);
	if (s.roles !== undefined && !(Array.isArray(s.roles) && s.roles.every((x) => oneOf(x, [...ASSIGNMENT_ROLES]))))
		p.add(`${where}：scope.roles 应为 lead、responsible`);
}
