// Text plans written from the rules: full-width prose, separate unit paragraphs, numbered plans
// without sections, item numbers running on across sections, and odd input.

import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/lib/server/plans/parse/plan-text';
import { fixtureText, requireAssertions } from './helpers';

requireAssertions();

const brief = (text: string, opts = {}) => {
	const p = parsePlanText(text, opts);
	return {
		...p,
		items: p.sections.flatMap((s) =>
			s.items.map((i) => ({
				at: `${s.code}${i.code}`,
				title: i.title,
				lead: i.lead_units,
				resp: i.responsible_units,
				open: i.open_list,
				dates: i.deadlines.map((d) => d.date)
			}))
		)
	};
};

describe('(a) a full-width prose plan with a notice', () => {
	const p = brief(fixtureText('fullwidth-prose.txt'));

	it('reads title, year, 文号 (［］ normalised to 〔〕), issuer and date', () => {
		expect(p.plan).toEqual({
			title: '正定县2021年政务公开工作要点',
			year: 2021,
			doc_number: '正政办〔2021〕5号',
			issuer: '正定县人民政府办公室',
			issued_on: '2021-03-15'
		});
	});

	it('reads sections and tasks numbered with full-width brackets', () => {
		expect(p.sections.map((s) => [s.code, s.title])).toEqual([
			['一', '加强重点领域信息公开'],
			['二', '提升政务服务水平'],
			['三', '强化保障措施']
		]);
		expect(p.items.map((i) => [i.at, i.title])).toEqual([
			['一(一)', '推进财政信息公开'],
			['一(二)', '推进重大建设项目信息公开'],
			['二(一)', '优化办事指南'],
			['二(二)', '规范政务公开专区建设'],
			['三(一)', '加强督促检查']
		]);
	});

	it('keeps 1．2． sub-points inside their (一) task and reads the note on the paragraph after them', () => {
		const task = p.sections[0].items[1];
		expect(task.body).toContain('1．公开项目审批结果');
		expect(task.lead_units).toEqual(['县发改局', '县行政审批局']);
		expect(task.responsible_units).toEqual(['各乡镇人民政府', '县住建局', '县自然资源局']);
		expect(task.open_list).toBe(true);
		expect(task.deadlines).toEqual([]);
	});

	it('reads full-width notes, deadlines and duties', () => {
		expect(p.items[0]).toMatchObject({ lead: ['县财政局'], resp: ['县政府各部门'], dates: ['2021-06-30'] });
		expect(p.sections[0].items[0].duties).toEqual(['各部门要在部门预算批复后20日内公开部门预算']);
		expect(p.items[2]).toMatchObject({
			lead: ['县行政审批局'],
			resp: ['县政府各部门', '各乡(镇)人民政府'],
			dates: ['2021-09-30']
		});
		expect(p.sections[1].items[0].duties).toEqual(['每季度抽查一次']);
		expect(p.items[3]).toMatchObject({ lead: [], resp: ['县政务服务中心'], dates: ['2021-06-30'] });
	});

	it('warns about 2月30日 and about the task without units, and ignores the addressee line', () => {
		expect(p.warnings.map((w) => [w.code, w.where])).toEqual([
			['bad_date', '二(二)'],
			['no_units', '三(一)']
		]);
		expect(p.warnings[0].message).toContain('2月30日前');
	});
});

describe('(b) unit notes as separate paragraphs', () => {
	const p = brief(fixtureText('separate-notes.txt'));

	it('reads a BOM + CRLF file and its title and year', () => {
		expect(p.plan).toMatchObject({
			title: '河北省2020年政务公开工作要点',
			year: 2020,
			doc_number: null,
			issuer: null,
			issued_on: null
		});
	});

	it('distributes shared prefixes and suffixes over the listed units', () => {
		expect(p.items).toEqual([
			{
				at: '一(一)',
				title: '加强产业政策公开',
				lead: [],
				resp: ['省工信厅', '省财政厅', '省商务厅'],
				open: false,
				dates: ['2020-10-31']
			},
			{
				at: '一(二)',
				title: '推进开发区信息公开',
				lead: ['省商务厅'],
				resp: ['石家庄高新区管委会', '保定高新区管委会', '唐山曹妃甸区管委会', '正定县政府', '无极县政府'],
				open: false,
				dates: []
			},
			{
				at: '一(三)',
				title: '做好住房和城乡建设信息公开',
				lead: ['省住建厅'],
				resp: ['省自然资源厅', '省城管执法局'],
				open: false,
				dates: []
			},
			{
				at: '二(一)',
				title: '规范政府网站',
				lead: [],
				resp: ['各市(含定州、辛集市)政府', '雄安新区管委会', '省政府各部门'],
				open: false,
				dates: ['2020-12-31']
			}
		]);
		expect(p.warnings).toEqual([]);
	});

	it('keeps note paragraphs out of the task body', () => {
		expect(p.sections[0].items[0].body).toBe(
			'加强产业政策公开。及时公开支持制造业高质量发展的政策措施，2020年10月底前完成政策汇编。'
		);
	});
});

describe('(c) a numbered plan without sections', () => {
	const p = brief(fixtureText('numbered-no-sections.txt'));

	it('puts 1. 1、 1． items into one implicit section with normalised codes', () => {
		expect(p.sections.map((s) => [s.code, s.title])).toEqual([['', '']]);
		expect(p.items.map((i) => [i.at, i.title])).toEqual([
			['1.', '公开年度预决算'],
			['2.', '做好依申请公开'],
			['3.', '加强政策解读']
		]);
	});

	it('reads half-width notes and both dates of the first item', () => {
		expect(p.items[0]).toMatchObject({ resp: ['市财政局', '市政府各部门'], dates: ['2022-03-31', '2022-08-31'] });
		expect(p.items[1]).toMatchObject({ lead: ['市政府办公室'], resp: [] });
		expect(p.sections[0].items[1].duties).toEqual(['收到申请之日起15个工作日内予以答复']);
		expect(p.warnings.map((w) => [w.code, w.where])).toEqual([['no_units', '3.']]);
	});
});

describe('(d) item numbers running on across sections', () => {
	const p = brief(fixtureText('run-on-numbering.txt'));

	it('keeps the numbers as written under each section without duplicate warnings', () => {
		expect(p.items.map((i) => i.at)).toEqual(['一(一)', '一(二)', '一(三)', '二(四)', '二(五)']);
		expect(p.warnings.map((w) => w.code)).toEqual(['no_units']);
	});

	it('continues a task over a paragraph that starts with a year, not a number', () => {
		const task = p.sections[0].items[1];
		expect(task.body).toContain('2021年起,解读材料应在文件公开后3个工作日内发布');
		expect(task.duties).toEqual(['解读材料应在文件公开后3个工作日内发布']);
	});

	it('reads 各乡镇(街道) as one group and 第三季度末前 as 30 September', () => {
		expect(p.items[3]).toMatchObject({ lead: ['市发改委'], resp: ['各乡镇(街道)'], dates: ['2021-09-30'] });
	});
});

describe('odd input', () => {
	it('takes the plan title from the notice title when the plan has no title line of its own', () => {
		const p = parsePlanText(
			'某市人民政府办公室关于印发《某市2023年政务公开工作要点》的通知\n一、加强公开\n(一)公开预算。(责任单位:市财政局)'
		);
		expect(p.plan.title).toBe('某市2023年政务公开工作要点');
		expect(p.plan.year).toBe(2023);
		expect(p.plan.issuer).toBe('某市人民政府办公室');
	});

	it('uses the default year when the title has none, and warns when there is no year at all', () => {
		const text = '政务公开工作要点\n(一)公开预算。9月底前完成。(责任单位:市财政局)';
		const withYear = parsePlanText(text, { defaultYear: 2024 });
		expect(withYear.plan.year).toBe(2024);
		expect(withYear.sections[0].items[0].deadlines.map((d) => d.date)).toEqual(['2024-09-30']);
		const without = parsePlanText(text);
		expect(without.plan.year).toBeNull();
		expect(without.warnings.map((w) => w.code)).toContain('no_year');
		expect(without.sections[0].items[0].deadlines).toEqual([]);
		expect(without.sections[0].items[0].duties).toContain('9月底前');
	});

	it('warns when there is no title and no task', () => {
		const p = parsePlanText('这是一段说明文字。\n没有任何编号。');
		expect(p.sections).toEqual([]);
		expect(p.warnings.map((w) => w.code).sort()).toEqual(['no_tasks', 'no_title', 'no_year']);
	});

	it('warns about a repeated task number within a section', () => {
		const p = parsePlanText(
			'2021年工作要点\n一、公开\n(一)甲。(责任单位:市财政局)\n(二)乙。(责任单位:市财政局)\n(二)丙。(责任单位:市财政局)'
		);
		expect(p.warnings.filter((w) => w.code === 'duplicate_code').map((w) => w.where)).toEqual(['一(二)']);
		expect(p.sections[0].items.map((i) => i.title)).toEqual(['甲', '乙', '丙']);
	});

	it('warns about a note bracket that never closes but still reads its units', () => {
		const p = parsePlanText(
			'2021年工作要点\n一、公开\n(一)公开预算。(牵头单位:市财政局;责任单位:市政府各部门\n(二)公开决算。(责任单位:市审计局)'
		);
		expect(p.warnings.map((w) => [w.code, w.where])).toEqual([['unclosed_note', '一(一)']]);
		expect(p.sections[0].items[0]).toMatchObject({ lead_units: ['市财政局'], responsible_units: ['市政府各部门'] });
	});

	it('ignores numbering in the middle of a line and treats a colon lead-in as the title', () => {
		const p = parsePlanText('2021年工作要点\n1.加强组织领导：各单位要按照(一)(二)项要求落实。(责任单位:市政府各部门)');
		expect(p.sections[0].items.map((i) => [i.code, i.title])).toEqual([['1.', '加强组织领导']]);
	});

	it('treats CRLF, a BOM, full-width spaces and blank lines like plain lines', () => {
		const plain = parsePlanText(fixtureText('run-on-numbering.txt'));
		const messy = parsePlanText(
			'\ufeff' +
				fixtureText('run-on-numbering.txt')
					.split('\n')
					.map((l) => `\u3000\u3000${l}  `)
					.join('\r\n\r\n')
		);
		expect(messy.sections).toEqual(plain.sections);
		expect(messy.plan).toEqual(plain.plan);
	});
});
