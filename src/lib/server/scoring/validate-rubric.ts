// Refuses a rubric that is malformed or contradicts itself, naming the indicator in Chinese:
// children exceeding their parent without a cap, a gap or overlap between 等次, a reference to a
// missing indicator, a quota over 100%. Checks the same shape as docs/rubric.schema.json, and more.
import { UNIT_KINDS } from '../db/schema';
import { dayOf } from './days';
import { fmt, isFiniteNumber, isId, isObject, isText, known, Problems } from './problems';
import {
	RUBRIC_FORMAT,
	RUBRIC_VERSION,
	SCORING_RULES,
	type Band,
	type Indicator,
	type Rule,
	type Rubric
} from './rubric-types';
import { ruleProblems } from './validate-rules';

type Obj = Record<string, unknown>;
const EPS = 1e-9;

/** Checks a rubric; returns it typed, or throws DomainError('invalid') listing every problem. */
export function parseRubric(input: unknown): Rubric {
	const p = new Problems();
	checkRubric(input, p);
	p.throwIfAny('评分细则有误');
	return input as Rubric;
}

/** Every problem with a rubric, in Chinese; empty when it can be used. */
export function rubricProblems(input: unknown): string[] {
	const p = new Problems();
	checkRubric(input, p);
	return p.list;
}

const positive = (v: unknown) => isFiniteNumber(v) && v > 0;

function checkRubric(input: unknown, p: Problems): void {
	if (!isObject(input)) return p.add('评分细则应为一个 JSON 对象');
	if (input.format !== RUBRIC_FORMAT) return p.add(`不是要点督办的评分细则（format 应为 "${RUBRIC_FORMAT}"）`);
	if (input.version !== RUBRIC_VERSION)
		return p.add(`评分细则版本 ${String(input.version)} 不受支持（本系统读取版本 ${RUBRIC_VERSION}）`);
	known(input, ['format', 'version', 'name', 'description', 'classes', 'tables', 'outcome'], '评分细则', p);
	if (!isText(input.name)) p.add('评分细则缺少名称（name）');
	const tables = new Map<string, { total: number; ids: Set<string>; nodes: Set<string> }>();
	if (!Array.isArray(input.tables) || !input.tables.length) p.add('评分细则至少要有一张评分表（tables）');
	else
		input.tables.forEach((t, i) => {
			const checked = checkTable(t, i, p);
			if (!checked) return;
			if (tables.has(checked.id)) p.add(`评分表 id「${checked.id}」重复`);
			tables.set(checked.id, checked);
		});
	const outcome = isObject(input.outcome) ? input.outcome : null;
	if (!outcome) p.add('评分细则缺少 outcome（等次与排名）');
	else {
		known(outcome, ['compareBy', 'bands', 'quotaScope', 'vetoBand', 'publish'], 'outcome', p);
		if (outcome.compareBy !== undefined && !['percent', 'points'].includes(outcome.compareBy as string))
			p.add('outcome.compareBy 应为 percent 或 points');
		if (outcome.quotaScope !== undefined && !['class', 'all'].includes(outcome.quotaScope as string))
			p.add('outcome.quotaScope 应为 class 或 all');
		if (outcome.publish !== undefined && !['scores', 'bands'].includes(outcome.publish as string))
			p.add('outcome.publish 应为 scores 或 bands');
		checkBands(outcome.bands, '等次', outcome.vetoBand, p);
	}
	if (!Array.isArray(input.classes) || !input.classes.length) return p.add('评分细则至少要有一个考核类别（classes）');
	const classIds = new Set<string>();
	const kindOwner = new Map<string, string>();
	const unitOwner = new Map<number, string>();
	input.classes.forEach((c, i) => {
		if (!isObject(c) || !isText(c.id)) return p.add(`考核类别 ${i + 1}：缺少 id`);
		const where = `考核类别「${isText(c.name) ? c.name : c.id}」`;
		known(c, ['id', 'name', 'table', 'kinds', 'unitIds', 'notApplicable', 'bands'], where, p);
		if (classIds.has(c.id)) p.add(`考核类别 id「${c.id}」重复`);
		classIds.add(c.id);
		if (!isText(c.name)) p.add(`${where}：缺少名称`);
		const table = tables.get(c.table as string);
		if (!table) p.add(`${where}：评分表「${String(c.table)}」不存在`);
		for (const k of (c.kinds as unknown[]) ?? []) {
			if (!UNIT_KINDS.includes(k as never))
				p.add(`${where}：单位类型「${String(k)}」应为 ${UNIT_KINDS.join(' / ')} 之一`);
			else if (kindOwner.has(k as string))
				p.add(`${where}：单位类型 ${String(k)} 已属于考核类别「${kindOwner.get(k as string)}」`);
			else kindOwner.set(k as string, String(c.name ?? c.id));
		}
		for (const u of (c.unitIds as unknown[]) ?? []) {
			if (!isId(u)) p.add(`${where}：unitIds 应为单位 id（正整数）`);
			else if (unitOwner.has(u)) p.add(`${where}：单位 ${u} 已属于考核类别「${unitOwner.get(u)}」`);
			else unitOwner.set(u, String(c.name ?? c.id));
		}
		for (const id of (c.notApplicable as unknown[]) ?? [])
			if (table && !table.nodes.has(id as string)) p.add(`${where}：不适用的指标「${String(id)}」在评分表中不存在`);
		if (c.bands !== undefined) {
			if (outcome?.quotaScope === 'all')
				p.add(`${where}：等次名额按全部单位计算（quotaScope: all）时，各类别不能另设等次`);
			checkBands(c.bands, `${where}的等次`, outcome?.vetoBand, p);
		}
	});
}

function checkTable(t: unknown, i: number, p: Problems) {
	if (!isObject(t) || !isText(t.id)) {
		p.add(`评分表 ${i + 1}：缺少 id`);
		return null;
	}
	const where = `评分表「${isText(t.name) ? t.name : t.id}」`;
	known(t, ['id', 'name', 'indicators', 'spread', 'bonus', 'deductions', 'majorDeductions', 'vetoes'], where, p);
	if (!isText(t.name)) p.add(`${where}：缺少名称`);
	if (t.spread !== undefined && t.spread !== 'even' && t.spread !== 'proportional')
		p.add(`${where}：spread 应为 even 或 proportional`);
	const ids = new Set<string>();
	const nodes = new Set<string>();
	const claim = (id: unknown, what: string) => {
		if (!isText(id)) return p.add(`${where}：${what}缺少 id`);
		if (ids.has(id)) p.add(`${where}：id「${id}」重复（指标和加分、扣分、否决项的 id 在一张表内不能相同）`);
		ids.add(id);
	};
	if (!Array.isArray(t.indicators) || !t.indicators.length) {
		p.add(`${where}：至少要有一项一级指标`);
		return null;
	}
	const total = t.indicators.reduce(
		(s: number, ind) => s + (isObject(ind) && isFiniteNumber(ind.max) ? ind.max : 0),
		0
	);
	const walk = (ind: unknown, depth: number) => {
		if (!isObject(ind)) return p.add(`${where}：指标应为对象`);
		claim(ind.id, '指标');
		nodes.add(ind.id as string);
		checkIndicator(ind, depth, p);
		if (Array.isArray(ind.children)) for (const c of ind.children) walk(c, depth + 1);
	};
	for (const ind of t.indicators) walk(ind, 0);
	checkAdjustments(t, where, total, nodes, claim, p);
	return { id: t.id, total, ids, nodes };
}

const name = (ind: Obj) => `指标「${isText(ind.name) ? ind.name : String(ind.id)}」`;

function checkIndicator(ind: Obj, depth: number, p: Problems): void {
	const where = name(ind);
	known(ind, ['id', 'name', 'max', 'note', 'children', 'combine', 'overflow', 'availableFrom', 'rules'], where, p);
	if (!isText(ind.name)) p.add(`${where}：缺少名称`);
	if (!positive(ind.max)) return p.add(`${where}：分值（max）应为正数`);
	const max = ind.max as number;
	if (ind.overflow !== undefined && typeof ind.overflow !== 'boolean') p.add(`${where}：overflow 应为 true 或 false`);
	if (ind.overflow === true && depth === 0)
		p.add(`${where}：一级指标没有上级指标，不能设"扣分超出本项分值在上级中扣除"（overflow）`);
	if (
		ind.availableFrom !== undefined &&
		ind.availableFrom !== 'year-end' &&
		Number.isNaN(dayOf(ind.availableFrom as string))
	)
		p.add(`${where}：availableFrom 应为 YYYY-MM-DD 或 year-end`);
	const children = ind.children;
	if (children !== undefined) {
		if (!Array.isArray(children) || !children.length) return p.add(`${where}：children 应为非空数组`);
		if (ind.rules !== undefined) p.add(`${where}：有下级指标的指标不能再设评分规则，请把规则放到下级指标上`);
		const combine = (ind.combine ?? 'sum') as Indicator['combine'];
		if (!['sum', 'cap', 'scale'].includes(combine as string)) return p.add(`${where}：combine 应为 sum、cap 或 scale`);
		const sum = children.reduce((s: number, c) => s + (isObject(c) && isFiniteNumber(c.max) ? c.max : 0), 0);
		if (combine === 'sum' && sum > max + EPS)
			p.add(
				`${where}：下级指标分值合计 ${fmt(sum)} 分，超过本项 ${fmt(max)} 分；如按"累计最高不超过 ${fmt(max)} 分"计，请设 combine 为 cap`
			);
		if (combine === 'sum' && sum < max - EPS)
			p.add(`${where}：下级指标分值合计 ${fmt(sum)} 分，少于本项 ${fmt(max)} 分`);
		if (combine === 'cap' && sum < max - EPS)
			p.add(`${where}：按上限计分（cap）时下级指标合计 ${fmt(sum)} 分，少于本项 ${fmt(max)} 分，本项永远得不到满分`);
		return;
	}
	if (ind.combine !== undefined) p.add(`${where}：没有下级指标，不能设 combine`);
	if (!Array.isArray(ind.rules) || !ind.rules.length) return p.add(`${where}：末级指标至少要有一条评分规则（rules）`);
	const scoring = (ind.rules as Obj[]).filter(
		(r) => isObject(r) && (SCORING_RULES as readonly string[]).includes(r.kind as string)
	);
	if (scoring.length > 1)
		p.add(`${where}：最多一条得分规则（${scoring.map((r) => r.kind).join('、')}），其余应为扣分规则`);
	(ind.rules as unknown[]).forEach((r, i) => ruleProblems(r as Rule, `${where}的第 ${i + 1} 条规则`, max, p));
}

function checkAdjustments(
	t: Obj,
	where: string,
	total: number,
	nodes: Set<string>,
	claim: (id: unknown, what: string) => void,
	p: Problems
): void {
	const items = (list: unknown, what: string, judged: boolean) => {
		if (!Array.isArray(list) || !list.length) return p.add(`${where}：${what}至少要有一项`);
		for (const it of list) {
			if (!isObject(it)) return p.add(`${where}：${what}应为对象`);
			claim(it.id, what);
			const at = `${where}的${what}「${isText(it.name) ? it.name : String(it.id)}」`;
			known(it, ['id', 'name', 'points', 'per', 'max'], at, p);
			if (!isText(it.name)) p.add(`${at}：缺少名称`);
			if (!positive(it.points)) p.add(`${at}：分值（points）应为正数`);
			if (!['event', 'once', ...(judged ? ['judged'] : [])].includes(it.per as string))
				p.add(`${at}：per 应为 event、once 或 judged`);
			if (it.max !== undefined && !positive(it.max)) p.add(`${at}：max 应为正数`);
		}
	};
	const group = (g: unknown, what: string) => {
		if (g === undefined) return;
		if (!isObject(g)) return p.add(`${where}：${what}应为对象`);
		known(g, ['cap', 'minBase', 'items'], `${where}的${what}`, p);
		if (!positive(g.cap)) p.add(`${where}：${what}的上限（cap）应为正数`);
		items(g.items, what, true);
		if (g.minBase !== undefined) {
			const mb = g.minBase as Obj;
			if (what !== '加分项') p.add(`${where}：只有加分项可以设 minBase`);
			else if (!isObject(mb) || !isFiniteNumber(mb.points) || mb.points < 0 || mb.points > total)
				p.add(`${where}：加分门槛 minBase.points 应在 0–${fmt(total)} 分之间`);
			else if (mb.of !== undefined && !nodes.has(mb.of as string))
				p.add(`${where}：加分门槛依据的指标「${String(mb.of)}」不存在`);
		}
	};
	group(t.bonus, '加分项');
	group(t.deductions, '扣分项');
	if (t.majorDeductions !== undefined) items(t.majorDeductions, '重大扣分项', true);
	if (t.vetoes === undefined) return;
	if (!Array.isArray(t.vetoes)) return p.add(`${where}：vetoes 应为数组`);
	for (const v of t.vetoes) {
		if (!isObject(v)) continue;
		claim(v.id, '一票否决项');
		const at = `${where}的一票否决项「${isText(v.name) ? v.name : String(v.id)}」`;
		known(v, ['id', 'name', 'effect', 'score'], at, p);
		if (!isText(v.name)) p.add(`${at}：缺少名称`);
		if (v.effect === 'score') {
			if (!isFiniteNumber(v.score) || v.score < 0 || v.score > total)
				p.add(`${at}：否决后的分数（score）应在 0–${fmt(total)} 之间`);
		} else if (v.effect !== 'fail') p.add(`${at}：effect 应为 fail（定为不合格）或 score（按固定分数计）`);
		else if (v.score !== undefined) p.add(`${at}：定为不合格（fail）时不设 score`);
	}
}

function checkBands(bands: unknown, where: string, vetoBand: unknown, p: Problems): void {
	if (!Array.isArray(bands) || !bands.length) return p.add(`${where}：至少要有一个等次（bands）`);
	const list = bands as Band[];
	const names = new Set<string>();
	list.forEach((b, i) => {
		if (!isObject(b) || !isText(b.name)) return p.add(`${where}：第 ${i + 1} 个等次缺少名称`);
		known(b as unknown as Obj, ['name', 'from', 'below', 'quota'], `${where}「${b.name}」`, p);
		if (names.has(b.name)) p.add(`${where}：等次「${b.name}」重复`);
		names.add(b.name);
		const top = i === 0;
		const bottom = i === list.length - 1;
		if (top && b.below !== undefined) p.add(`${where}：最高等次「${b.name}」不设上限（below）`);
		if (bottom && b.from !== undefined)
			p.add(`${where}：最低等次「${b.name}」不设下限（from），以免有分数不属于任何等次`);
		if (!bottom && !isFiniteNumber(b.from)) p.add(`${where}：等次「${b.name}」缺少下限（from）`);
		if (!top && !isFiniteNumber(b.below)) p.add(`${where}：等次「${b.name}」缺少上限（below）`);
		if (isFiniteNumber(b.from) && isFiniteNumber(b.below) && b.from >= b.below)
			p.add(`${where}：等次「${b.name}」的下限 ${b.from} 不低于上限 ${b.below}`);
		if (b.quota !== undefined) {
			if (!isFiniteNumber(b.quota) || b.quota <= 0 || b.quota > 1)
				p.add(`${where}：等次「${b.name}」的名额比例 ${String(b.quota)} 应在 0–1 之间（0.3 即 30%），不能超过 100%`);
			else if (bottom) p.add(`${where}：最低等次「${b.name}」不能设名额比例，超出的单位无处可降`);
		}
		if (i > 0) {
			const higher = list[i - 1];
			if (isFiniteNumber(higher.from) && isFiniteNumber(b.below)) {
				if (b.below < higher.from)
					p.add(
						`${where}：「${b.name}」与「${higher.name}」之间有空档，[${b.below}, ${higher.from}) 的分数不属于任何等次`
					);
				if (b.below > higher.from)
					p.add(`${where}：「${b.name}」与「${higher.name}」重叠，[${higher.from}, ${b.below}) 的分数同属两个等次`);
			}
		}
	});
	if (vetoBand !== undefined && !names.has(vetoBand as string))
		p.add(`${where}：一票否决的等次「${String(vetoBand)}」不存在`);
}
