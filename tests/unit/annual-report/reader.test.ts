// Reading published reports: the two Pingtan reports exactly (every figure their README lists),
// Word grids with spans and merges, blank and non-numeric cells, and refusals.

import { describe, expect, it } from 'vitest';
import { getFormat, TABLE3_COLUMNS } from '../../../src/lib/annual-report/format';
import { readReportDocx, readReportText } from '../../../src/lib/server/annual-report/read/index';
import { DomainError } from '../../../src/lib/server/shared/errors';
import { buildDocx, para, table, type CellSpec } from '../../fixtures/plans/ooxml';
import { readFixture, reportText, requireAssertions } from './helpers';

requireAssertions();

// tests/fixtures/reports/pingtan-README.md, «Key figures», typed in by hand.
const T3_COLS = TABLE3_COLUMNS.map((c) => c.key);
const EXPECTED = {
	2021: {
		t2: { rules: [0, 0, 0], normative: [69, 3, 665], licensing: 2293, penalty: 1282, coercion: 42, fees: 24252.311082 },
		t3: {
			received: [64, 0, 0, 2, 0, 4, 70],
			carriedIn: [0, 0, 0, 0, 0, 0, 0],
			total: [63, 0, 0, 2, 0, 4, 69],
			carriedOut: [1, 0, 0, 0, 0, 0, 1],
			// Non-zero 办理结果 rows; «All other sub-items 0».
			granted: [27, 0, 0, 2, 0, 1, 30],
			partial: [5, 0, 0, 0, 0, 0, 5],
			'denied.internal': [1, 0, 0, 0, 0, 0, 1],
			'denied.enforcement': [6, 0, 0, 0, 0, 0, 6],
			'denied.inquiry': [1, 0, 0, 0, 0, 0, 1],
			'unable.notHeld': [22, 0, 0, 0, 0, 3, 25],
			'other.misc': [1, 0, 0, 0, 0, 0, 1]
		},
		t4: { review: [1, 0, 2, 0, 3], direct: [12, 0, 0, 0, 12], afterReview: [0, 0, 0, 0, 0] }
	},
	2024: {
		t2: { rules: [0, 0, 0], normative: [62, 33, 440], licensing: 4529, penalty: 1100, coercion: 65, fees: 18651.06 },
		t3: {
			received: [217, 1, 0, 0, 0, 0, 218],
			carriedIn: [0, 0, 0, 0, 0, 0, 0],
			total: [217, 1, 0, 0, 0, 0, 218],
			carriedOut: [0, 0, 0, 0, 0, 0, 0],
			granted: [71, 0, 0, 0, 0, 0, 71],
			partial: [29, 0, 0, 0, 0, 0, 29],
			'denied.stateSecret': [4, 0, 0, 0, 0, 0, 4],
			'denied.thirdParty': [3, 0, 0, 0, 0, 0, 3],
			'denied.internal': [32, 0, 0, 0, 0, 0, 32],
			'unable.notHeld': [75, 0, 0, 0, 0, 0, 75],
			'refused.repeat': [1, 0, 0, 0, 0, 0, 1],
			'other.noCorrection': [1, 0, 0, 0, 0, 0, 1],
			'other.misc': [1, 1, 0, 0, 0, 0, 2]
		},
		t4: { review: [2, 1, 3, 1, 7], direct: [0, 0, 0, 0, 0], afterReview: [13, 2, 4, 0, 19] }
	}
} as const;

/** Every one of the 200 cells the README's figures determine (all other 表三 cells are 0). */
function expectedCells(year: 2021 | 2024): Record<string, number> {
	const e = EXPECTED[year];
	const out: Record<string, number> = {};
	const [r, n] = [e.t2.rules, e.t2.normative];
	['issued', 'repealed', 'inForce'].forEach((c, i) => {
		out[`t2.rules.${c}`] = r[i];
		out[`t2.normative.${c}`] = n[i];
	});
	out['t2.licensing.decisions'] = e.t2.licensing;
	out['t2.penalty.decisions'] = e.t2.penalty;
	out['t2.coercion.decisions'] = e.t2.coercion;
	out['t2.fees.amount'] = e.t2.fees;
	for (const row of getFormat('2021').table3) {
		const v = (e.t3 as Record<string, readonly number[]>)[row.key] ?? [0, 0, 0, 0, 0, 0, 0];
		T3_COLS.forEach((c, i) => (out[`t3.${row.key}.${c}`] = v[i]));
	}
	for (const [g, v] of Object.entries(e.t4))
		['upheld', 'corrected', 'other', 'pending', 'total'].forEach((c, i) => (out[`t4.${g}.${c}`] = v[i]));
	return out;
}

describe('the Pingtan reports, exactly', () => {
	for (const year of [2021, 2024] as const) {
		it(`reads pingtan-${year}.txt: title, format, the six sections and every figure`, () => {
			const { report, findings } = readFixture(`pingtan-${year}.txt`);
			expect(report.title).toBe(`平潭综合实验区${year}年度政府信息公开工作年度报告`);
			expect(report.year).toBe(year);
			expect(report.format).toBe('2021');
			expect(report.sections.map((s) => s.heading)).toEqual([
				'一、总体情况',
				'二、主动公开政府信息情况',
				'三、收到和处理政府信息公开申请情况',
				'四、政府信息公开行政复议、行政诉讼情况',
				'五、存在的主要问题及改进情况',
				'六、其他需要报告的事项'
			]);
			expect(report.statistics.cells).toEqual(expectedCells(year));
			expect(report.statistics.invalid).toBeUndefined();
			expect(findings).toEqual([]);
			expect(report.preamble).toHaveLength(1);
			expect(report.sections[5].paragraphs).toEqual([`${year}年，无收取信息处理费情况。`]);
		});
	}

	it('keeps the published wording, slips included', () => {
		const r21 = readFixture('pingtan-2021.txt').report;
		expect(r21.sections[0].paragraphs.join('')).toContain('二是规范审核审核发布机制');
		expect(r21.sections[4].paragraphs[0]).toMatch(/^（一）存在的主要问题:/);
		expect(readFixture('pingtan-2024.txt').report.sections[4].paragraphs[0]).toContain('但在工作中仍在不足');
	});
});

/** Pingtan 2021's 表三 as a Word table: the 11-column grid, spans and vertical merges of page.html. */
function pingtan2021Table3Docx(): Uint8Array {
	const text = reportText('pingtan-2021.txt');
	const lines = text.split('\n');
	const start = lines.findIndex((l) => l.startsWith('（本列数据'));
	const rows = lines.slice(start, start + 28).map((l) => l.split('\t'));
	// Rebuild cells from the covered-position layout: a field followed by empty covered fields spans them.
	const spec: CellSpec[][] = rows.map((r, ri) => {
		const cells: CellSpec[] = [];
		r.forEach((f, i) => {
			const covered = f === '' && i > 0 && ri >= 3 && i === 5; // 商业企业 spans fields 5–6
			if (covered) {
				cells[cells.length - 1].span = 2;
				return;
			}
			// Empty label fields of data rows are vertical merges continuing the group above.
			if (f === '' && i < 3 && ri >= 3) cells.push({ vMerge: 'continue' });
			else cells.push({ text: f, vMerge: i < 3 && ri >= 3 ? 'restart' : undefined });
		});
		return cells;
	});
	const body =
		para('平潭综合实验区2021年度政府信息公开工作年度报告') + para('三、收到和处理政府信息公开申请情况') + table(spec);
	return buildDocx(body);
}

describe('every printed figure lands in its own cell', () => {
	for (const name of ['pingtan-2021.txt', 'pingtan-2024.txt', 'langfang-figures-2019.txt']) {
		it(`${name}: changing any one number of a table changes exactly its cell`, () => {
			const text = reportText(name);
			const base = readReportText(text).report.statistics.cells;
			const lines = text.split('\n');
			const hit = new Set<string>();
			lines.forEach((line, li) => {
				if (!line.includes('\t')) return;
				line.split('\t').forEach((field, fi) => {
					if (!/^\d+(\.\d+)?$/.test(field)) return;
					const fields = line.split('\t');
					fields[fi] = String(Number(field) + 7);
					const changed = readReportText([...lines.slice(0, li), fields.join('\t'), ...lines.slice(li + 1)].join('\n'));
					const cells = changed.report.statistics.cells;
					const diff = Object.keys(cells).filter((k) => cells[k] !== base[k]);
					expect(diff, `line ${li + 1} field ${fi + 1}`).toHaveLength(1);
					expect(cells[diff[0]]).toBeCloseTo(Number(field) + 7, 6);
					hit.add(diff[0]);
				});
			});
			// Every cell the format has was printed (and so reached), except the blanks of the seed reports.
			const printed = Object.keys(base).filter((k) => base[k] !== null);
			expect([...hit].sort()).toEqual(printed.sort());
		});
	}
});

describe('a 表三 without its header rows', () => {
	it('takes the seven numbers after the labels, skipping covered fields', () => {
		const all = reportText('pingtan-2021.txt').split('\n');
		const lines = all.filter((l) => !/^（本列数据|^\t\t\t(自然人|\t商业)/.test(l));
		expect(all.length - lines.length).toBe(3);
		const { report } = readReportText(lines.join('\n'));
		expect(report.statistics.cells).toEqual(expectedCells(2021));
	});
});

describe('Word tables', () => {
	it('reads a 表三 whose merged cells are repeated into every grid column they cover', () => {
		const { report } = readReportDocx(pingtan2021Table3Docx());
		const all = expectedCells(2021);
		const t3 = Object.fromEntries(Object.entries(report.statistics.cells).filter(([k]) => k.startsWith('t3.')));
		expect(t3).toEqual(Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('t3.'))));
	});
});

describe('blank and non-numeric cells', () => {
	const base = reportText('pingtan-2024.txt');

	it('reads a blank cell as blank (0 in the sums) and names it', () => {
		// 行政许可's 4529 left empty.
		const { report } = readReportText(base.replace('行政许可\t4529', '行政许可\t'));
		expect(report.statistics.cells['t2.licensing.decisions']).toBeNull();
	});

	it('keeps the text of a cell that is not a number', () => {
		const { report } = readReportText(base.replace('其他\t1\t1\t0\t0\t0\t0\t2', '其他\t1\t1\t—\t0\t0\t0\t2'));
		expect(report.statistics.cells['t3.other.misc.research']).toBeNull();
		expect(report.statistics.invalid).toEqual({ 't3.other.misc.research': '—' });
	});

	it('leaves alone other tables of a report, and takes «一、总体情况。» for a heading', () => {
		const extra = '行政许可\t9999\t\t\n行政处罚\t8888\t\t';
		const text = base.replace('一、总体情况\n', `一、总体情况。\n${extra}\n`);
		const { report } = readReportText(text);
		expect(report.sections[0].heading).toBe('一、总体情况。');
		expect(report.statistics.cells['t2.licensing.decisions']).toBe(4529);
		expect(report.statistics.cells['t2.penalty.decisions']).toBe(1100);
	});

	it('finds the sections when Word’s automatic numbering left 「一、」 out of the headings', () => {
		const bare = base.replace(
			/^[一二三四五六]、(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要)/gm,
			'$1'
		);
		expect(bare).not.toMatch(/^一、总体情况$/m);
		const { report } = readReportText(bare);
		expect(report.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(report.sections[0].heading).toBe('总体情况');
		expect(report.statistics).toEqual(readReportText(base).report.statistics);
	});

	it('notes a table laid out in the other format (F1)', () => {
		const old = base.replace(
			'（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关 不再处理其政府信息公开申请',
			'（六）其他处理\t'
		);
		const { findings } = readReportText(old);
		expect(findings.map((f) => f.id)).toEqual(['F1']);
		expect(findings[0].message).toContain('〔2019〕60号试行格式');
	});
});

/** The DomainError a call throws; the test fails when it throws nothing or something else. */
function refusal(fn: () => unknown): DomainError {
	const thrown = (() => {
		try {
			fn();
		} catch (e) {
			return e;
		}
	})();
	expect(thrown).toBeInstanceOf(DomainError);
	return thrown as DomainError;
}

describe('refusals', () => {
	it('refuses a work plan, or any other text, as not a report', () => {
		const e = refusal(() =>
			readReportText('石家庄市2020年政务公开工作要点\n一、围绕提升政府治理能力加强公开\n（一）…')
		);
		expect(e.message).toMatch(/^这不是政府信息公开工作年度报告/);
		expect(refusal(() => readReportText('你好')).code).toBe('invalid');
	});

	it('refuses a report from before the national format, saying why', () => {
		const e = refusal(() => readReportText(reportText('seeds/004_ed8e334ba16fb278.txt')));
		expect(e.message).toMatch(/^这是2016年度的报告。全国统一的年度报告格式从2019年度起施行/);
	});

	it('refuses a report whose year cannot be found', () => {
		const noYear = reportText('pingtan-2024.txt')
			.replace('平潭综合实验区2024年度', '平潭综合实验区')
			.replace(/统计期限为2024年/, '统计期限为本');
		const e = refusal(() => readReportText(noYear.replace(/^2024年，/m, '')));
		expect(e.message).toMatch(/无法确定报告年度/);
	});

	it('refuses what is not text or Word', () => {
		const e = refusal(() => readReportDocx(buildDocx(para('x')).slice(0, 40)));
		expect(e.message).toMatch(/损坏/);
	});
});
