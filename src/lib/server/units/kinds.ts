// The one order of unit kinds, everywhere units are listed: the office first, then departments, other
// bodies, the county-level governments and the zones (as plans and registries list them).
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { UnitKind } from '../db/schema';

export const UNIT_KIND_ORDER: readonly UnitKind[] = ['office', 'department', 'other', 'county', 'zone'];

/** ORDER BY expression for a unit-kind column, in UNIT_KIND_ORDER. */
export function kindOrder(col: SQLiteColumn): SQL {
	return sql`case ${col} ${sql.join(
		UNIT_KIND_ORDER.map((k, i) => sql`when ${k} then ${i}`),
		sql` `
	)} else ${UNIT_KIND_ORDER.length} end`;
}
