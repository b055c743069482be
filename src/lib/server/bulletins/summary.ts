// What the annual report says of the year's assessment (考核): the annual bulletin's title, 文号 and
// date, how many units were assessed and in which 等次, the unit's own result as published, and the
// rectifications opened and closed. Read by the annual report (annual-report/), from issued rows only.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, bulletin, bulletinUnit, plan, rectification } from '../db/schema';
import { shanghaiDate } from '../shared/time';

export interface AssessmentSummary {
	bulletin: { id: number; title: string; docNumber: string; issuer: string; issuedOn: string; cutOff: string };
	/** Units scored in the bulletin. */
	unitsAssessed: number;
	/** Units per 等次, in the order the bulletin ranks them (best first). */
	bands: { name: string; count: number }[];
	publish: 'scores' | 'bands';
	/** The unit's own result (when asked for one it assessed): score and ranks only if scores were published. */
	unit: {
		unitId: number;
		name: string;
		className: string;
		band: string;
		total: number | null;
		max: number;
		rank: number | null;
		classRank: number | null;
	} | null;
	/** The year's rectifications (the unit's, when asked for one): opened, closed (accepted), still open. */
	rectifications: { opened: number; closed: number; open: number };
}

/**
 * The latest issued annual bulletin (年度考核通报) of the year's work plans, summarised for the body
 * (`unitId` null) or for one unit; null when no annual bulletin has been issued for that year.
 */
export function assessmentSummary(db: DB, year: number, unitId: number | null): AssessmentSummary | null {
	const b = db
		.select({ b: bulletin })
		.from(bulletin)
		.innerJoin(plan, eq(plan.id, bulletin.planId))
		.where(and(eq(plan.year, year), eq(plan.kind, 'work'), eq(bulletin.kind, 'annual'), eq(bulletin.status, 'issued')))
		.orderBy(desc(bulletin.cutOff), desc(bulletin.id))
		.get()?.b;
	if (!b) return null;
	const units = db.select().from(bulletinUnit).where(eq(bulletinUnit.bulletinId, b.id)).orderBy(bulletinUnit.seq).all();
	const bands = new Map<string, number>();
	for (const u of units) bands.set(u.band, (bands.get(u.band) ?? 0) + 1);
	const own = unitId === null ? undefined : units.find((u) => u.unitId === unitId);
	const scores = b.publish === 'scores';
	const rect = db
		.select({ status: assignment.status })
		.from(rectification)
		.innerJoin(assignment, eq(assignment.id, rectification.assignmentId))
		.where(
			and(
				inArray(
					rectification.planId,
					db
						.select({ id: plan.id })
						.from(plan)
						.where(and(eq(plan.year, year), eq(plan.kind, 'work')))
				),
				unitId === null ? undefined : eq(rectification.unitId, unitId)
			)
		)
		.all();
	const closed = rect.filter((r) => r.status === 'accepted').length;
	return {
		bulletin: {
			id: b.id,
			title: b.title,
			docNumber: b.docNumber,
			issuer: b.issuer,
			issuedOn: b.issuedAt ? shanghaiDate(b.issuedAt) : '',
			cutOff: b.cutOff
		},
		unitsAssessed: units.length,
		bands: [...bands].map(([name, count]) => ({ name, count })),
		publish: b.publish,
		unit: own
			? {
					unitId: own.unitId,
					name: own.unitName,
					className: own.className,
					band: own.band,
					total: scores ? own.total : null,
					max: own.max,
					rank: scores ? own.rank : null,
					classRank: scores ? own.classRank : null
				}
			: null,
		rectifications: { opened: rect.length, closed, open: rect.length - closed }
	};
}
