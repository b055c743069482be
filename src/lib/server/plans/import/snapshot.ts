// The registry as one import sees it: every unit and group name, matched with the body's naming
// rules (body/index.ts), and the members a group expands to.
import type { DB } from '../../db/client';
import { listGroups, listUnits } from '../../units/registry';
import { UnitMatcher } from '../../units/names';
import { getBody } from '../../body';
import type { RegistrySnapshot } from '../resolve';

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
