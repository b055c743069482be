// Another year beside the demo's: the reference plan imported again as the plan of `year` (its title
// renamed, so it is a plan of its own), as an office would import next year's 工作要点. And how the
// office ends a year: the annual 考核 bulletin issued (the real domain call), then the year closed.
import { eq } from 'drizzle-orm';
import type { DB } from '../../src/lib/server/db/client';
import { plan } from '../../src/lib/server/db/schema';
import * as importer from '../../src/lib/server/plans/import';
import { issueBulletin } from '../../src/lib/server/bulletins/issue';
import { closePlan } from '../../src/lib/server/years/close';
import type { Actor } from '../../src/lib/server/shared/actor';
import { draftFrom, referenceText } from './plans';

/** Imports the reference text as `title` of `year` on `at`; returns the new plan's id. */
export function importPlanOfYear(db: DB, admin: Actor, year: number, at: number, title = `${year}年政务公开工作要点`) {
	const d = draftFrom(db, admin, referenceText().replaceAll('2020年政务公开工作要点', title));
	importer.confirmImport(db, admin, d.draftId, { ...d.decisions, meta: { ...d.decisions.meta, year } }, at);
	return db.select({ id: plan.id }).from(plan).where(eq(plan.year, year)).all().at(-1)!.id;
}

/** Issues the plan's annual 考核 bulletin, scored to the end of its year, on `at`; returns its id. */
export async function issueAnnualBulletin(db: DB, admin: Actor, planId: number, at: number, docNumber?: string) {
	const { year } = db.select({ year: plan.year }).from(plan).where(eq(plan.id, planId)).get()!;
	return issueBulletin(
		db,
		admin,
		planId,
		{
			kind: 'annual',
			docNumber: docNumber ?? `石政公办〔${year + 1}〕1号`,
			title: `关于${year}年度政务公开工作考核结果的通报`,
			cutOff: `${year}-12-31`,
			publish: 'scores',
			comment: '',
			issuer: '石家庄市人民政府办公室'
		},
		{ now: at }
	);
}

/** The annual bulletin issued on `bulletinOn`, then the year closed on `closeOn`; returns the bulletin's id. */
export async function closeYear(
	db: DB,
	admin: Actor,
	planId: number,
	at: { bulletinOn: number; closeOn: number; reason?: string }
): Promise<number> {
	const id = await issueAnnualBulletin(db, admin, planId, at.bulletinOn);
	closePlan(db, admin, planId, { reason: at.reason ?? '' }, at.closeOn);
	return id;
}
