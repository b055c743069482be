// Another year beside the demo's: the reference plan imported again as the plan of `year` (its title
// renamed, so it is a plan of its own), as an office would import next year's 工作要点.
import { eq } from 'drizzle-orm';
import type { DB } from '../../src/lib/server/db/client';
import { plan } from '../../src/lib/server/db/schema';
import * as importer from '../../src/lib/server/plans/import';
import type { Actor } from '../../src/lib/server/shared/actor';
import { draftFrom, referenceText } from './plans';

/** Imports the reference text as `title` of `year` on `at`; returns the new plan's id. */
export function importPlanOfYear(db: DB, admin: Actor, year: number, at: number, title = `${year}年政务公开工作要点`) {
	const d = draftFrom(db, admin, referenceText().replaceAll('2020年政务公开工作要点', title));
	importer.confirmImport(db, admin, d.draftId, { ...d.decisions, meta: { ...d.decisions.meta, year } }, at);
	return db.select({ id: plan.id }).from(plan).where(eq(plan.year, year)).all().at(-1)!.id;
}
