// A bulletin as the Word document an office sends (公文格式, GB/T 9704 in its essentials): 文号,
// title, the body (what was assessed, the office's comment), the ranking table (or the 等次 lists
// when only 等次 are published), the problem list by unit, the rectifications, and the 落款.
// Everything comes from the bulletin's frozen rows (read.ts), never from live scores.
import {
	AlignmentType,
	Document,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IRunOptions
} from 'docx';
import { BULLETIN_ITEM_LABEL, BULLETIN_KIND_LABEL } from '../../labels';
import { FONTS } from '../annual-report/write/docx';
import { shanghaiDate } from '../shared/time';
import type { BulletinView } from './read';

/** Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, table: 24 } as const;
const INDENT = 640;
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const run = (text: string, name: string = FONTS.body, size: number = SIZE.body, extra: IRunOptions = {}) =>
	new TextRun({ text, font: font(name), size, ...extra });
const body = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLine: INDENT } });
const heading = (text: string) =>
	new Paragraph({ children: [run(text, FONTS.heading)], indent: { firstLine: INDENT } });
const cnDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
};
const NUMERALS = '一二三四五六七八九十';

function table(head: string[], rows: string[][]): Table {
	const cell = (text: string, bold = false) =>
		new TableCell({
			children: [
				new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, FONTS.body, SIZE.table, { bold })] })
			]
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
			...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))
		]
	});
}

/** The ranking section: scores and ranks, or the 等次 lists only. */
function ranking(v: BulletinView): (Paragraph | Table)[] {
	if (!v.showsScores) {
		const bands = new Map<string, string[]>();
		for (const u of v.units) bands.set(u.band, [...(bands.get(u.band) ?? []), u.unitName]);
		return [...bands].map(([band, names]) => body(`${band}（${names.length}个）：${names.join('、')}。`));
	}
	const classes = v.bulletin.classes.length > 1;
	return [
		table(
			['名次', '单位', ...(classes ? ['考核类别', '类别内名次'] : []), '得分', '等次'],
			v.units.map((u) => [
				String(u.rank ?? ''),
				u.unitName,
				...(classes ? [u.className, String(u.classRank ?? '')] : []),
				`${u.total ?? ''}`,
				u.band
			])
		)
	];
}

export function bulletinDocument(v: BulletinView): Document {
	const b = v.bulletin;
	const issuedOn = b.issuedAt ? shanghaiDate(b.issuedAt) : b.cutOff;
	const parts: (Paragraph | Table)[] = [];
	let n = 0;
	const section = (title: string) => parts.push(heading(`${NUMERALS[n++]}、${title}`));
	parts.push(
		new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.docNumber)] }),
		new Paragraph({ text: '' }),
		new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.title, FONTS.title, SIZE.title)] }),
		new Paragraph({ text: '' }),
		body(
			`按照《${b.rubricName}》，现将截至${cnDate(b.cutOff)}${b.planTitle}落实情况的${BULLETIN_KIND_LABEL[b.kind]}` +
				`结果通报如下（共${v.units.length}个单位参加${b.final ? '年度考核' : '过程考评'}）。`
		)
	);
	section(v.showsScores ? '得分和排名' : '考核等次');
	parts.push(...ranking(v));
	section('存在的问题');
	if (!v.problems.length) parts.push(body('本期未发现扣分问题。'));
	for (const p of v.problems) parts.push(body(`${p.unitName}：${p.lines.map((l) => `${l.text}`).join('；')}。`));
	for (const kind of ['red', 'yellow'] as const)
		if (v.items[kind].length)
			parts.push(
				body(
					`${BULLETIN_ITEM_LABEL[kind]}：${v.items[kind].map((i) => `${i.unitName}“${i.label}”（${i.detail}）`).join('；')}。`
				)
			);
	const rect = (['rectified', 'rectification_overdue', 'rectification_open'] as const).filter((k) => v.items[k].length);
	if (rect.length) {
		section('整改情况');
		for (const k of rect)
			parts.push(
				body(
					`${BULLETIN_ITEM_LABEL[k]}${v.items[k].length}项：${v.items[k].map((i) => `${i.unitName}“${i.label}”`).join('；')}。`
				)
			);
	}
	if (b.comment.trim()) {
		section('工作要求');
		for (const para of b.comment.split(/\n+/).filter((x) => x.trim())) parts.push(body(para.trim()));
	}
	parts.push(
		new Paragraph({ text: '' }),
		new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.issuer)] }),
		new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(cnDate(issuedOn))] })
	);
	return new Document({
		creator: '要点督办',
		title: b.title,
		sections: [
			{
				properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
				children: parts
			}
		]
	});
}

export async function bulletinDocx(v: BulletinView): Promise<Buffer> {
	return Packer.toBuffer(bulletinDocument(v));
}
