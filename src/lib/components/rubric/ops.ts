// What the editor's buttons do to the draft: add, remove, move, switch an optional part on or off,
// add a rule of a kind. Pure; the route applies them without JavaScript, one button per request.
import type { Rule } from '$lib/server/scoring';
import { getAt, setAt } from './draft';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const RULE_KINDS = [
	'deduction',
	'count',
	'level',
	'percent',
	'external',
	'plan-weighted',
	'plan-unfinished',
	'plan-overdue',
	'plan-returned',
	'plan-reports'
] as const satisfies readonly Rule['kind'][];

/** A new rule with the usual figures of its kind, for an indicator worth `max`. */
export function newRule(kind: Rule['kind'], max: number): Rule {
	const m = Number.isFinite(max) && max > 0 ? max : 10;
	switch (kind) {
		case 'deduction':
			return { kind, per: 'item', points: 1 };
		case 'count':
			return { kind, points: Math.min(1, m) };
		case 'level':
			return {
				kind,
				levels: [
					{ name: '好', points: m },
					{ name: '较好', points: Math.round(m * 80) / 100 },
					{ name: '一般', points: Math.round(m * 60) / 100 },
					{ name: '差', points: 0 }
				]
			};
		case 'percent':
			return { kind };
		case 'external':
			return { kind, source: '第三方评估', scale: 100 };
		case 'plan-weighted':
			return {
				kind,
				result: { grades: { excellent: 1, good: 0.85, fair: 0.7, poor: 0.4 } },
				timeliness: { perDayLate: 0.02, floor: 0.5, perReturn: 0.05 }
			};
		case 'plan-unfinished':
			return { kind, points: 5, at: 'year-end' };
		case 'plan-overdue':
			return { kind, points: 2 };
		case 'plan-returned':
			return { kind, points: 1 };
		case 'plan-reports':
			return { kind, points: 1, per: 'month' };
	}
}

/** Every id used in a table (indicators and items share one namespace), for fresh ids. */
function idsIn(v: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(v)) for (const x of v) idsIn(x, out);
	else if (isObj(v)) {
		if (typeof v.id === 'string') out.add(v.id);
		for (const x of Object.values(v)) if (typeof x === 'object') idsIn(x, out);
	}
	return out;
}

function freshId(scope: unknown, prefix: string): string {
	const used = idsIn(scope);
	for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** The table (or, for classes, the whole draft) a path belongs to: ids are unique within it. */
function tableOf(draft: unknown, path: string): unknown {
	const m = /^tables\.\d+/.exec(path);
	return m ? getAt(draft, m[0]) : draft;
}

const TEMPLATES: Record<string, (draft: unknown, path: string) => unknown> = {
	indicator: (d, p) => {
		const parent = p.endsWith('.children') ? getAt(d, p.slice(0, -'.children'.length)) : null;
		const base = isObj(parent) && typeof parent.id === 'string' ? `${parent.id}.` : 'ind';
		return { id: freshId(tableOf(d, p), base), name: '新指标', max: 1, rules: [newRule('deduction', 1)] };
	},
	band: () => ({ name: '新等次' }),
	item: (d, p) => ({ id: freshId(tableOf(d, p), 'item'), name: '新项目', points: 1, per: 'event' }),
	veto: (d, p) => ({ id: freshId(tableOf(d, p), 'veto'), name: '新否决项', effect: 'fail' }),
	level: () => ({ name: '新等级', points: 0 }),
	channel: (d, p) => ({ id: freshId(getAt(d, p), 'ch'), name: '新渠道', weight: 1 }),
	class: (d) => ({ id: freshId(getAt(d, 'classes'), 'class'), name: '新类别', table: idOf(getAt(d, 'tables.0')) }),
	table: (d) => ({
		id: freshId(getAt(d, 'tables'), 'table'),
		name: '新评分表',
		indicators: [{ id: 'ind1', name: '新指标', max: 100, rules: [newRule('deduction', 100)] }]
	}),
	bonus: () => ({ cap: 5, items: [{ id: 'bonus1', name: '加分', points: 1, per: 'event' }] }),
	deductions: () => ({ cap: 5, items: [{ id: 'deduction1', name: '扣分', points: 1, per: 'event' }] }),
	minBase: () => ({ points: 80 }),
	bands: (d) =>
		structuredClone(
			getAt(d, 'outcome.bands') ?? [
				{ name: '合格', from: 60 },
				{ name: '不合格', below: 60 }
			]
		),
	result: () => ({ grades: { excellent: 1, good: 0.85, fair: 0.7, poor: 0.4 } }),
	timeliness: () => ({ perDayLate: 0.02, floor: 0.5, perReturn: 0.05 })
};

const idOf = (v: unknown) => (isObj(v) && typeof v.id === 'string' ? v.id : '');

function parentAndKey(path: string): [string, string] {
	const i = path.lastIndexOf('.');
	return i < 0 ? ['', path] : [path.slice(0, i), path.slice(i + 1)];
}

/**
 * Applies one button's operation to the draft (in place) and returns the path to show open:
 * `add:<list>:<template>`, `set:<path>:<template>`, `remove:<path>`, `up:<path>`, `down:<path>`,
 * `child:<indicator>` (a leaf's rules move to its first child), `rule:<indicator>` (kind from the form).
 */
export function applyOp(draft: unknown, op: string, ruleKind = ''): string | null {
	const [verb, path = '', template = ''] = op.split(':');
	const [parentPath, key] = parentAndKey(path);
	const parent = parentPath ? getAt(draft, parentPath) : draft;
	switch (verb) {
		case 'add': {
			const list = getAt(draft, path);
			const make = TEMPLATES[template];
			if (!make) return null;
			const item = make(draft, path);
			if (Array.isArray(list)) list.push(item);
			else setAt(draft, path, [item]);
			return `${path}.${(getAt(draft, path) as unknown[]).length - 1}`;
		}
		case 'set': {
			const make = TEMPLATES[template];
			if (make && getAt(draft, path) === undefined) setAt(draft, path, make(draft, path));
			return path;
		}
		case 'remove':
			if (Array.isArray(parent)) parent.splice(Number(key), 1);
			else if (isObj(parent)) delete parent[key];
			if (
				Array.isArray(parent) &&
				parent.length === 0 &&
				parentPath !== 'outcome.bands' &&
				/(children|rules|channels|majorDeductions|vetoes|bands)$/.test(parentPath)
			) {
				const [owner, listKey] = parentAndKey(parentPath);
				const o = getAt(draft, owner);
				if (isObj(o)) delete o[listKey];
			}
			return parentPath;
		case 'up':
		case 'down': {
			if (!Array.isArray(parent)) return null;
			const i = Number(key);
			const j = verb === 'up' ? i - 1 : i + 1;
			if (j < 0 || j >= parent.length) return path;
			[parent[i], parent[j]] = [parent[j], parent[i]];
			return `${parentPath}.${j}`;
		}
		case 'child': {
			const ind = getAt(draft, path);
			if (!isObj(ind)) return null;
			const child = TEMPLATES.indicator(draft, `${path}.children`) as Obj;
			if (!Array.isArray(ind.children)) {
				child.max = ind.max;
				if (Array.isArray(ind.rules)) child.rules = ind.rules;
				delete ind.rules;
				ind.children = [];
			}
			(ind.children as unknown[]).push(child);
			return `${path}.children.${(ind.children as unknown[]).length - 1}`;
		}
		case 'rule': {
			const ind = getAt(draft, path);
			if (!isObj(ind) || !(RULE_KINDS as readonly string[]).includes(ruleKind)) return null;
			const rules = Array.isArray(ind.rules) ? ind.rules : (ind.rules = []);
			rules.push(newRule(ruleKind as Rule['kind'], Number(ind.max)));
			return path;
		}
	}
	return null;
}
