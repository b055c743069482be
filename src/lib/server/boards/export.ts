// Excel exports of the 台账 and the ranking, written with exceljs (the `xlsx` package has unfixed
// vulnerabilities). Text that a spreadsheet could read as a formula is written as plain text.
import ExcelJS from 'exceljs';
import type { Matrix } from './matrix';
import type { RankingRow } from './board';
import type { AssignmentStatus, UnitKind } from '../db/schema';
import { ASSIGNMENT_ROLE_LABEL, GRADE_LABEL, LIGHT_LABEL, STATUS_LABEL } from '../../labels';

/** Cell colours of the statuses (the labels come from labels.ts, like every page's). */
const FILL: Record<AssignmentStatus, string> = {
	not_started: 'FFF2F3F5',
	in_progress: 'FFFFF6E0',
	submitted: 'FFE8F0FB',
	accepted: 'FFE8F6EE',
	returned: 'FFFDECEA'
};

/** OWASP CSV/formula injection: a leading = + - @ (or tab/CR) gets an apostrophe; always a string cell. */
export function safeText(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function header(ws: ExcelJS.Worksheet, values: string[]): void {
	const row = ws.addRow(values.map(safeText));
	row.font = { bold: true };
	row.alignment = { vertical: 'middle', wrapText: true };
	row.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7F8FA' } }));
}

export async function matrixWorkbook(m: Matrix, generatedOn: string): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = '要点督办';
	wb.created = new Date();
	const ws = wb.addWorksheet('台账', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
	ws.addRow([safeText(`${m.plan.title} 台账（${generatedOn}）`)]).font = { bold: true, size: 13 };
	const rowHead = m.filter.orient === 'tasks' ? '任务' : '单位';
	header(ws, [rowHead, ...m.columns.map((c) => c.label)]);
	ws.getColumn(1).width = m.filter.orient === 'tasks' ? 44 : 18;
	for (let i = 2; i <= m.columns.length + 1; i++) ws.getColumn(i).width = m.filter.orient === 'tasks' ? 9 : 14;
	m.rows.forEach((r, ri) => {
		const label = m.filter.orient === 'tasks' ? `${r.group}${r.label}` : r.label;
		const row = ws.addRow([
			safeText(label),
			...m.cells[ri].map((c) => (c ? STATUS_LABEL[c.status] + (c.grade ? `·${GRADE_LABEL[c.grade]}` : '') : ''))
		]);
		m.cells[ri].forEach((c, ci) => {
			if (!c) return;
			const cell = row.getCell(ci + 2);
			cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[c.status] } };
			if (c.light === 'red') cell.font = { color: { argb: 'FFD93026' }, bold: true };
		});
	});

	// The same data as a flat list, easier to filter and count in Excel.
	const list = wb.addWorksheet('清单', { views: [{ state: 'frozen', ySplit: 1 }] });
	header(list, ['部分', '任务', '单位', '角色', '状态', '等次', '灯']);
	[10, 44, 18, 8, 10, 8, 8].forEach((w, i) => (list.getColumn(i + 1).width = w));
	m.rows.forEach((r, ri) =>
		m.cells[ri].forEach((c, ci) => {
			if (!c) return;
			const [task, unit] = m.filter.orient === 'tasks' ? [r, m.columns[ci]] : [m.columns[ci], r];
			list.addRow([
				safeText(task.group),
				safeText(task.label),
				safeText(unit.label),
				ASSIGNMENT_ROLE_LABEL[c.role],
				STATUS_LABEL[c.status],
				c.grade ? GRADE_LABEL[c.grade] : '',
				c.light ? LIGHT_LABEL[c.light] : ''
			]);
		})
	);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function rankingWorkbook(
	planTitle: string,
	rows: RankingRow[],
	generatedOn: string,
	kinds: Record<UnitKind, string>
): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = '要点督办';
	const ws = wb.addWorksheet('单位排名', { views: [{ state: 'frozen', ySplit: 2 }] });
	ws.addRow([safeText(`${planTitle} 单位排名（${generatedOn}）`)]).font = { bold: true, size: 13 };
	header(ws, ['名次', '单位', '类别', '任务分工', STATUS_LABEL.accepted, '完成率', '逾期', '平均等次得分']);
	[8, 22, 12, 10, 10, 10, 8, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
	for (const r of rows) {
		const row = ws.addRow([
			r.rank,
			safeText(r.name),
			kinds[r.kind],
			r.total,
			r.accepted,
			r.completion,
			r.red,
			r.avgGrade ?? ''
		]);
		row.getCell(6).numFmt = '0.0%';
	}
	return Buffer.from(await wb.xlsx.writeBuffer());
}
