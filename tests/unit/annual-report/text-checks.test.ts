// Text against tables (T1–T4), what 五 and 六 must say (W5, W6), and 雷同 (R1).

import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/lib/annual-report/checks/index';
import { similarityPercent, SIMILARITY_THRESHOLD } from '../../../src/lib/annual-report/checks/content';
import type { ReportDocument } from '../../../src/lib/annual-report/types';
import { readFixture, requireAssertions, valueOf, withCells } from './helpers';

requireAssertions();

const pingtan = (year: 2021 | 2024) => readFixture(`pingtan-${year}.txt`).report;
const hebei = () => readFixture('hebei-figures-2021.txt').report;
const only = (doc: ReportDocument, id: string) => checkReport(doc).filter((c) => c.id === id);
const edit = (doc: ReportDocument, cells: Record<string, number>): ReportDocument => ({
	...doc,
	statistics: withCells(doc.statistics, cells)
});
/** The report with one paragraph of a section replaced (or added). */
function withText(doc: ReportDocument, no: number, paragraphs: string[]): ReportDocument {
	return { ...doc, sections: doc.sections.map((s) => (s.no === no ? { ...s, paragraphs } : s)) };
}

describe('T2: 依申请 counts the text states', () => {
	const sentence = '本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。';

	it('agree with Pingtan 2021’s table, and each disagreement quotes the sentence', () => {
		const doc = pingtan(2021);
		expect(only(doc, 'T2')).toEqual([]);
		for (const [key, what] of [
			['t3.received.total', '收到申请 70'],
			['t3.total.total', '办结申请 69'],
			['t3.carriedOut.total', '结转下年度 1']
		] as const) {
			const found = only(edit(doc, { [key]: valueOf(doc.statistics, key) + 1 }), 'T2');
			expect(found, key).toHaveLength(1);
			expect(found[0].where).toEqual({ cells: [key], section: 1, sentence });
			expect(found[0].message).toContain(what);
		}
	});

	it('reads «办理申请218件» as what was concluded or what was on hand', () => {
		const doc = pingtan(2024);
		expect(only(doc, 'T2')).toEqual([]);
		// Either meaning still holds when only one of them changes.
		expect(only(edit(doc, { 't3.total.total': 217 }), 'T2')).toEqual([]);
		const both = only(edit(doc, { 't3.total.total': 217, 't3.received.total': 217 }), 'T2');
		expect(both).toHaveLength(1);
		expect(both[0].where.sentence).toBe('全年办理政府信息公开申请218件。');
	});

	it('does not take 按时办结 or 延期办结 for the number concluded', () => {
		const doc = hebei();
		// «申请办结5161件,其中按时办结4997件,延期办结164件。»
		expect(only(doc, 'T2')).toEqual([]);
		const found = only(edit(doc, { 't3.total.total': 4997 }), 'T2');
		expect(found.map((f) => f.message)).toEqual([expect.stringContaining('办结申请 5161')]);
	});
});

describe('T1, T3, T4', () => {
	it('T1: «制发行政规范性文件62件» against 本年制发件数', () => {
		const doc = pingtan(2024);
		expect(only(doc, 'T1')).toEqual([]);
		const found = only(edit(doc, { 't2.normative.issued': 61 }), 'T1');
		expect(found[0].where.cells).toEqual(['t2.normative.issued']);
		expect(found[0].where.sentence).toContain('动态更新发布本年度制发行政规范性文件62件');
	});

	it('T3: Hebei’s printed 复议 466 and 诉讼 366 against the sums of their parts', () => {
		const found = only(hebei(), 'T3');
		expect(found.map((f) => f.where.cells)).toEqual([['t4.review.total'], ['t4.direct.total', 't4.afterReview.total']]);
		expect(found[0].message).toContain(`行政复议 466 与表格不一致：表四 行政复议 · 总计（${285 + 81 + 105}）`);
		expect(only(edit(hebei(), { 't4.review.total': 466, 't4.direct.total': 366 }), 'T3')).toEqual([]);
	});

	it('T3: «未发生…行政复议» means 0', () => {
		const doc = withText(pingtan(2021), 4, ['本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。']);
		expect(only(doc, 'T3').map((f) => f.where.cells[0])).toEqual(['t4.review.total']);
	});

	it('T4: 行政事业性收费 at the text’s precision, in 万元 or 元', () => {
		const doc = pingtan(2021);
		const said = (s: string) => only(withText(doc, 2, [s]), 'T4');
		expect(said('全年收取行政事业性收费24252.31万元。')).toEqual([]);
		expect(said('全年收取行政事业性收费242523110.82元。')).toEqual([]);
		expect(said('全年收取行政事业性收费24252.4万元。')).toHaveLength(1);
		expect(said('全年收取行政事业性收费24252.4万元。')[0].where.section).toBe(2);
	});

	it('leaves alone counts of 许可 applications and of all the body’s 复议 cases', () => {
		const doc = pingtan(2021);
		const said = withText(doc, 1, [
			...doc.sections[0].paragraphs,
			'（六）法治政府建设方面。全年受理行政许可申请2293件，办结2290件；办理行政复议案件120件，行政诉讼案件45件。'
		]);
		expect(checkReport(said)).toEqual([]);
		// The same counts said of disclosure are read (and here contradict the tables).
		const disclosure = withText(doc, 4, ['本年度因政府信息公开引起行政复议4件。']);
		expect(only(disclosure, 'T3').map((f) => f.message)).toEqual([expect.stringContaining('行政复议 4')]);
	});

	it('ignores numbers of things the tables do not count', () => {
		// Pingtan 2021: 2645条 信息, 20680批次 抽检, 29项 解读, 〔2021〕39号 … none is a table figure.
		expect(checkReport(pingtan(2021))).toEqual([]);
		expect(checkReport(pingtan(2024))).toEqual([]);
	});
});

describe('W5 and W6', () => {
	it('W5: 五 must not be empty or just 无', () => {
		for (const text of [[], ['无。'], ['暂无']]) {
			const found = only(withText(pingtan(2024), 5, text), 'W5');
			expect(found, JSON.stringify(text)).toHaveLength(1);
			expect(found[0].where.section).toBe(5);
		}
		const without5 = { ...pingtan(2024), sections: pingtan(2024).sections.filter((s) => s.no !== 5) };
		expect(only(without5, 'W5')[0].message).toBe('报告没有“五、存在的主要问题及改进情况”部分');
		expect(only(without5, 'F2')[0].message).toContain('五、存在的主要问题及改进情况');
	});

	it('W6: 六 must state the 信息处理费 collected, even when none', () => {
		expect(only(pingtan(2021), 'W6')).toEqual([]);
		expect(only(withText(pingtan(2021), 6, ['无。']), 'W6')).toHaveLength(1);
		// Hebei 2016: «全省各行政机关全部免费为申请人提供政府信息» names no 信息处理费.
		expect(only(hebei(), 'W6')).toHaveLength(1);
	});
});

describe('R1: similarity to the previous report', () => {
	it('measures the share of this year’s wording found in last year’s, numbers aside', () => {
		const text = pingtan(2021).sections[0].paragraphs.join('');
		expect(similarityPercent(text, text)).toBe(100);
		expect(
			similarityPercent(
				text.replace(/\d+/g, (n) => String(Number(n) + 1)),
				text
			)
		).toBe(100);
		expect(similarityPercent('', text)).toBe(0);
		const half =
			pingtan(2021).sections[0].paragraphs.slice(0, 3).join('') +
			pingtan(2024).sections[0].paragraphs.slice(3).join('');
		const p = similarityPercent(half, text);
		expect(p).toBeGreaterThan(20);
		expect(p).toBeLessThan(80);
	});

	it('shows Pingtan 2024 against 2021 as information: different wording, a formulaic 六', () => {
		const found = checkReport(pingtan(2024), { previous: pingtan(2021) }).filter((c) => c.id === 'R1');
		expect(found.map((f) => f.level)).toEqual(['info', 'info', 'info']);
		expect(found.map((f) => f.where.section)).toEqual([1, 5, 6]);
		for (const f of found.slice(0, 2)) expect(Number(/(\d+)%/.exec(f.message)?.[1])).toBeLessThan(SIMILARITY_THRESHOLD);
	});

	it('flags sections copied from last year', () => {
		const last = hebei();
		const copied = readFixture('hebei-figures-2022-copied.txt').report;
		const found = checkReport(copied, { previous: last }).filter((c) => c.id === 'R1' && c.level === 'warning');
		expect(found.map((f) => f.where.section)).toEqual([1, 2, 3, 4, 5]);
		expect(found[0].message).toBe(
			`“一、总体情况”与2021年度报告的同一部分相似度 100%（超过 ${SIMILARITY_THRESHOLD}%），疑似照搬上年文字，请按本年度实际情况撰写`
		);
		// Its 上年结转 follows on from last year's 结转下年度, so S1 has nothing to say.
		expect(checkReport(copied, { previous: last }).filter((c) => c.id === 'S1')).toEqual([]);
	});
});
