// The 考核 result a government's report must state (条例 第五十条: 工作考核、社会评议和责任追究结果).
// The assessment issue builds the rubric, the scores and the annual 通报; until it is merged no
// bulletin exists, so the loader returns null and the draft says plainly that the year's result has
// not been issued. The annual bulletin will be read here; the draft needs nothing else from it.
import type { DB } from '../db/client';

export interface AssessmentSummary {
	/** The annual bulletin (年度考核通报) that issued the result. */
	bulletin: { id: number; title: string; docNumber: string; issuedOn: string };
	/** How many units it assessed. */
	assessedUnits: number;
	/** The report's own unit (or, for the body's report, the body as a whole), when the bulletin ranks it. */
	subject: { grade: string | null; score: number | null; rank: number | null } | null;
	/** 整改: problems the bulletin opened for rectification, and how many are closed. */
	rectifications: { opened: number; closed: number };
}

export type AssessmentLoader = (
	db: Pick<DB, 'select'>,
	query: { year: number; unitId: number | null }
) => AssessmentSummary | null;

/** The annual 考核 result of `year` for a unit or the body: none is issued before the assessment issue lands. */
export const loadAssessmentSummary: AssessmentLoader = () => null;
