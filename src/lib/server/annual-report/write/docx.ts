// A report as a Word document in the layout offices publish (GB/T 9704 公文格式 for the text):
// title 方正小标宋简体 二号; body 仿宋_GB2312 三号 at 28.95 pt lines, 2-character first-line indent;
// 一、 headings 黑体, （一） lead phrases 楷体_GB2312; tables 仿宋_GB2312 小四 with the national
// format's merged headers; page numbers «— 1 —» 宋体 四号, odd pages right, even pages left.

import {
	AlignmentType,
	Document,
	Footer,
	LineRuleType,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType,
	type IRunOptions
} from 'docx';
import { SECTION_HEADINGS, type SectionNo } from '../../../annual-report/format';
import type { ReportDocument } from '../../../annual-report/types';
import { printedDate, sectionTable, type LayoutTable } from '../../../annual-report/layout';

export const FONTS = {
	title: '方正小标宋简体',
	body: '仿宋_GB2312',
	heading: '黑体',
	subheading: '楷体_GB2312',
	pageNumber: '宋体'
} as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;
const LINE = 579; // 28.95 pt: 22 lines to the 225 mm text block of GB/T 9704
const INDENT = 640; // two characters of 三号

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const run = (text: string, name: string, size: number, extra: IRunOptions = {}) =>
	new TextRun({ text, font: font(name), size, ...extra });

/** «（一）主动公开方面。正文…»: the lead phrase (to 。 or ：) in 楷体, the rest in 仿宋; a short （一） line all in 楷体. */
function bodyParagraph(text: string): Paragraph {
	const lead = /^[（(][一二三四五六七八九十]+[）)][^。：:]{0,30}?[。：:]/.exec(text)?.[0];
	const children =
		lead && lead.length < text.length
			? [run(lead, FONTS.subheading, SIZE.body), run(text.slice(lead.length), FONTS.body, SIZE.body)]
			: [
					run(
						text,
						/^[（(][一二三四五六七八九十]+[）)]/.test(text) && text.length <= 40 ? FONTS.subheading : FONTS.body,
						SIZE.body
					)
				];
	return new Paragraph({ children, indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED });
}

function tableOf(layout: LayoutTable): Table {
	// Header rows repeat at the top of the next page when a table breaks across pages.
	const headerRows = layout.repeatHeader ? layout.rows.findIndex((r) => r.some((c) => c.role !== 'header')) : 0;
	const rows = layout.rows.map(
		(cells, i) =>
			new TableRow({
				cantSplit: true,
				tableHeader: i < headerRows,
				children: cells.map(
					(c) =>
						new TableCell({
							columnSpan: c.span,
							rowSpan: c.rowSpan,
							verticalAlign: VerticalAlign.CENTER,
							margins: { left: 60, right: 60, top: 30, bottom: 30 },
							children: [
								new Paragraph({
									alignment: c.role === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER,
									spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
									children: [run(c.text, FONTS.body, SIZE.table)]
								})
							]
						})
				)
			})
	);
	return new Table({
		rows,
		columnWidths: layout.widths,
		width: { size: layout.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		layout: TableLayoutType.FIXED
	});
}

function pageFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
	return new Footer({
		children: [
			new Paragraph({
				alignment,
				indent: alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
				children: [
					new TextRun({
						children: ['— ', PageNumber.CURRENT, ' —'],
						font: font(FONTS.pageNumber),
						size: SIZE.pageNumber
					})
				]
			})
		]
	});
}

/** The report as .docx bytes. Sections not in `doc` get their standard heading and no text. */
export async function writeReportDocx(doc: ReportDocument): Promise<Buffer> {
	const children: (Paragraph | Table)[] = [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE },
			children: [run(doc.title, FONTS.title, SIZE.title)]
		}),
		...doc.preamble.map(bodyParagraph)
	];
	SECTION_HEADINGS.forEach((standard, i) => {
		const no = (i + 1) as SectionNo;
		const section = doc.sections.find((s) => s.no === no);
		children.push(
			new Paragraph({
				indent: { firstLine: INDENT },
				keepNext: true,
				children: [run(section?.heading ?? standard, FONTS.heading, SIZE.body)]
			})
		);
		children.push(...(section?.paragraphs ?? []).map(bodyParagraph));
		const table = sectionTable(doc.statistics, no);
		if (table) children.push(tableOf(table), new Paragraph({ children: [] }));
	});
	if (doc.issuer || doc.date) {
		children.push(new Paragraph({ children: [] }));
		for (const line of [doc.issuer, doc.date && printedDate(doc.date)])
			if (line)
				children.push(
					new Paragraph({
						alignment: AlignmentType.RIGHT,
						indent: { right: INDENT * 2 },
						children: [run(line, FONTS.body, SIZE.body)]
					})
				);
	}
	const document = new Document({
		title: doc.title,
		creator: doc.issuer ?? '',
		evenAndOddHeaderAndFooters: true,
		styles: {
			default: {
				document: {
					run: { font: font(FONTS.body), size: SIZE.body },
					paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }
				}
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: 11906, height: 16838 },
						// GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
						margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, footer: 1247 }
					}
				},
				footers: { default: pageFooter(AlignmentType.RIGHT), even: pageFooter(AlignmentType.LEFT) },
				children
			}
		]
	});
	return Packer.toBuffer(document);
}
