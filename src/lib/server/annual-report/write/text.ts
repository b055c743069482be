// A report as plain text in the layout a copied web page gives: one paragraph a line, each table
// row one line of TAB-separated fields, merged cells written once at their top-left position with
// the positions they cover left empty (the layout of tests/fixtures/reports/pingtan-2024.txt).

import { SECTION_HEADINGS, type SectionNo } from '../../../annual-report/format';
import type { ReportDocument } from '../../../annual-report/types';
import { layoutGrid, printedDate, sectionTable } from '../../../annual-report/layout';

export function writeReportText(doc: ReportDocument): string {
	const lines: string[] = [doc.title, ...doc.preamble];
	SECTION_HEADINGS.forEach((standard, i) => {
		const no = (i + 1) as SectionNo;
		const section = doc.sections.find((s) => s.no === no);
		lines.push(section?.heading ?? standard, ...(section?.paragraphs ?? []));
		const table = sectionTable(doc.statistics, no);
		if (table) for (const row of layoutGrid(table)) lines.push(row.join('\t'));
	});
	if (doc.issuer) lines.push(doc.issuer);
	if (doc.date) lines.push(printedDate(doc.date));
	return `${lines.join('\n')}\n`;
}
