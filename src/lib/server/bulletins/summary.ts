// What the annual report says of the year's assessment (考核, 条例 第五十条): the annual bulletin's
// title, 文号 and date, how many units it assessed, the report's own unit as the bulletin published it,
// and the rectifications opened and closed. Read by the annual report's draft (annual-report/), from
// issued rows only: the summary is what was announced, never a live score.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, bulletin, bulletinUnit, plan, rectification } from '../db/schema';
import { shanghaiDate } from '../shared/time';

export interface AssessmentSummary {
	/** The annual bulletin (年度考核通报) that issued the result. */
	bulletin: { id: number; title: string; docNumber: string; issuedOn: string };
	/** How many units it assessed. */
	assessedUnits: number;
	/**
	 * The report's own unit when the bulletin ranks it (null for the body's report: the body is not one of
	 * the units it ranks). Score and rank are null where the bulletin published only the 等次.
	 */
	subject: { grade: string | null; score: number | null; rank: number | null } | null;
	/** 整改 of the year (the unit's own, for a unit's report): opened, and how many are closed. */
	rectifications: { opened: number; closed: number };
}

type Reader = Pick<DB, 'select'>;

/** The latest issued annual bulletin of the year's work plans; null when none has been issued. */
function annualBulletin(db: Reader, year: number) {
	return db
		.select({ b: bulletin })
		.from(bulletin)
		.innerJoin(plan, eq(plan.id, bulletin.planId))
		.where(and(eq(plan.year, year), eq(plan.kind, 'work'), eq(bulletin.kind, 'annual'), eq(bulletin.status, 'issued')))
		.orderBy(desc(bulletin.cutOff), desc(bulletin.id))
		.get()?.b;
}

/** The year's rectifications, the unit's when given: opened, and closed (accepted by the office). */
function rectificationCounts(db: Reader, year: number, unitId: number | null) {
	const workPlans = db
		.select({ id: plan.id })
		.from(plan)
		.where(and(eq(plan.year, year), eq(plan.kind, 'work')));
	const rows = db
		.select({ status: assignment.status })
		.from(rectification)
		.innerJoin(assignment, eq(assignment.id, rectification.assignmentId))
		.where(
			and(inArray(rectification.planId, workPlans), unitId === null ? undefined : eq(rectification.unitId, unitId))
		)
		.all();
	return { opened: rows.length, closed: rows.filter((r) => r.status === 'accepted').length };
}

/** The annual 考核 result of `year` for a unit's report or (unitId null) the body's. */
export function assessmentSummary(
	db: Reader,
	query: { year: number; unitId: number | null }
): AssessmentSummary | null {
	const b = annualBulletin(db, query.year);
	if (!b) return null;
	const units = db
		.select({
			unitId: bulletinUnit.unitId,
			band: bulletinUnit.band,
			total: bulletinUnit.total,
			rank: bulletinUnit.rank
		})
		.from(bulletinUnit)
		.where(eq(bulletinUnit.bulletinId, b.id))
		.all();
	const own = query.unitId === null ? undefined : units.find((u) => u.unitId === query.unitId);
	const scores = b.publish === 'scores';
	return {
		bulletin: {
			id: b.id,
			title: b.title,
			docNumber: b.docNumber,
			issuedOn: b.issuedAt ? shanghaiDate(b.issuedAt) : ''
		},
		assessedUnits: units.length,
		subject: own ? { grade: own.band || null, score: scores ? own.total : null, rank: scores ? own.rank : null } : null,
		rectifications: rectificationCounts(db, query.year, query.unitId)
	};
}
