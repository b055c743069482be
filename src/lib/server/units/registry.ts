// 单位库: units, their aliases and the unit groups. Every name (full, short, alias, group name or
// alias) is unique across the whole registry, so a plan's mention can only ever mean one thing.
import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { DB } from '../db/client';
import {
	assessmentClass,
	assignment,
	plan,
	scoreEntry,
	unit,
	unitAlias,
	unitGroup,
	UNIT_KINDS,
	type UnitKind
} from '../db/schema';
import { recordAudit, type Tx } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertCan } from '../auth/policy';
import { normaliseUnitName } from './names';
import { kindOrder } from './kinds';

export type UnitRow = typeof unit.$inferSelect;

export interface UnitWithAliases extends UnitRow {
	aliases: string[];
}

export function listUnits(db: DB, opts: { activeOnly?: boolean } = {}): UnitWithAliases[] {
	const rows = db
		.select()
		.from(unit)
		.where(opts.activeOnly ? eq(unit.active, true) : undefined)
		.orderBy(kindOrder(unit.kind), asc(unit.sortOrder), asc(unit.id))
		.all();
	const aliases = db.select().from(unitAlias).orderBy(asc(unitAlias.id)).all();
	const byUnit = new Map<number, string[]>();
	for (const a of aliases) byUnit.set(a.unitId, [...(byUnit.get(a.unitId) ?? []), a.alias]);
	return rows.map((r) => ({ ...r, aliases: byUnit.get(r.id) ?? [] }));
}

export function getUnit(db: DB, id: number): UnitWithAliases | null {
	const row = db.select().from(unit).where(eq(unit.id, id)).get();
	if (!row) return null;
	const aliases = db.select({ alias: unitAlias.alias }).from(unitAlias).where(eq(unitAlias.unitId, id)).all();
	return { ...row, aliases: aliases.map((a) => a.alias) };
}

export type GroupRow = typeof unitGroup.$inferSelect;

export function listGroups(db: DB): GroupRow[] {
	return db.select().from(unitGroup).orderBy(asc(unitGroup.id)).all();
}

/** Active units a group expands to; empty for a picked-per-task group (市政府有关部门). */
export function groupMembers(db: DB, group: Pick<GroupRow, 'expandsToKind'>): UnitRow[] {
	if (!group.expandsToKind) return [];
	return db
		.select()
		.from(unit)
		.where(and(eq(unit.kind, group.expandsToKind), eq(unit.active, true)))
		.orderBy(asc(unit.sortOrder), asc(unit.id))
		.all();
}

/** Who already owns a name, or null. `except` ignores one unit's own names (when editing it). */
function nameOwner(tx: Tx, name: string, except?: number): string | null {
	const notSelf = (col: typeof unit.id | typeof unitAlias.unitId) => (except ? ne(col, except) : undefined);
	const u = tx
		.select({ name: unit.name })
		.from(unit)
		.where(and(sql`(${unit.name} = ${name} or ${unit.shortName} = ${name})`, notSelf(unit.id)))
		.get();
	if (u) return u.name;
	const a = tx
		.select({ name: unit.name })
		.from(unitAlias)
		.innerJoin(unit, eq(unit.id, unitAlias.unitId))
		.where(and(eq(unitAlias.alias, name), notSelf(unitAlias.unitId)))
		.get();
	if (a) return a.name;
	for (const g of tx.select().from(unitGroup).all()) {
		if (g.name === name || g.aliases.includes(name)) return `单位组“${g.name}”`;
	}
	return null;
}

export interface UnitInput {
	name: string;
	shortName: string;
	kind: UnitKind;
	sortOrder: number;
	aliases: string[];
}

function cleanUnitInput(input: UnitInput): UnitInput {
	const errors: Record<string, string> = {};
	const name = normaliseUnitName(input.name);
	const shortName = normaliseUnitName(input.shortName) || name;
	if (!name) errors.name = '请填写单位全称';
	else if (name.length > 60) errors.name = '单位全称不能超过 60 字';
	if (shortName.length > 30) errors.shortName = '简称不能超过 30 字';
	if (!UNIT_KINDS.includes(input.kind)) errors.kind = '请选择单位类别';
	if (!Number.isInteger(input.sortOrder) || input.sortOrder < 0 || input.sortOrder > 100000)
		errors.sortOrder = '排序号应为 0–100000 的整数';
	const aliases = [...new Set(input.aliases.map(normaliseUnitName).filter(Boolean))].filter(
		(a) => a !== name && a !== shortName
	);
	if (aliases.some((a) => a.length > 60)) errors.aliases = '别名不能超过 60 字';
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return { name, shortName, kind: input.kind, sortOrder: input.sortOrder, aliases };
}

function assertNamesFree(tx: Tx, input: UnitInput, except?: number): void {
	const checks: [string, string][] = [
		['name', input.name],
		['shortName', input.shortName],
		...input.aliases.map((a): [string, string] => ['aliases', a])
	];
	for (const [field, value] of checks) {
		const owner = nameOwner(tx, value, except);
		if (owner) {
			const msg = `名称“${value}”已被${owner.startsWith('单位组') ? owner : `“${owner}”`}使用`;
			throw new DomainError('conflict', msg, { [field]: msg });
		}
	}
}

export const ADMIN_ONLY = '只有管理员可以管理单位库';

/** Inserts one unit with its aliases; the caller audits (so imports can batch). */
export function insertUnit(tx: Tx, input: UnitInput): number {
	const clean = cleanUnitInput(input);
	assertNamesFree(tx, clean);
	const { id } = tx
		.insert(unit)
		.values({ name: clean.name, shortName: clean.shortName, kind: clean.kind, sortOrder: clean.sortOrder })
		.returning({ id: unit.id })
		.get();
	for (const alias of clean.aliases) tx.insert(unitAlias).values({ unitId: id, alias }).run();
	return id;
}

export function createUnit(db: DB, actor: Actor, input: UnitInput): number {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	return db.transaction((tx) => {
		const id = insertUnit(tx, input);
		recordAudit(tx, actor, {
			action: 'unit.create',
			objectType: 'unit',
			objectId: id,
			summary: `新增单位 ${normaliseUnitName(input.name)}`,
			detail: { ...input }
		});
		return id;
	});
}

/** True when the unit has work in a closed year: its name is part of that year's record. */
/** The unit has work or 考核 records (entries and their objections, class choices) in a closed year. */
export function inClosedYear(tx: Tx, unitId: number): boolean {
	const closed = (t: typeof assignment | typeof scoreEntry | typeof assessmentClass) =>
		!!tx
			.select({ id: t.planId })
			.from(t)
			.innerJoin(plan, eq(plan.id, t.planId))
			.where(and(eq(t.unitId, unitId), isNotNull(plan.closedAt)))
			.get();
	return closed(assignment) || closed(scoreEntry) || closed(assessmentClass);
}

export function updateUnit(db: DB, actor: Actor, id: number, input: UnitInput): void {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	db.transaction((tx) => {
		const before = tx.select().from(unit).where(eq(unit.id, id)).get();
		if (!before) throw new DomainError('not_found', '单位不存在');
		const clean = cleanUnitInput(input);
		if ((clean.name !== before.name || clean.shortName !== before.shortName) && inClosedYear(tx, id))
			throw new DomainError(
				'conflict',
				'该单位在已关闭的年度中有记录，直接改名会改写历史：机构改革更名请用“机构改革”登记更名（原名称保留在历史中）',
				{ name: '请用“机构改革”登记更名' }
			);
		assertNamesFree(tx, clean, id);
		tx.update(unit)
			.set({ name: clean.name, shortName: clean.shortName, kind: clean.kind, sortOrder: clean.sortOrder })
			.where(eq(unit.id, id))
			.run();
		tx.delete(unitAlias).where(eq(unitAlias.unitId, id)).run();
		for (const alias of clean.aliases) tx.insert(unitAlias).values({ unitId: id, alias }).run();
		recordAudit(tx, actor, {
			action: 'unit.update',
			objectType: 'unit',
			objectId: id,
			summary: `修改单位 ${clean.name}`,
			detail: { before, after: clean }
		});
	});
}

/** Adds one alias (used by import mappings); refuses a name that is already taken elsewhere. */
export function addAlias(tx: Tx, unitId: number, rawAlias: string): void {
	const alias = normaliseUnitName(rawAlias);
	if (!alias) return;
	const owner = nameOwner(tx, alias, unitId);
	if (owner) throw new DomainError('conflict', `名称“${alias}”已被“${owner}”使用`);
	const own = tx.select().from(unit).where(eq(unit.id, unitId)).get();
	if (!own) throw new DomainError('not_found', '单位不存在');
	if (own.name === alias || own.shortName === alias) return;
	tx.insert(unitAlias).values({ unitId, alias }).onConflictDoNothing().run();
}

export function setUnitActive(db: DB, actor: Actor, id: number, active: boolean): void {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	db.transaction((tx) => {
		const row = tx.select().from(unit).where(eq(unit.id, id)).get();
		if (!row) throw new DomainError('not_found', '单位不存在');
		tx.update(unit).set({ active }).where(eq(unit.id, id)).run();
		recordAudit(tx, actor, {
			action: active ? 'unit.activate' : 'unit.deactivate',
			objectType: 'unit',
			objectId: id,
			summary: `${active ? '启用' : '停用'}单位 ${row.name}`
		});
	});
}

export interface GroupInput {
	name: string;
	aliases: string[];
	expandsToKind: UnitKind | null;
	description: string;
}

/** Inserts a group; used by the seed and the CLI. */
export function insertGroup(tx: Tx, input: GroupInput): number {
	const name = normaliseUnitName(input.name);
	const aliases = input.aliases.map(normaliseUnitName).filter(Boolean);
	for (const n of [name, ...aliases]) {
		const owner = nameOwner(tx, n);
		if (owner) throw new DomainError('conflict', `名称“${n}”已被“${owner}”使用`);
	}
	return tx
		.insert(unitGroup)
		.values({ name, aliases, expandsToKind: input.expandsToKind, description: input.description })
		.returning({ id: unitGroup.id })
		.get().id;
}
