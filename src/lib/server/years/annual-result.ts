// The 考核 result of a year for a unit or the body (unitId null), as the annual bulletin (年度考核通报)
// issued it: the score, the 等次 and the rank. The assessment's annual bulletin plugs in here (it is
// built on another branch); until then no year has an issued result and the views say "未印发".
import type { DB } from '../db/client';

export interface AnnualResult {
	score: number | null;
	/** 等次: 优秀, 良好 … as the bulletin prints it. */
	grade: string | null;
	rank: number | null;
	bulletinTitle: string;
}

export function annualResult(_db: Pick<DB, 'select'>, _year: number, _unitId: number | null): AnnualResult | null {
	return null;
}
