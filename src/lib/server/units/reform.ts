// 机构改革: a unit renamed, units merged into one, a unit split into several — between years, without
// rewriting history. The old units keep their rows and names (past plans, scores, bulletins and reports
// name them as they were), end on the day before the reform and point to their successors; the open
// work of open years moves to the successors when the office confirms, shown first in a preview.
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignment, plan, unit, unitSuccession, user, type SuccessionKind, type UnitKind } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { addDays, isIsoDate } from '../shared/time';
import { hasWork } from '../assignments/has-work';
import { refreshLights } from '../assignments/light-state';
import { selectAssignments } from '../assignments/base';
import { ADMIN_ONLY, insertUnit } from './registry';
import { SUCCESSION_KIND_LABEL } from '../../labels';

export type Successor = { unitId: number } | { name: string; shortName: string; kind: UnitKind };

export interface ReformInput {
	kind: SuccessionKind;
	fromUnitIds: number[];
	to: Successor[];
	/** The day the successors start ('YYYY-MM-DD'); the old units end the day before. */
	effectiveOn: string;
	note: string;
}

export interface WorkMove {
	assignmentId: number;
	task: string;
	plan: string;
	from: string;
	/** What confirming does: move it to the successor, add it for a further successor of a split, or keep
	 * it where it is (the successor already has the task and this one has work on it). */
	action: 'move' | 'copy' | 'keep' | 'drop';
	to: string;
}

function validate(tx: Tx, input: ReformInput) {
	const from = [...new Set(input.fromUnitIds)];
	const shape: Record<SuccessionKind, [number, number, number, number]> = {
		rename: [1, 1, 1, 1],
		merge: [2, 50, 1, 1],
		split: [1, 1, 2, 20]
	};
	const [fMin, fMax, tMin, tMax] = shape[input.kind] ?? [0, 0, 0, 0];
	if (!shape[input.kind]) throw new DomainError('invalid', '请选择更名、合并或拆分');
	if (from.length < fMin || from.length > fMax)
		throw new DomainError('invalid', input.kind === 'merge' ? '合并至少选择两个原单位' : '请选择一个原单位', {
			from: '请选择原单位'
		});
	if (input.to.length < tMin || input.to.length > tMax)
		throw new DomainError('invalid', input.kind === 'split' ? '拆分至少填写两个新单位' : '请填写改革后的单位', {
			to: '请填写新单位'
		});
	if (!isIsoDate(input.effectiveOn))
		throw new DomainError('invalid', '请填写改革生效日期', { effectiveOn: '请填写日期' });
	if (input.kind === 'rename' && input.to.some((t) => 'unitId' in t))
		throw new DomainError('invalid', '更名请填写新名称（原单位保留原名称）');
	const units = tx.select().from(unit).where(inArray(unit.id, from)).all();
	if (units.length !== from.length || units.some((u) => !u.active))
		throw new DomainError('invalid', '原单位不存在或已不再使用');
	const existing = input.to.flatMap((t) => ('unitId' in t ? [t.unitId] : []));
	if (existing.some((id) => from.includes(id))) throw new DomainError('invalid', '改革后的单位不能是原单位本身');
	return { from: units, note: input.note.trim().slice(0, 500) };
}

/** Open assignments of the old units in years still open, and what confirming will do with each. */
function plannedMoves(
	tx: Tx,
	fromIds: number[],
	successorNames: string[],
	successorIds: (number | null)[]
): WorkMove[] {
	const rows = selectAssignments(tx)
		.where(and(inArray(assignment.unitId, fromIds), ne(assignment.status, 'accepted'), isNull(plan.closedAt)))
		.orderBy(assignment.id)
		.all();
	// A successor holds a task once: what it has already, and what an earlier move in this list gives it.
	const known = successorIds.filter((id): id is number => id !== null);
	const claimed = new Set(
		known.length
			? tx
					.select({ taskId: assignment.taskId, unitId: assignment.unitId })
					.from(assignment)
					.where(inArray(assignment.unitId, known))
					.all()
					.map((a) => `${a.taskId}:${a.unitId}`)
			: []
	);
	const out: WorkMove[] = [];
	for (const r of rows) {
		const base = { assignmentId: r.id, task: `${r.taskCode}${r.taskTitle}`, plan: r.planTitle, from: r.unitName };
		successorNames.forEach((name, i) => {
			const key = `${r.taskId}:${successorIds[i] ?? `new${i}`}`;
			const taken = claimed.has(key);
			if (i > 0 && taken) return; // a further successor that already holds the task needs nothing
			const action: WorkMove['action'] = i > 0 ? 'copy' : taken ? (hasWork(tx, r.id) ? 'keep' : 'drop') : 'move';
			claimed.add(key);
			out.push({ ...base, action, to: name });
		});
	}
	return out;
}

const nameOf = (tx: Tx, t: Successor) =>
	'unitId' in t
		? (tx.select({ n: unit.shortName }).from(unit).where(eq(unit.id, t.unitId)).get()?.n ?? '')
		: t.shortName;

/** What the reform will do, before anything is written. */
export function previewReform(db: DB, actor: Actor, input: ReformInput) {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	const { from } = validate(db, input);
	const names = input.to.map((t) => nameOf(db, t));
	const ids = input.to.map((t) => ('unitId' in t ? t.unitId : null));
	return {
		from: from.map((u) => u.shortName),
		to: names,
		endsOn: addDays(input.effectiveOn, -1),
		moves: plannedMoves(
			db,
			from.map((u) => u.id),
			names,
			ids
		)
	};
}

export function confirmReform(db: DB, actor: Actor, input: ReformInput, now = Date.now()): number[] {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	return db.transaction((tx) => {
		const { from, note } = validate(tx, input);
		const successors = input.to.map((t) =>
			'unitId' in t
				? t.unitId
				: insertUnit(tx, {
						name: t.name,
						shortName: t.shortName,
						kind: t.kind,
						sortOrder: from[0].sortOrder,
						aliases: []
					})
		);
		for (const id of successors)
			tx.update(unit)
				.set({ validFrom: input.effectiveOn })
				.where(and(eq(unit.id, id), isNull(unit.validFrom)))
				.run();
		const fromIds = from.map((u) => u.id);
		const names = successors.map((id) => nameOf(tx, { unitId: id }));
		const moves = plannedMoves(tx, fromIds, names, successors);
		const touched: number[] = [];
		for (const m of moves) {
			const target = successors[names.indexOf(m.to)];
			if (m.action === 'move') {
				tx.update(assignment).set({ unitId: target, updatedAt: now }).where(eq(assignment.id, m.assignmentId)).run();
				touched.push(m.assignmentId);
			} else if (m.action === 'copy') {
				const a = tx.select().from(assignment).where(eq(assignment.id, m.assignmentId)).get()!;
				const id = tx
					.insert(assignment)
					.values({ taskId: a.taskId, planId: a.planId, unitId: target, role: a.role, viaGroup: a.viaGroup })
					.returning({ id: assignment.id })
					.get().id;
				touched.push(id);
			} else if (m.action === 'drop') tx.delete(assignment).where(eq(assignment.id, m.assignmentId)).run();
		}
		if (touched.length) refreshLights(tx, inArray(assignment.id, touched), now);
		const endsOn = addDays(input.effectiveOn, -1);
		tx.update(unit).set({ active: false, validTo: endsOn }).where(inArray(unit.id, fromIds)).run();
		// Staff of the old units work for the (first) successor from now on.
		tx.update(user).set({ unitId: successors[0] }).where(inArray(user.unitId, fromIds)).run();
		for (const f of fromIds)
			for (const t of successors)
				tx.insert(unitSuccession)
					.values({
						fromUnitId: f,
						toUnitId: t,
						kind: input.kind,
						effectiveOn: input.effectiveOn,
						note,
						createdBy: actor.id || null,
						createdAt: now
					})
					.run();
		recordAudit(tx, actor, {
			action: 'unit.reform',
			objectType: 'unit',
			objectId: successors[0],
			summary:
				`机构改革（${SUCCESSION_KIND_LABEL[input.kind]}，${input.effectiveOn} 起）：${from.map((u) => u.shortName).join('、')} → ${names.join('、')}`.slice(
					0,
					300
				),
			detail: { input, moves }
		});
		return successors;
	});
}

/** The units that carry on a unit's work today (itself when it was never reformed). */
export function currentSuccessors(tx: Pick<Tx, 'select'>, unitId: number, depth = 0): number[] {
	const next = tx
		.select({ to: unitSuccession.toUnitId })
		.from(unitSuccession)
		.where(eq(unitSuccession.fromUnitId, unitId))
		.all();
	if (!next.length || depth > 20) return [unitId];
	return [...new Set(next.flatMap((n) => currentSuccessors(tx, n.to, depth + 1)))];
}
