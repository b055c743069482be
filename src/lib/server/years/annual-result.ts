// The 考核 result of a year for a unit or the body (unitId null), as the annual bulletin (年度考核通报)
// issued it: the score, the 等次 and the rank — what was announced, never a live score. The body is not
// one of the units it ranks, so its row carries the bulletin's title alone; a unit the bulletin did not
// assess (one set up later, say by a 机构改革) has no result that year.
import type { DB } from '../db/client';
import { assessmentSummary } from '../bulletins/summary';

export interface AnnualResult {
	score: number | null;
	/** 等次: 优秀, 良好 … as the bulletin prints it. */
	grade: string | null;
	rank: number | null;
	bulletinTitle: string;
}

export function annualResult(db: Pick<DB, 'select'>, year: number, unitId: number | null): AnnualResult | null {
	const s = assessmentSummary(db, { year, unitId });
	if (!s || (unitId !== null && !s.subject)) return null;
	return {
		score: s.subject?.score ?? null,
		grade: s.subject?.grade ?? null,
		rank: s.subject?.rank ?? null,
		bulletinTitle: s.bulletin.title
	};
}
