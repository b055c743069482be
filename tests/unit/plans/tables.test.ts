// Task tables (任务分解表): header detection in any order, sections from a category column,
// units and deadline cells; and the committed .docx/.xlsx/.csv fixtures through the readers.

import { describe, expect, it } from 'vitest';
import { parseTaskTable } from '../../../src/lib/server/plans/parse/task-table';
import type { ParsedPlan } from '../../../src/lib/server/plans/parse/types';
import { parsePlanSource, readPlanSource } from '../../../src/lib/server/plans/read/index';
import { isDomainError } from '../../../src/lib/server/shared/errors';
import { fixtureBytes, requireAssertions } from './helpers';

requireAssertions();

const items = (p: ParsedPlan) =>
	p.sections.flatMap((s) =>
		s.items.map((i) => ({
			at: `${s.code}|${i.code}`,
			title: i.title,
			lead: i.lead_units,
			resp: i.responsible_units,
			open: i.open_list,
			dates: i.deadlines.map((d) => d.date),
			duties: i.duties
		}))
	);

describe('parseTaskTable', () => {
	it('finds the header below a title row, in any column order, and carries the category down', () => {
		const rows = [
			['某市2021年政务公开工作要点任务分工', '', '', '', ''],
			['完成时限', '责任单位', '工作任务', '类别', '牵头单位'],
			['2021年9月底前', '市政府各部门', '公开权责清单。全面梳理行政权力。', '权力运行', '市委编办'],
			['', '市财政局、税务局', '公开预决算', '', '市财政局'],
			['上半年', '各县（市、区）政府', '公开惠企政策', '营商环境', '']
		];
		const p = parseTaskTable(rows);
		expect(p.plan).toMatchObject({ title: '某市2021年政务公开工作要点', year: 2021 });
		expect(p.sections.map((s) => [s.code, s.title])).toEqual([
			['一', '权力运行'],
			['二', '营商环境']
		]);
		expect(items(p)).toEqual([
			{
				at: '一|1.',
				title: '公开权责清单',
				lead: ['市委编办'],
				resp: ['市政府各部门'],
				open: false,
				dates: ['2021-09-30'],
				duties: []
			},
			{
				at: '一|2.',
				title: '公开预决算',
				lead: ['市财政局'],
				resp: ['市财政局', '市税务局'],
				open: false,
				dates: [],
				duties: []
			},
			{
				at: '二|3.',
				title: '公开惠企政策',
				lead: [],
				resp: ['各县(市、区)政府'],
				open: false,
				dates: ['2021-06-30'],
				duties: []
			}
		]);
	});

	it('uses 序号 for codes, 工作要求 for the body, and 配合单位 as responsible', () => {
		const rows = [
			['序号', '重点任务', '工作要求', '牵头单位', '配合单位', '时间节点'],
			[
				'（一）',
				'加强解读',
				'重要政策印发后3个工作日内发布解读,12月底前完成评估。',
				'市政府办公室',
				'市政府有关部门',
				'每季度'
			]
		];
		const p = parseTaskTable(rows, { title: '2020年要点' });
		const [task] = p.sections[0].items;
		expect(task.code).toBe('(一)');
		expect(task.title).toBe('加强解读');
		expect(task.body).toBe('重要政策印发后3个工作日内发布解读,12月底前完成评估。');
		expect(task.responsible_units).toEqual(['市政府有关部门']);
		expect(task.deadlines.map((d) => d.date)).toEqual(['2020-12-31']);
		expect(task.duties).toEqual(['每季度', '重要政策印发后3个工作日内发布解读']);
	});

	it('takes the title from the first sentence of 工作要求 when there is no task column', () => {
		const rows = [
			['工作要求', '责任单位'],
			['推进决策公开。建立公众参与机制。', '市司法局']
		];
		expect(parseTaskTable(rows, { title: '2020年要点' }).sections[0].items[0].title).toBe('推进决策公开');
	});

	it('skips empty rows and repeated headers, and warns about a row with units but no task', () => {
		const rows = [
			['工作任务', '责任单位'],
			['', ''],
			['公开预算', '市财政局'],
			['工作任务', '责任单位'],
			['', '市审计局']
		];
		const p = parseTaskTable(rows, { title: '2020年要点' });
		expect(items(p).map((i) => i.title)).toEqual(['公开预算']);
		expect(p.warnings.map((w) => [w.code, w.where])).toEqual([['table_row_skipped', '第5行']]);
	});

	it('treats a banner row "一、…" across the table as a section', () => {
		const rows = [
			['序号', '工作任务', '责任单位'],
			['一、围绕优化营商环境加强公开', '一、围绕优化营商环境加强公开', '一、围绕优化营商环境加强公开'],
			['1', '公开监管规则', '市市场监管局']
		];
		const p = parseTaskTable(rows, { title: '2020年要点' });
		expect(p.sections.map((s) => [s.code, s.title, s.items.length])).toEqual([['一', '围绕优化营商环境加强公开', 1]]);
	});

	it('refuses a table without task headers with a Chinese message', () => {
		expect.assertions(2);
		try {
			parseTaskTable([
				['姓名', '电话'],
				['张明', '123']
			]);
		} catch (e) {
			expect(isDomainError(e) && e.code).toBe('invalid');
			expect((e as Error).message).toMatch(/表格中没有找到“工作任务”“责任单位”等表头/);
		}
	});
});

describe('(e) a .docx with a task table', () => {
	const source = readPlanSource(fixtureBytes('task-table.docx'), 'task-table.docx');
	const p = parsePlanSource(source);

	it('is read as a table, the largest one with task headers, with the title paragraphs as text', () => {
		expect(source.kind).toBe('table');
		if (source.kind !== 'table') return;
		expect(source.rows[0]).toEqual(['类别', '序号', '工作任务', '工作要求', '牵头单位', '责任单位', '完成时限']);
		expect(source.text).toContain('石家庄市2021年政务公开工作要点任务分解表');
		expect(source.text).toContain('联系人');
	});

	it('carries vertically merged category and lead-unit cells down', () => {
		if (source.kind !== 'table') throw new Error('not a table');
		expect(source.rows.map((r) => r[0])).toEqual([
			'类别',
			'一、提升政府治理能力',
			'一、提升政府治理能力',
			'二、优化营商环境',
			'二、优化营商环境',
			'二、优化营商环境'
		]);
		expect(source.rows[2][4]).toBe('市政府办公室、市委编办');
	});

	it('parses meta from the surrounding text and tasks from the rows', () => {
		expect(p.plan).toMatchObject({
			title: '石家庄市2021年政务公开工作要点',
			year: 2021,
			doc_number: '石政办函〔2021〕9号'
		});
		expect(p.sections.map((s) => [s.code, s.title])).toEqual([
			['一', '提升政府治理能力'],
			['二', '优化营商环境']
		]);
		expect(items(p)).toEqual([
			{
				at: '一|1.',
				title: '加强权力配置信息公开',
				lead: ['市政府办公室', '市委编办'],
				resp: ['市政府各部门'],
				open: false,
				dates: ['2021-09-30'],
				duties: []
			},
			{
				at: '一|2.',
				title: '推进决策公开',
				lead: ['市政府办公室', '市委编办'],
				resp: ['各县(市、区)政府', '高新区管委会', '综合保税区管委会'],
				open: false,
				dates: [],
				duties: ['长期坚持']
			},
			{
				at: '二|3.',
				title: '公开市场监管规则',
				lead: ['市市场监管局'],
				resp: ['市政府有关部门'],
				open: false,
				dates: [],
				duties: ['每季度', '每季度更新监管事项清单']
			},
			{
				at: '二|4.',
				title: '提升政务服务透明度',
				lead: ['市行政审批局'],
				resp: ['市住建局', '市城管执法局'],
				open: true,
				dates: ['2021-12-31'],
				duties: []
			}
		]);
		expect(p.warnings.map((w) => [w.code, w.where])).toEqual([['table_row_skipped', '第6行']]);
	});
});

describe('(f) an .xlsx task table', () => {
	const source = readPlanSource(fixtureBytes('task-table.xlsx'), 'task-table.xlsx');
	const p = parsePlanSource(source);

	it('reads the sheet with task headers, merged ranges filled, rich text joined, phonetics dropped', () => {
		expect(source.kind).toBe('table');
		if (source.kind !== 'table') return;
		expect(source.rows[0]).toEqual(Array(6).fill('辛集市2022年政务公开工作要点任务分解表'));
		expect(source.rows[1]).toEqual(['责任单位', '完成时限', '重点任务', '部分', '牵头单位', '序号']);
		expect(source.rows[2][2]).toBe('加强权力配置信息公开。全面梳理权责清单，9月底前完成动态调整。');
		expect(source.rows[3][2]).toBe('推进决策公开');
		expect(source.rows[3][3]).toBe('一、围绕提升治理能力加强公开');
		expect(source.rows.slice(2).map((r) => r[4])).toEqual([
			'市政府办公室,市委编办',
			'市政府办公室,市委编办',
			'市政府办公室,市委编办',
			''
		]);
	});

	it('parses the title row, sections, merged lead units, a date serial and a carried-down category', () => {
		expect(p.plan).toMatchObject({ title: '辛集市2022年政务公开工作要点', year: 2022 });
		expect(p.sections.map((s) => [s.code, s.title])).toEqual([
			['一', '围绕提升治理能力加强公开'],
			['二', '围绕优化营商环境加强公开']
		]);
		expect(items(p)).toEqual([
			{
				at: '一|1.',
				title: '加强权力配置信息公开',
				lead: ['市政府办公室', '市委编办'],
				resp: ['市政府各部门'],
				open: false,
				dates: ['2022-09-30', '2022-06-30'],
				duties: []
			},
			{
				at: '一|2.',
				title: '推进决策公开',
				lead: ['市政府办公室', '市委编办'],
				resp: ['各县(市、区)政府', '高新区管委会', '综合保税区管委会'],
				open: false,
				dates: [],
				duties: ['每季度']
			},
			{
				at: '二|3.',
				title: '公开重大建设项目信息',
				lead: ['市政府办公室', '市委编办'],
				resp: ['市住建局', '市城管执法局'],
				open: false,
				dates: ['2022-12-31'],
				duties: []
			},
			{
				at: '二|4.',
				title: '做好财政预决算公开',
				lead: [],
				resp: ['市财政局'],
				open: false,
				dates: ['2022-06-30'],
				duties: []
			}
		]);
		expect(p.warnings).toEqual([]);
	});
});

describe('(g) a GB18030 .csv task table', () => {
	const bytes = fixtureBytes('task-table-gb18030.csv');

	it('is really GB18030, not UTF-8', () => {
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
	});

	it('decodes GB18030 and honours quoted commas, doubled quotes and newlines in cells', () => {
		const source = readPlanSource(bytes, 'task-table-gb18030.csv');
		expect(source).toMatchObject({ kind: 'table' });
		if (source.kind !== 'table') return;
		expect(source.rows).toEqual([
			['序号', '工作任务', '牵头单位', '责任单位', '完成时限'],
			['1', '加强"放管服"信息公开', '市行政审批局', '市发改委,市财政局', '2020年9月底前'],
			['2', '做好疫情信息发布\r\n（含新闻发布会）', '市卫健委', '市政府有关部门', '每日'],
			['3', '公开财政预决算', '', '市财政局、税务局等部门', '年底前']
		]);
	});

	it('parses tasks with the default year and warns that the title is missing', () => {
		const p = parsePlanSource(readPlanSource(bytes, 'plan.csv'), { defaultYear: 2020 });
		expect(items(p)).toEqual([
			{
				at: '|1.',
				title: '加强"放管服"信息公开',
				lead: ['市行政审批局'],
				resp: ['市发改委', '市财政局'],
				open: false,
				dates: ['2020-09-30'],
				duties: []
			},
			{
				at: '|2.',
				title: '做好疫情信息发布',
				lead: ['市卫健委'],
				resp: ['市政府有关部门'],
				open: false,
				dates: [],
				duties: ['每日']
			},
			{
				at: '|3.',
				title: '公开财政预决算',
				lead: [],
				resp: ['市财政局', '市税务局'],
				open: true,
				dates: ['2020-12-31'],
				duties: []
			}
		]);
		expect(p.warnings.map((w) => w.code)).toEqual(['no_title']);
	});
});
