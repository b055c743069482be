// 导入工作要点: parse → draft → preview with every unit mention resolved → the office's decisions →
// one transaction that writes the plan, its sections, tasks, milestones and assignments.
import { and, asc, eq } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import {
	assignment,
	milestone,
	plan,
	planImport,
	section,
	task,
	UNIT_KINDS,
	type AssignmentRole,
	type UnitKind
} from '../db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';
import { addAlias, insertUnit, listGroups, listUnits } from '../units/registry';
import { hasWork } from '../assignments/has-work';
import { refreshLights } from '../assignments/light-state';
import { assertCan } from '../auth/policy';
import { normaliseUnitName, UnitMatcher } from '../units/names';
import { getBody } from '../body';
import type { ParsedPlan } from './parse/types';
import {
	resolveTaskMentions,
	suggestPicks,
	suggestUnits,
	taskKey,
	unknownNames,
	type RegistrySnapshot,
	type ResolvedMention,
	type TaskKey
} from './resolve';

export function registrySnapshot(db: DB): RegistrySnapshot {
	const units = listUnits(db);
	const groups = listGroups(db);
	const active = units.filter((u) => u.active);
	return {
		matcher: new UnitMatcher(units, groups, getBody(db)),
		unitsById: new Map(units.map((u) => [u.id, u])),
		groupsById: new Map(
			groups.map((g) => [
				g.id,
				{
					id: g.id,
					name: g.name,
					expandsToKind: g.expandsToKind,
					memberIds: g.expandsToKind ? active.filter((u) => u.kind === g.expandsToKind).map((u) => u.id) : []
				}
			])
		)
	};
}

// ---------------------------------------------------------------- drafts

const FORBIDDEN = '只有政务公开办可以导入工作要点';

export function createDraft(db: DB, actor: Actor, parsed: ParsedPlan, source: { name: string; text: string }): number {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	if (!parsed.sections.some((s) => s.items.length))
		throw new DomainError('invalid', '没有识别出任何任务：请检查是否为工作要点正文或任务分解表');
	return db
		.insert(planImport)
		.values({ sourceName: source.name.slice(0, 200), sourceText: source.text, parsed, createdBy: actor.id })
		.returning({ id: planImport.id })
		.get().id;
}

export interface Draft {
	id: number;
	sourceName: string;
	sourceText: string;
	parsed: ParsedPlan;
	status: 'draft' | 'confirmed' | 'discarded';
	planId: number | null;
}

export function getDraft(db: DB, id: number): Draft | null {
	const row = db.select().from(planImport).where(eq(planImport.id, id)).get();
	return row ? { ...row, parsed: row.parsed as ParsedPlan } : null;
}

export function discardDraft(db: DB, actor: Actor, id: number): void {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	db.update(planImport)
		.set({ status: 'discarded' })
		.where(and(eq(planImport.id, id), eq(planImport.status, 'draft')))
		.run();
}

// ---------------------------------------------------------------- preview

export interface PreviewTask {
	key: TaskKey;
	code: string;
	/** The sub-group of a three-level table ((一) 推进决策公开), shown above its first task. */
	group: { code: string; title: string } | null;
	title: string;
	body: string;
	openList: boolean;
	deadlines: { date: string; what: string }[];
	duties: string[];
	mentions: ResolvedMention[];
	/** Groups the office resolves by hand on this task (市政府有关部门). */
	pickedGroups: string[];
	/** Departments the text mentions: pre-checked for the picked groups. */
	suggestedPicks: number[];
}

export interface ImportPreview {
	draftId: number;
	status: Draft['status'];
	plan: ParsedPlan['plan'];
	sections: { code: string; title: string; tasks: PreviewTask[] }[];
	warnings: ParsedPlan['warnings'];
	unknown: { raw: string; count: number; suggestions: number[] }[];
	existing: { id: number; title: string; year: number } | null;
	units: { id: number; name: string; shortName: string; kind: UnitKind }[];
	groups: { id: number; name: string; memberCount: number | null }[];
	counts: { sections: number; tasks: number; assignments: number };
}

export function previewImport(db: DB, draft: Draft): ImportPreview {
	const reg = registrySnapshot(db);
	const allUnits = listUnits(db);
	const departments = allUnits.filter((u) => u.active && u.kind === 'department');
	const parsed = draft.parsed;
	let assignments = 0;
	const sections = parsed.sections.map((s, si) => ({
		code: s.code,
		title: s.title,
		tasks: s.items.map((t, ti): PreviewTask => {
			const mentions = resolveTaskMentions(t, reg);
			assignments += new Set(mentions.flatMap((m) => (m.unitId ? [m.unitId] : (m.memberIds ?? [])))).size;
			return {
				key: taskKey(si, ti),
				code: t.code,
				group: t.group ?? null,
				title: t.title,
				body: t.body,
				openList: t.open_list,
				deadlines: t.deadlines,
				duties: t.duties ?? [],
				mentions,
				pickedGroups: mentions.filter((m) => m.status === 'picked').map((m) => m.raw),
				suggestedPicks: mentions.some((m) => m.status === 'picked') ? suggestPicks(t.body, departments) : []
			};
		})
	}));
	const year = parsed.plan.year;
	const existing =
		year !== null && parsed.plan.title
			? (db
					.select({ id: plan.id, title: plan.title, year: plan.year })
					.from(plan)
					.where(and(eq(plan.title, parsed.plan.title), eq(plan.year, year)))
					.get() ?? null)
			: null;
	return {
		draftId: draft.id,
		status: draft.status,
		plan: parsed.plan,
		sections,
		warnings: parsed.warnings,
		unknown: unknownNames(parsed, reg).map((u) => ({ ...u, suggestions: suggestUnits(u.raw, allUnits) })),
		existing,
		units: allUnits
			.filter((u) => u.active)
			.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind })),
		groups: [...reg.groupsById.values()].map((g) => ({
			id: g.id,
			name: g.name,
			memberCount: g.expandsToKind ? g.memberIds.length : null
		})),
		counts: {
			sections: sections.length,
			tasks: sections.reduce((n, s) => n + s.tasks.length, 0),
			assignments
		}
	};
}

// ---------------------------------------------------------------- decisions

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

export interface ImportResult {
	planId: number;
	created: { sections: number; tasks: number; milestones: number; assignments: number; units: number; aliases: number };
	removed: { tasks: number; assignments: number };
	kept: string[];
}

const MAX_TITLE = 300;

function validateDecisions(preview: ImportPreview, d: ImportDecisions, reg: RegistrySnapshot): void {
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
			else if (Math.abs(Number(m.date.slice(0, 4)) - d.meta.year) > 5)
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

interface PlannedTask {
	sectionIndex: number;
	code: string;
	title: string;
	body: string;
	unitNote: string;
	openList: boolean;
	pickedGroups: string[];
	duties: string[];
	milestones: { date: string; what: string }[];
	/** unitId → role and the group it came through ('' when named). Lead wins over responsible. */
	units: Map<number, { role: AssignmentRole; viaGroup: string }>;
}

function planTasks(
	draft: Draft,
	preview: ImportPreview,
	d: ImportDecisions,
	newUnitIds: Map<string, number>
): PlannedTask[] {
	const out: PlannedTask[] = [];
	draft.parsed.sections.forEach((s, si) =>
		s.items.forEach((t, ti) => {
			const key = taskKey(si, ti);
			const p = preview.sections[si].tasks[ti];
			const units = new Map<number, { role: AssignmentRole; viaGroup: string }>();
			const add = (id: number, role: AssignmentRole, viaGroup: string) => {
				const cur = units.get(id);
				if (!cur || (cur.role === 'responsible' && role === 'lead')) units.set(id, { role, viaGroup });
			};
			for (const m of p.mentions) {
				if (m.status === 'unit' && m.unitId) add(m.unitId, m.role, '');
				else if (m.status === 'group') for (const id of m.memberIds ?? []) add(id, m.role, m.raw);
				else if (m.status === 'picked') for (const id of d.picks[key] ?? []) add(id, m.role, m.raw);
				else if (m.status === 'unknown') {
					const map = d.mappings[m.raw];
					if (map?.kind === 'unit') add(map.unitId, m.role, '');
					else if (map?.kind === 'new') add(newUnitIds.get(m.raw)!, m.role, '');
				}
			}
			for (const id of d.extras[key] ?? []) add(id, 'responsible', '');
			out.push({
				sectionIndex: si,
				code: t.code,
				title: (d.titles[key] ?? t.title).trim(),
				body: t.body,
				unitNote: t.unit_note ?? '',
				openList: t.open_list,
				pickedGroups: p.pickedGroups,
				duties: t.duties ?? [],
				milestones: (d.milestones[key] ?? t.deadlines)
					.filter((m) => m.date)
					.sort((a, b) => a.date.localeCompare(b.date)),
				units
			});
		})
	);
	return out;
}

/** The task columns the text decides (shared by insert and re-import). */
function taskColumns(t: PlannedTask, sortOrder: number) {
	return {
		title: t.title,
		body: t.body,
		unitNote: t.unitNote,
		openList: t.openList,
		pickedGroups: t.pickedGroups,
		duties: t.duties,
		sortOrder
	};
}

/** SQLite allows 32766 bound parameters; stay well below with rows of up to ~10 columns. */
function chunks<T>(rows: T[], size = 500): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
	return out;
}

/** Creates mapped units and aliases; returns the new units' ids by unknown name. */
function applyMappings(tx: Tx, d: ImportDecisions, result: ImportResult): Map<string, number> {
	const created = new Map<string, number>();
	for (const [raw, m] of Object.entries(d.mappings)) {
		if (m.kind === 'unit') {
			addAlias(tx, m.unitId, raw);
			result.created.aliases++;
		} else if (m.kind === 'new') {
			const name = normaliseUnitName(m.name) || raw;
			const shortName = normaliseUnitName(m.shortName) || raw;
			const id = insertUnit(tx, {
				name,
				shortName,
				kind: m.unitKind,
				sortOrder: 9000,
				aliases: [raw].filter((a) => a !== name && a !== shortName)
			});
			created.set(raw, id);
			result.created.units++;
		}
	}
	return created;
}

function insertTasks(
	tx: Tx,
	planId: number,
	sectionIds: number[],
	tasks: PlannedTask[],
	startOrder: number,
	result: ImportResult
) {
	const ids: number[] = [];
	tasks.forEach((t, i) => {
		ids.push(
			tx
				.insert(task)
				.values({
					planId,
					sectionId: sectionIds[t.sectionIndex],
					code: t.code,
					...taskColumns(t, startOrder + i)
				})
				.returning({ id: task.id })
				.get().id
		);
	});
	const ms = tasks.flatMap((t, i) =>
		t.milestones.map((m, j) => ({ taskId: ids[i], dueOn: m.date, what: m.what, sortOrder: j }))
	);
	for (const c of chunks(ms)) tx.insert(milestone).values(c).run();
	const as = tasks.flatMap((t, i) =>
		[...t.units].map(([unitId, u]) => ({ taskId: ids[i], planId, unitId, role: u.role, viaGroup: u.viaGroup }))
	);
	for (const c of chunks(as)) tx.insert(assignment).values(c).run();
	result.created.tasks += tasks.length;
	result.created.milestones += ms.length;
	result.created.assignments += as.length;
	return ids;
}

/** Confirms a draft. Everything is written in one transaction, or nothing is. */
export function confirmImport(
	db: DB,
	actor: Actor,
	draftId: number,
	d: ImportDecisions,
	now = Date.now()
): ImportResult {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	const draft = getDraft(db, draftId);
	if (!draft) throw new DomainError('not_found', '导入草稿不存在');
	if (draft.status !== 'draft')
		throw new DomainError(
			'conflict',
			draft.status === 'confirmed' ? '该草稿已确认导入，请勿重复提交' : '该草稿已取消，请重新导入'
		);
	const preview = previewImport(db, draft);
	const reg = registrySnapshot(db);
	// The title/year typed on the form decide which plan this is.
	const existing =
		db
			.select({ id: plan.id, title: plan.title, year: plan.year })
			.from(plan)
			.where(and(eq(plan.title, d.meta.title.trim()), eq(plan.year, d.meta.year)))
			.get() ?? null;
	validateDecisions({ ...preview, existing }, d, reg);
	if (d.mode === 'update' && !existing)
		throw new DomainError('invalid', '没有找到同名同年度的已导入要点，请选择“新建”');

	return db.transaction((tx) => {
		// Re-check inside the transaction: another confirm may have won the race.
		const fresh = tx.select({ status: planImport.status }).from(planImport).where(eq(planImport.id, draftId)).get();
		if (fresh?.status !== 'draft') throw new DomainError('conflict', '该草稿已确认导入，请勿重复提交');
		const result: ImportResult = {
			planId: 0,
			created: { sections: 0, tasks: 0, milestones: 0, assignments: 0, units: 0, aliases: 0 },
			removed: { tasks: 0, assignments: 0 },
			kept: []
		};
		const newUnitIds = applyMappings(tx, d, result);
		const tasks = planTasks(draft, preview, d, newUnitIds);
		const meta = {
			title: d.meta.title.trim(),
			year: d.meta.year,
			docNumber: d.meta.docNumber.trim(),
			issuer: d.meta.issuer.trim(),
			issuedOn: d.meta.issuedOn,
			sourceText: draft.sourceText
		};
		if (d.mode === 'create') {
			const planId = tx
				.insert(plan)
				.values({ ...meta, createdBy: actor.id || null })
				.returning({ id: plan.id })
				.get().id;
			result.planId = planId;
			const sectionIds = draft.parsed.sections.map(
				(s, i) =>
					tx
						.insert(section)
						.values({ planId, code: s.code, title: s.title || '工作任务', sortOrder: i })
						.returning({ id: section.id })
						.get().id
			);
			result.created.sections = sectionIds.length;
			insertTasks(tx, planId, sectionIds, tasks, 0, result);
		} else {
			result.planId = existing!.id;
			updatePlan(tx, existing!.id, meta, draft, tasks, result);
		}
		// The new assignments get their lights now, in this transaction, like every later change.
		refreshLights(tx, eq(assignment.planId, result.planId), now);
		tx.update(planImport).set({ status: 'confirmed', planId: result.planId }).where(eq(planImport.id, draftId)).run();
		recordAudit(tx, actor, {
			action: d.mode === 'create' ? 'plan.import' : 'plan.update',
			objectType: 'plan',
			objectId: result.planId,
			summary:
				d.mode === 'create'
					? `导入“${meta.title}”：${result.created.sections} 个部分、${result.created.tasks} 项任务、${result.created.assignments} 条任务分工`
					: `更新“${meta.title}”：新增 ${result.created.tasks} 项任务、${result.created.assignments} 条分工，移除 ${result.removed.tasks} 项任务、${result.removed.assignments} 条分工`,
			detail: { draftId, created: result.created, removed: result.removed, kept: result.kept.slice(0, 50) }
		});
		return result;
	});
}

/**
 * Re-import onto an existing plan: sections and tasks are matched by their codes; titles, text and
 * milestones follow the new text; new tasks and units are added; tasks and assignments the text
 * no longer names are removed only when no unit has worked on them (else kept and reported).
 */
function updatePlan(
	tx: Tx,
	planId: number,
	meta: { title: string; year: number; docNumber: string; issuer: string; issuedOn: string; sourceText: string },
	draft: Draft,
	tasks: PlannedTask[],
	result: ImportResult
): void {
	const cur = tx.select().from(plan).where(eq(plan.id, planId)).get()!;
	if (
		cur.docNumber !== meta.docNumber ||
		cur.issuer !== meta.issuer ||
		cur.issuedOn !== meta.issuedOn ||
		cur.sourceText !== meta.sourceText
	)
		tx.update(plan).set(meta).where(eq(plan.id, planId)).run();

	const sections = tx.select().from(section).where(eq(section.planId, planId)).orderBy(asc(section.sortOrder)).all();
	const sectionIds = draft.parsed.sections.map((s, i) => {
		const found = sections.find((x) => x.code === s.code && (s.code !== '' || x.sortOrder === i));
		if (found) {
			if (found.title !== (s.title || '工作任务') || found.sortOrder !== i)
				tx.update(section)
					.set({ title: s.title || '工作任务', sortOrder: i })
					.where(eq(section.id, found.id))
					.run();
			return found.id;
		}
		result.created.sections++;
		return tx
			.insert(section)
			.values({ planId, code: s.code, title: s.title || '工作任务', sortOrder: i })
			.returning({ id: section.id })
			.get().id;
	});

	const oldTasks = tx.select().from(task).where(eq(task.planId, planId)).all();
	const byPath = new Map(oldTasks.map((t) => [`${t.sectionId}|${t.code}`, t]));
	const matched = new Set<number>();
	const fresh: PlannedTask[] = [];
	tasks.forEach((t, order) => {
		const old = byPath.get(`${sectionIds[t.sectionIndex]}|${t.code}`);
		if (!old || matched.has(old.id)) {
			fresh.push(t);
			return;
		}
		matched.add(old.id);
		const changes = taskColumns(t, order);
		const same =
			old.title === changes.title &&
			old.body === changes.body &&
			old.unitNote === changes.unitNote &&
			old.openList === changes.openList &&
			JSON.stringify(old.pickedGroups) === JSON.stringify(changes.pickedGroups) &&
			JSON.stringify(old.duties) === JSON.stringify(changes.duties) &&
			old.sortOrder === order;
		if (!same) tx.update(task).set(changes).where(eq(task.id, old.id)).run();
		syncMilestones(tx, old.id, t.milestones);
		syncAssignments(tx, planId, old.id, t, result);
	});
	if (fresh.length) insertTasks(tx, planId, sectionIds, fresh, oldTasks.length + 1, result);
	for (const old of oldTasks) {
		if (matched.has(old.id)) continue;
		const as = tx.select({ id: assignment.id }).from(assignment).where(eq(assignment.taskId, old.id)).all();
		if (as.some((a) => hasWork(tx, a.id))) {
			result.kept.push(`${old.code}${old.title}`);
			continue;
		}
		// Assignments first, so the roll-up triggers can still see the task's section.
		tx.delete(assignment).where(eq(assignment.taskId, old.id)).run();
		tx.delete(task).where(eq(task.id, old.id)).run();
		result.removed.tasks++;
		result.removed.assignments += as.length;
	}
	// Drop sections left empty by the update.
	for (const s of sections) {
		if (sectionIds.includes(s.id)) continue;
		if (!tx.select({ id: task.id }).from(task).where(eq(task.sectionId, s.id)).get())
			tx.delete(section).where(eq(section.id, s.id)).run();
	}
}

function syncMilestones(tx: Tx, taskId: number, wanted: { date: string; what: string }[]): void {
	const cur = tx.select().from(milestone).where(eq(milestone.taskId, taskId)).orderBy(asc(milestone.sortOrder)).all();
	const same =
		cur.length === wanted.length && cur.every((m, i) => m.dueOn === wanted[i].date && m.what === wanted[i].what);
	if (same) return;
	tx.delete(milestone).where(eq(milestone.taskId, taskId)).run();
	if (wanted.length)
		tx.insert(milestone)
			.values(wanted.map((m, i) => ({ taskId, dueOn: m.date, what: m.what, sortOrder: i })))
			.run();
}

function syncAssignments(tx: Tx, planId: number, taskId: number, t: PlannedTask, result: ImportResult): void {
	const cur = tx.select().from(assignment).where(eq(assignment.taskId, taskId)).all();
	const have = new Map(cur.map((a) => [a.unitId, a]));
	const add = [...t.units].filter(([id]) => !have.has(id));
	if (add.length) {
		tx.insert(assignment)
			.values(add.map(([unitId, u]) => ({ taskId, planId, unitId, role: u.role, viaGroup: u.viaGroup })))
			.run();
		result.created.assignments += add.length;
	}
	for (const a of cur) {
		const want = t.units.get(a.unitId);
		if (want) {
			if (want.role !== a.role || want.viaGroup !== a.viaGroup)
				tx.update(assignment).set({ role: want.role, viaGroup: want.viaGroup }).where(eq(assignment.id, a.id)).run();
			continue;
		}
		if (hasWork(tx, a.id)) {
			result.kept.push(`${t.code}${t.title}：${a.unitId}`);
			continue;
		}
		tx.delete(assignment).where(eq(assignment.id, a.id)).run();
		result.removed.assignments++;
	}
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
