// The 考核 result a government's report must state (条例 第五十条: 工作考核、社会评议和责任追究结果),
// read from the year's issued annual 通报 (bulletins/summary.ts, where its shape is defined). Before
// the annual bulletin is issued the loader returns null and the draft says so plainly.
import type { DB } from '../db/client';
import { assessmentSummary, type AssessmentSummary } from '../bulletins/summary';

export type { AssessmentSummary };

export type AssessmentLoader = (
	db: Pick<DB, 'select'>,
	query: { year: number; unitId: number | null }
) => AssessmentSummary | null;

/** The annual 考核 result of `year` for a unit or the body, as the annual bulletin published it. */
export const loadAssessmentSummary: AssessmentLoader = assessmentSummary;
