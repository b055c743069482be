import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { getMatrix } from '../../../src/lib/server/boards/matrix';
import { matrixWorkbook, safeText } from '../../../src/lib/server/boards/export';
import { assignmentWorld, sendOn } from '../../helpers/assignments';
import { unitIdByShortName } from '../../helpers/db';
import { updateUnit, getUnit } from '../../../src/lib/server/units/registry';

const GRADE: Record<string, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };
const STATUS: Record<string, string> = {
	not_started: '未开始',
	in_progress: '进行中',
	submitted: '已提交',
	accepted: '已通过',
	returned: '已退回'
};

async function read(buf: Buffer) {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(buf as unknown as ArrayBuffer);
	return wb;
}

describe('Excel exports', () => {
	it('writes the 台账 so that it reads back as the matrix, cell by cell', async () => {
		const w = await assignmentWorld();
		const planId = (w.db.$client.prepare('select id from plan').get() as { id: number }).id;
		const a = w.assignmentOf('市司法局', '加强政务信息规范管理');
		sendOn(w.db, w.staffA, a, '2020-09-01', 30);
		const m = getMatrix(w.db, { role: 'leader', unitId: null }, { planId, all: true })!;
		const wb = await read(await matrixWorkbook(m, '2020-10-01'));
		const ws = wb.getWorksheet('台账')!;
		const header = (ws.getRow(2).values as unknown[]).slice(2);
		expect(header).toEqual(m.columns.map((c) => c.label));
		expect(ws.rowCount).toBe(2 + m.rows.length);
		let checked = 0;
		m.rows.forEach((r, ri) => {
			const row = ws.getRow(3 + ri);
			expect(row.getCell(1).value).toBe(`${r.group}${r.label}`);
			m.cells[ri].forEach((c, ci) => {
				expect(row.getCell(ci + 2).value ?? '').toBe(c ? STATUS[c.status] + (c.grade ? `·${GRADE[c.grade]}` : '') : '');
				checked++;
			});
		});
		expect(checked).toBe(m.rows.length * m.columns.length);
		expect(m.cells.flat().filter((c) => c?.status === 'in_progress')).toHaveLength(1);
		// The flat list has one row per assignment.
		const list = wb.getWorksheet('清单')!;
		expect(list.rowCount - 1).toBe(m.cells.flat().filter(Boolean).length);
	});

	it('writes text that looks like a formula as plain text', async () => {
		expect(safeText('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
		expect(safeText('+1')).toBe("'+1");
		expect(safeText('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(safeText('-2')).toBe("'-2");
		expect(safeText('市司法局')).toBe('市司法局');
		const w = await assignmentWorld();
		const id = unitIdByShortName(w.db, '市司法局');
		const u = getUnit(w.db, id)!;
		updateUnit(w.db, w.admin, id, {
			name: u.name,
			shortName: '=1+1',
			kind: u.kind,
			sortOrder: u.sortOrder,
			aliases: []
		});
		const planId = (w.db.$client.prepare('select id from plan').get() as { id: number }).id;
		const m = getMatrix(w.db, { role: 'leader', unitId: null }, { planId, all: true })!;
		const header = (
			(await read(await matrixWorkbook(m, 'x'))).getWorksheet('台账')!.getRow(2).values as unknown[]
		).slice(2);
		expect(header).toContain("'=1+1");
	});
});
