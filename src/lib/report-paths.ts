// Where the annual-report pages are, and where a draft paragraph's sources link to: one place for
// the pages, the server's redirects and the draft editor.
import type { SourceRef } from './server/annual-report/draft/model';

export interface ReportPlace {
	year: number;
	/** null: the body's own report. */
	unitId: number | null;
}

export const reportPath = (r: ReportPlace, page: '' | 'draft' | 'report.docx' = '') =>
	`/reports/${r.year}/${r.unitId ?? 'body'}${page ? `/${page}` : ''}`;

export const printPath = (r: ReportPlace) => `/print/reports/${r.year}/${r.unitId ?? 'body'}`;

export const summaryPath = (year: number, cell?: string) =>
	`/reports/${year}/summary${cell ? `?cell=${encodeURIComponent(cell)}#drill` : ''}`;

/** The page a source points at; null for what has no page yet (the 考核 bulletin before it exists). */
export function sourceHref(s: SourceRef, report: ReportPlace): string | null {
	switch (s.kind) {
		case 'plan':
		case 'section':
			return `/plans/${s.planId}`;
		case 'task':
			return `/plans/${s.planId}/tasks/${s.taskId}`;
		case 'assignment':
			return `/assignments/${s.assignmentId}`;
		case 'evidence':
			return s.url ?? `/evidence/${s.evidenceId}`;
		case 'cells':
			return report.unitId === null
				? summaryPath(report.year, s.cells[0])
				: `${reportPath(report)}${s.cells[0] ? `#cell-${s.cells[0]}` : ''}`;
		case 'report':
			return reportPath({ year: s.year, unitId: s.unitId }, 'draft');
		case 'assessment':
			return null;
	}
}
