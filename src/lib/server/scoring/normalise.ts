// Facts JSON → the engine's indexed form: every timestamp and date read once into numbers, every
// reference checked, histories sorted by time. Refuses bad facts with a Chinese message per record.
import { UNIT_KINDS, type UnitKind } from '../db/schema';
import { runAtOnce } from '../shared/steps';
import { dayOf } from './days';
import { historyReader, sortUnlessSorted, type DefaultDeadlines } from './history';
import { ENTRY_KINDS, type EntryKind, type FactAssignment, type ScoringFacts } from './facts';
import { isFiniteNumber, isId, isObject, isText, Problems } from './problems';

export type {
	NAssignment,
	NChange,
	NDeadline,
	NEntry,
	NFacts,
	NReports,
	NReview,
	NSubmission,
	NTask,
	NUnit
} from './normalised';
import type { NAssignment, NDeadline, NEntry, NFacts, NTask, NUnit } from './normalised';

/** Checks the facts and indexes them; problems are collected in `problems` (a non-object throws at once). */
export function normaliseFacts(input: unknown): NFacts {
	return runAtOnce(normaliseSteps(input));
}

/** The same, yielding every 5,000 assignments (a province's are 30,000: about 20 ms at once). */
export function* normaliseSteps(input: unknown): Generator<void, NFacts, void> {
	const p = new Problems();
	if (!isObject(input)) {
		p.add('facts 应为一个对象');
		p.throwIfAny('考核数据有误');
	}
	const facts = input as unknown as ScoringFacts;
	const plan = isObject(facts.plan) ? facts.plan : null;
	const year = plan && Number.isInteger(plan.year) ? plan.year : NaN;
	if (!(year >= 1990 && year <= 2100)) p.add('plan.year 应为四位年份，例如 2020');
	let startDay = dayOf(`${year}-01-01`);
	if (plan?.startsOn !== undefined) {
		startDay = dayOf(plan.startsOn);
		if (Number.isNaN(startDay)) p.add(`plan.startsOn「${plan.startsOn}」不是有效日期（YYYY-MM-DD）`);
	}
	const arr = (v: unknown, name: string): unknown[] => {
		if (v === undefined && name === 'entries') return [];
		if (Array.isArray(v)) return v;
		p.add(`${name} 应为数组`);
		return [];
	};
	// `what` names the record only when something is wrong: building it for every timestamp costs more than the parse.
	const date = (v: unknown, what: () => string): number => {
		const d = typeof v === 'string' ? dayOf(v) : NaN;
		if (Number.isNaN(d)) p.add(`${what()}「${String(v)}」不是有效日期（YYYY-MM-DD）`);
		return d;
	};
	const units: NUnit[] = [];
	const unitIds = new Set<number>();
	arr(facts.units, 'units').forEach((u, i) => {
		const at = `units[${i}]`;
		if (!isObject(u) || !isId(u.id)) return p.add(`${at}：id 应为正整数`);
		if (unitIds.has(u.id)) return p.add(`单位 ${u.id} 重复`);
		unitIds.add(u.id);
		if (!isText(u.name)) p.add(`单位 ${u.id}：缺少名称`);
		if (!UNIT_KINDS.includes(u.kind as UnitKind)) p.add(`单位 ${u.id}：kind 应为 ${UNIT_KINDS.join(' / ')}`);
		if (u.class !== undefined && !isText(u.class)) p.add(`单位 ${u.id}：class 应为考核类别的 id`);
		units.push({
			id: u.id,
			name: String(u.name),
			kind: u.kind as UnitKind,
			classOverride: (u.class as string) ?? null,
			order: i
		});
	});

	const sectionCode = new Map<number, string>();
	arr(facts.sections, 'sections').forEach((s, i) => {
		if (!isObject(s) || !isId(s.id)) return p.add(`sections[${i}]：id 应为正整数`);
		if (sectionCode.has(s.id)) return p.add(`部分 ${s.id} 重复`);
		if (!isText(s.code)) p.add(`部分 ${s.id}：缺少编号（一、二…）`);
		sectionCode.set(s.id, String(s.code));
	});

	const tasks = new Map<number, NTask>();
	const milestoneDays = new Map<number, { id: number; day: number }[]>();
	arr(facts.tasks, 'tasks').forEach((t, i) => {
		if (!isObject(t) || !isId(t.id)) return p.add(`tasks[${i}]：id 应为正整数`);
		if (tasks.has(t.id)) return p.add(`任务 ${t.id} 重复`);
		const code = isText(t.code) ? t.code : `任务${t.id}`;
		if (!isText(t.code)) p.add(`任务 ${t.id}：缺少编号（一(三)）`);
		if (!sectionCode.has(t.sectionId as number)) p.add(`任务 ${code}：部分 ${String(t.sectionId)} 不存在`);
		const weight = t.weight === undefined ? 1 : t.weight;
		if (!isFiniteNumber(weight) || weight <= 0) p.add(`任务 ${code}：权重应为正数`);
		const ms = arr(t.milestones ?? [], `任务 ${code} 的 milestones`).map((m, j) => {
			const ok = isObject(m) && isId(m.id);
			if (!ok) p.add(`任务 ${code} 的时间节点 ${j + 1}：id 应为正整数`);
			return {
				id: ok ? (m.id as number) : 0,
				day: date(isObject(m) ? m.dueOn : undefined, () => `任务 ${code} 的时间节点日期`)
			};
		});
		milestoneDays.set(t.id, ms);
		tasks.set(t.id, {
			id: t.id,
			code,
			title: String(t.title ?? ''),
			weight: Number(weight),
			sectionCode: sectionCode.get(t.sectionId as number) ?? '',
			order: i
		});
	});

	const yearEndDay = dayOf(`${year}-12-31`);
	// An assignment without deadlines of its own shares its task's (never changed, so sorted once).
	const defaultDeadlines = new Map<number, DefaultDeadlines>();
	for (const [taskId, ms] of milestoneDays) {
		const deadlines: NDeadline[] = ms.length
			? ms.map((m) => ({ milestoneId: m.id, originalDay: m.day, changes: [] }))
			: [{ milestoneId: null, originalDay: yearEndDay, changes: [] }];
		defaultDeadlines.set(taskId, {
			deadlines,
			dueDays: ms.length ? ms.map((m) => m.day).sort((x, y) => x - y) : [yearEndDay]
		});
	}
	// Here only what every assignment must be (unique, a known task and unit); its history is read unit
	// by unit while scoring (readAssignments), so each unit's working data dies young.
	const assignmentIds = new Set<number>();
	const tasksOfUnit = new Map<number, Set<number>>(units.map((u) => [u.id, new Set<number>()]));
	const rawAssignmentsByUnit = new Map<number, FactAssignment[]>(units.map((u) => [u.id, []]));
	const rawAssignments = arr(facts.assignments, 'assignments');
	for (let i = 0; i < rawAssignments.length; i++) {
		if (i % 5000 === 4999) yield;
		const raw = rawAssignments[i];
		if (!isObject(raw) || !isId(raw.id)) {
			p.add(`assignments[${i}]：id 应为正整数`);
			continue;
		}
		const a = raw as unknown as FactAssignment;
		const task = tasks.get(a.taskId);
		const unitTasks = tasksOfUnit.get(a.unitId);
		if (assignmentIds.has(a.id) || !task || !unitTasks) {
			if (assignmentIds.has(a.id)) p.add(`任务分工 ${a.id} 重复`);
			else if (!task) p.add(`任务分工 ${a.id}：任务 ${String(a.taskId)} 不存在`);
			else p.add(`任务分工 ${a.id}：单位 ${String(a.unitId)} 不存在`);
			continue;
		}
		assignmentIds.add(a.id);
		if (unitTasks.has(a.taskId)) p.add(`任务分工 ${a.id}：任务 ${task.code} 已分给单位 ${a.unitId}`);
		unitTasks.add(a.taskId);
		if (a.role !== 'lead' && a.role !== 'responsible') p.add(`任务分工 ${a.id}：role 应为 lead 或 responsible`);
		rawAssignmentsByUnit.get(a.unitId)!.push(a);
	}

	const entriesByUnit = new Map<number, NEntry[]>(units.map((u) => [u.id, []]));
	const entryIds = new Set<number>();
	arr(facts.entries, 'entries').forEach((e, i) => {
		if (!isObject(e) || !isId(e.id)) return p.add(`entries[${i}]：id 应为正整数`);
		const at = `录入记录 ${e.id}`;
		if (entryIds.has(e.id)) return p.add(`${at} 重复`);
		entryIds.add(e.id);
		if (!unitIds.has(e.unitId as number)) return p.add(`${at}：单位 ${String(e.unitId)} 不存在`);
		if (!ENTRY_KINDS.includes(e.kind as EntryKind)) p.add(`${at}：kind 应为 ${ENTRY_KINDS.join(' / ')}`);
		if (!isText(e.indicator)) p.add(`${at}：缺少指标 id（indicator）`);
		if (!isText(e.reason)) p.add(`${at}：缺少理由（reason）`);
		if (e.value !== undefined && !isFiniteNumber(e.value) && typeof e.value !== 'string')
			p.add(`${at}：value 应为数或文字`);
		entriesByUnit.get(e.unitId as number)!.push({
			id: e.id,
			unitId: e.unitId as number,
			kind: e.kind as EntryKind,
			indicator: String(e.indicator),
			value: (e.value as number | string | undefined) ?? null,
			channel: typeof e.channel === 'string' ? e.channel : null,
			reason: String(e.reason ?? ''),
			day: date(e.on, () => `${at} 的日期`),
			evidence: typeof e.evidence === 'string' ? e.evidence : null
		});
	});
	for (const es of entriesByUnit.values()) es.sort((x, y) => x.day - y.day || x.id - y.id);

	return {
		problems: p,
		tasks,
		defaultDeadlines,
		rawAssignmentsByUnit,
		year,
		startDay,
		yearEndDay,
		units,
		sectionCodes: new Set(sectionCode.values()),
		taskCodes: new Set([...tasks.values()].map((t) => t.code)),
		entriesByUnit
	};
}

/** A unit's assignments with their history, in plan order (section, task); problems go to facts.problems. */
export function readAssignments(facts: NFacts, unitId: number): NAssignment[] {
	const p = facts.problems;
	const raw = facts.rawAssignmentsByUnit.get(unitId) ?? [];
	const list = new Array<NAssignment>(raw.length);
	const readHistory = historyReader(p, raw);
	for (let i = 0; i < raw.length; i++) {
		const a = raw[i];
		const task = facts.tasks.get(a.taskId)!;
		const n = readHistory(a, facts.defaultDeadlines.get(task.id)!);
		let assignedDay: number | null = null;
		if (a.assignedOn !== undefined) {
			assignedDay = typeof a.assignedOn === 'string' ? dayOf(a.assignedOn) : NaN;
			if (Number.isNaN(assignedDay))
				p.add(`任务分工 ${a.id} 的分工日期「${String(a.assignedOn)}」不是有效日期（YYYY-MM-DD）`);
		}
		list[i] = {
			id: a.id,
			task,
			unitId: a.unitId,
			role: a.role,
			assignedDay,
			deadlines: n.deadlines,
			fixedDueDays: n.fixedDueDays,
			reports: n.reports,
			submissions: n.submissions,
			reviews: n.reviews
		};
	}
	// Usually in plan order already: plans are imported task by task.
	return sortUnlessSorted(list, inPlanOrder);
}

const inPlanOrder = (x: NAssignment, y: NAssignment) => x.task.order - y.task.order || x.id - y.id;
