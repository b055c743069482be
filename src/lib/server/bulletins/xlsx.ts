// A bulletin's figures as a workbook: the ranking (or the 等次 lists), every unit's frozen lines and the
// lists. Text a spreadsheet could read as a formula (= + - @) is written as plain text (safeText).
import ExcelJS from 'exceljs';
import { BULLETIN_ITEM_KINDS } from '../db/schema';
import { BULLETIN_ITEM_LABEL } from '../../labels';
import { header, safeText } from '../boards/export';
import type { BulletinView } from './read';

export async function bulletinWorkbook(v: BulletinView): Promise<Buffer> {
	const b = v.bulletin;
	const wb = new ExcelJS.Workbook();
	wb.creator = '要点督办';
	const ws = wb.addWorksheet(v.showsScores ? '得分和排名' : '考核等次', { views: [{ state: 'frozen', ySplit: 3 }] });
	ws.addRow([safeText(`${b.docNumber} ${b.title}`)]).font = { bold: true, size: 13 };
	ws.addRow([safeText(`截至 ${b.cutOff} · ${b.rubricName}（第 ${b.rubricVersion} 版）`)]);
	if (v.showsScores) {
		header(ws, ['名次', '单位', '考核类别', '类别内名次', '得分', '满分', '得分率(%)', '等次']);
		for (const u of v.units)
			ws.addRow([
				u.rank,
				safeText(u.unitName),
				safeText(u.className),
				u.classRank,
				u.total,
				u.max,
				u.percent,
				safeText(u.band)
			]);
	} else {
		header(ws, ['单位', '考核类别', '等次']);
		for (const u of v.units) ws.addRow([safeText(u.unitName), safeText(u.className), safeText(u.band)]);
	}
	[8, 24, 16, 10, 10, 8, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));

	const problems = wb.addWorksheet('问题清单');
	header(problems, ['单位', '指标', '分值', '问题']);
	for (const p of v.problems)
		for (const l of p.lines)
			problems.addRow([
				safeText(p.unitName),
				safeText(l.indicatorName),
				v.showsScores ? l.points : '',
				safeText(l.text)
			]);
	for (const kind of BULLETIN_ITEM_KINDS)
		for (const i of v.items[kind])
			problems.addRow([
				safeText(i.unitName),
				safeText(BULLETIN_ITEM_LABEL[kind]),
				'',
				safeText(`${i.label}：${i.detail}`)
			]);
	[20, 24, 8, 80].forEach((w, i) => (problems.getColumn(i + 1).width = w));
	return Buffer.from(await wb.xlsx.writeBuffer());
}
