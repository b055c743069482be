// A unit through 机构改革: the units it came from and the units that carry its work on, read from
// unit_succession (written by reform.ts). Old units keep their rows and names, so a unit's history is
// its own years and, under their names as they were, its predecessors'.
import { asc, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { unit, unitSuccession, type SuccessionKind } from '../db/schema';

type Reader = Pick<DB, 'select'>;

export interface SuccessionLink {
	unitId: number;
	/** The other unit's short name, as it is (or was, for an old unit). */
	name: string;
	kind: SuccessionKind;
	effectiveOn: string;
	note: string;
}

function links(db: Reader, side: 'from' | 'to', unitId: number): SuccessionLink[] {
	const [mine, other] =
		side === 'to'
			? [unitSuccession.toUnitId, unitSuccession.fromUnitId]
			: [unitSuccession.fromUnitId, unitSuccession.toUnitId];
	return db
		.select({
			unitId: unit.id,
			name: unit.shortName,
			kind: unitSuccession.kind,
			effectiveOn: unitSuccession.effectiveOn,
			note: unitSuccession.note
		})
		.from(unitSuccession)
		.innerJoin(unit, eq(unit.id, other))
		.where(eq(mine, unitId))
		.orderBy(asc(unitSuccession.effectiveOn), asc(unit.sortOrder), asc(unit.id))
		.all();
}

/** The units this one came from (predecessors) and the units it became (successors). */
export function listSuccessions(db: Reader, unitId: number) {
	return { predecessors: links(db, 'to', unitId), successors: links(db, 'from', unitId) };
}

export interface LineageUnit {
	unitId: number;
	name: string;
	/** null for the unit itself; for a predecessor, the reform that led (eventually) to the unit. */
	via: { kind: SuccessionKind; effectiveOn: string } | null;
}

/** The unit and every unit it descends from (through renames, merges and splits), nearest first. */
export function listLineage(db: Reader, unitId: number): LineageUnit[] {
	const self = db.select({ name: unit.shortName }).from(unit).where(eq(unit.id, unitId)).get();
	if (!self) return [];
	const out: LineageUnit[] = [{ unitId, name: self.name, via: null }];
	const seen = new Set([unitId]);
	let frontier = [unitId];
	// Reforms form a DAG in time; the bound only guards against a corrupted cycle.
	for (let depth = 0; frontier.length && depth < 20; depth++) {
		const rows = db
			.select({
				unitId: unit.id,
				name: unit.shortName,
				kind: unitSuccession.kind,
				effectiveOn: unitSuccession.effectiveOn
			})
			.from(unitSuccession)
			.innerJoin(unit, eq(unit.id, unitSuccession.fromUnitId))
			.where(inArray(unitSuccession.toUnitId, frontier))
			.orderBy(asc(unit.sortOrder), asc(unit.id))
			.all();
		frontier = [];
		for (const r of rows) {
			if (seen.has(r.unitId)) continue;
			seen.add(r.unitId);
			frontier.push(r.unitId);
			out.push({ unitId: r.unitId, name: r.name, via: { kind: r.kind, effectiveOn: r.effectiveOn } });
		}
	}
	return out;
}
