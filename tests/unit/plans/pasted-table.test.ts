// The pasted-table reader on its own: which text is a table, how broken rows, Excel's quotes and
// word-extractor's row-ending tabs are put back together, and the cell rules tables rely on
// (column names, 完成时限 values, unit cells).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPastedTable } from '../../../src/lib/server/plans/parse/pasted-table';
import { parsePlanText } from '../../../src/lib/server/plans/parse/plan-text';
import { readDeadlineCells } from '../../../src/lib/server/plans/parse/table-cells';
import { headerRole } from '../../../src/lib/server/plans/parse/table-header';
import { splitUnitList } from '../../../src/lib/server/plans/parse/units';
import { referencePlanPath, requireAssertions } from './helpers';

requireAssertions();

const reference = readFileSync(referencePlanPath, 'utf8');

describe('which text is a table', () => {
	it('leaves a prose plan with tabs in it prose, parsed exactly as without them', () => {
		// Tabs where Word puts them in prose: after a number, and before a unit note.
		const tabbed = reference
			.replace(/^([一二三四五六]、)/gm, '$1\t')
			.replace(/^(\([一二三四五六七八九]\))/gm, '$1\t')
			.replace(/(\(牵头单位)/g, '\t$1');
		expect(tabbed.split('\t').length - 1).toBeGreaterThan(25);
		expect(findPastedTable(tabbed)).toBeNull();
		const strip = (p: ReturnType<typeof parsePlanText>) =>
			p.sections.map((s) => [
				s.code,
				s.title,
				s.items.map((t) => [t.code, t.title, t.lead_units, t.responsible_units])
			]);
		expect(strip(parsePlanText(tabbed))).toEqual(strip(parsePlanText(reference)));
	});

	it('does not take a line of cells with numbering or a note for a header', () => {
		const text = '(一)推进政务公开工作\t(牵头单位:市政府办公室)\n(二)公开预算\t市财政局';
		expect(findPastedTable(text)).toBeNull();
	});

	it('needs rows under the header', () => {
		expect(findPastedTable('工作任务\t责任单位\n')).toBeNull();
		expect(findPastedTable('工作任务\t责任单位\n公开预算\t市财政局')).not.toBeNull();
	});

	it('keeps the lines above the header for the meta', () => {
		const t = findPastedTable('附件\n石家庄市2021年政务公开工作要点任务分解表\n工作任务\t责任单位\n公开预算\t市财政局');
		expect(t?.around).toBe('附件\n石家庄市2021年政务公开工作要点任务分解表');
		expect(t?.rows).toEqual([
			['工作任务', '责任单位'],
			['公开预算', '市财政局']
		]);
	});
});

describe('putting rows back together', () => {
	it('joins a Word row broken at line breaks inside its cells', () => {
		const text = [
			'序号\t工作任务\t牵头单位\t责任单位',
			'1\t公开预算。',
			'细化到项。\t市财政局\t市审计局',
			'市统计局',
			'2\t公开决算\t市财政局\t市审计局'
		].join('\n');
		// Row 1: 2 cells, then 2 + 3 - 1 = 4, the width; "市统计局" (no tab) after a full row is
		// its last cell going on, which the next row (4 cells of its own) confirms.
		expect(findPastedTable(text)?.rows).toEqual([
			['序号', '工作任务', '牵头单位', '责任单位'],
			['1', '公开预算。\n细化到项。', '市财政局', '市审计局\n市统计局'],
			['2', '公开决算', '市财政局', '市审计局']
		]);
	});

	it('keeps a row merged across as one cell (a heading) and carries a full row’s last cell on', () => {
		const text = [
			'工作任务\t牵头单位\t完成时限',
			'一、加强公开',
			'公开预算\t市财政局\t6月底前',
			'12月底前',
			'（一）解读',
			'公开决算\t市财政局\t年底前'
		].join('\r\n');
		expect(findPastedTable(text)?.rows).toEqual([
			['工作任务', '牵头单位', '完成时限'],
			['一、加强公开'],
			['公开预算', '市财政局', '6月底前\n12月底前'],
			['（一）解读'],
			['公开决算', '市财政局', '年底前']
		]);
	});

	it('reads Excel’s quoted cells, and leaves quotes that are part of the text', () => {
		const text = '工作任务\t责任单位\n"公开预算。\n细化到项。"\t"市""放管服""改革协调办"\n"放管服"改革\t市行政审批局\n';
		expect(findPastedTable(text)?.rows).toEqual([
			['工作任务', '责任单位'],
			['公开预算。\n细化到项。', '市"放管服"改革协调办'],
			['"放管服"改革', '市行政审批局']
		]);
	});

	it('ends rows at word-extractor’s row-ending tabs, whatever their width', () => {
		const text = '标题\n序号\t工作任务\t责任单位\t\n一、加强公开\t\n1\t公开预算。\n细化到项。\t市财政局\t\n落款\n';
		const t = findPastedTable(text);
		expect(t?.rows).toEqual([
			['序号', '工作任务', '责任单位'],
			['一、加强公开'],
			['1', '公开预算。\n细化到项。', '市财政局']
		]);
		expect(t?.around).toBe('标题\n落款');
	});

	it('stays linear on a megabyte of quotes and tabs', () => {
		// Every line opens a quote that runs into the next line before it fails.
		const junk = `工作任务\t责任单位\n${'"甲\t乙""\t丙\n'.repeat(100_000)}`;
		const t0 = performance.now();
		const t = findPastedTable(junk);
		expect(performance.now() - t0).toBeLessThan(3000);
		expect(t?.rows.length).toBeGreaterThan(1);
	});
});

describe('cells as tables write them', () => {
	it.each([
		['序号', 'seq'],
		['工作任务', 'task'],
		['工作要求', 'body'],
		['牵头单位', 'lead'],
		['牵头处室', 'lead'],
		['配合单位', 'responsible'],
		['配合/责任单位', 'responsible'],
		['责任科室', 'responsible'],
		['责任处室', 'responsible'],
		['承办单位', 'responsible'],
		['完成时限', 'deadline'],
		['时限要求', 'deadline'],
		['完成时间', 'deadline']
	])('reads the column %s as %s', (name, role) => {
		expect(headerRole(name)).toBe(role);
	});

	it('reads 完成时限 values: phrases, Excel serials and dates as Excel copies them', () => {
		const cells = ['年底前', '2020年9月底前', '6月30日前', '持续推进', '长期坚持', '44104', '2020/9/30', '2020-06-30'];
		// 44104 days after 1899-12-30 is 2020-09-30.
		expect(readDeadlineCells(cells, 2020)).toEqual({
			deadlines: ['2020-12-31', '2020-09-30', '2020-06-30', '2020-09-30', '2020-09-30', '2020-06-30'].map((date) => ({
				date,
				what: ''
			})),
			duties: ['持续推进', '长期坚持'],
			badDates: []
		});
		expect(readDeadlineCells(['2020/2/30'], 2020).deadlines).toEqual([]);
	});

	it('splits unit cells at spaces, line breaks, 、，； and keeps a name’s own quotes', () => {
		expect(splitUnitList('市发改委 市财政局\n市统计局、市审计局，市税务局；市司法局').units).toEqual([
			'市发改委',
			'市财政局',
			'市统计局',
			'市审计局',
			'市税务局',
			'市司法局'
		]);
		expect(splitUnitList(' ').units).toEqual([]);
		expect(splitUnitList('市“放管服”改革协调办').units).toEqual(['市“放管服”改革协调办']);
		expect(splitUnitList('“放管服”改革办').units).toEqual(['“放管服”改革办']);
		expect(splitUnitList('“市财政局”').units).toEqual(['市财政局']);
	});
});
