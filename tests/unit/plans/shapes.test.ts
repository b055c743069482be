// Issue 13: the table shapes offices send, each read from every format it comes in (text copied
// out of Word, an Excel .tsv, .xlsx, .docx, and a .doc LibreOffice saved from the .docx). Every
// format must give the whole parse below, written out by hand from the tables in shape-tables.ts.

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/lib/server/plans/parse/plan-text';
import { summarisePlan } from '../../../src/lib/server/plans/parse/summary';
import type { ParsedPlan } from '../../../src/lib/server/plans/parse/types';
import { parsePlanUpload } from '../../../src/lib/server/plans/read/index';
import { SHAPES } from '../../fixtures/plans/make-fixtures';
import { asDocx, asExcelTsv, asPastedText, asXlsx } from '../../fixtures/plans/shapes';
import { fixtureBytes, fixtureText, loadReferenceExpected, requireAssertions } from './helpers';

requireAssertions();

type Item = [code: string, title: string, lead: string[], responsible: string[], deadlines: string[], duties: string[]];
type Expected = {
	plan: ParsedPlan['plan'];
	sections: { code: string; title: string; groups?: string[]; items: Item[] }[];
};

/** The parse flattened to what a table says: per section its items, per item "date 内容" milestones. */
function flatten(p: ParsedPlan) {
	return {
		plan: p.plan,
		sections: p.sections.map((s) => ({
			code: s.code,
			title: s.title,
			...(s.items.some((t) => t.group) ? { groups: s.items.map((t) => `${t.group?.code} ${t.group?.title}`) } : {}),
			items: s.items.map((t): Item => [
				t.code,
				t.title,
				t.lead_units,
				t.responsible_units,
				t.deadlines.map((d) => `${d.date} ${d.what}`),
				t.duties
			])
		})),
		open: p.sections.flatMap((s) => s.items.filter((t) => t.open_list).map((t) => `${s.code}${t.code}`)),
		warnings: p.warnings
	};
}

const COUNTIES = '各县(市、区)政府';

const EXPECTED: Record<string, Expected & { open: string[] }> = {
	'shape-sections-in-task-column': {
		plan: {
			title: '石家庄市2021年政务公开工作要点',
			year: 2021,
			doc_number: '石政办函〔2021〕15号',
			issuer: '石家庄市人民政府办公室',
			issued_on: '2021-03-26'
		},
		sections: [
			{
				code: '一',
				title: '加强重点领域信息公开',
				items: [
					[
						'1.',
						'推进重大行政决策事项目录公开',
						['市政府办公室'],
						['市司法局', '市发改委'],
						['2021-09-30 公布本级重大行政决策事项目录'],
						[]
					],
					['2.', '做好财政预决算信息公开', ['市财政局'], ['市政府各部门', COUNTIES], [], []],
					[
						'3.',
						'深化“放管服”改革信息公开',
						[],
						['市“放管服”改革协调办', '市行政审批局'],
						['2021-12-31 完成政务服务事项清单调整'],
						[]
					]
				]
			},
			{
				code: '二',
				title: '提升政务服务透明度',
				items: [
					[
						'4.',
						'全面公开政务服务事项',
						['市行政审批局'],
						['市数据资源管理局', '市政府有关部门'],
						['2021-06-30 完成办事指南标准化梳理'],
						[]
					],
					[
						'5.',
						'加强政策解读回应',
						['市政府办公室'],
						['市政府各部门', COUNTIES],
						[],
						['重要政策文件印发后3个工作日内发布解读材料']
					]
				]
			},
			{
				code: '三',
				title: '加强公开平台建设',
				items: [['6.', '推进政府网站集约化建设', ['市政府办公室'], ['市数据资源管理局'], [], ['每季度开展一次检查']]]
			}
		],
		// 市数据资源管理局等部门: the office may add units.
		open: ['三6.']
	},
	'shape-three-levels': {
		plan: { title: '石家庄市2021年政务公开工作要点', year: 2021, doc_number: null, issuer: null, issued_on: null },
		sections: [
			{
				code: '一',
				title: '加强重点领域信息公开',
				groups: ['(一) 推进决策公开', '(一) 推进决策公开', '(二) 加强财政信息公开'],
				items: [
					[
						'(一)1.',
						'推进重大行政决策事项目录公开',
						['市政府办公室'],
						['市司法局', '市发改委'],
						['2021-09-30 公布年度重大行政决策事项目录'],
						[]
					],
					// Unit cells merged with item 1's: the same units.
					['(一)2.', '落实重大决策预公开制度', ['市政府办公室'], ['市司法局', '市发改委'], [], ['持续推进']],
					['(二)3.', '做好预决算公开', ['市财政局'], ['市政府各部门', COUNTIES], ['2021-06-30 做好预决算公开'], []]
				]
			},
			{
				code: '二',
				title: '提升政务服务水平',
				groups: ['(一) 优化政务服务', '(一) 优化政务服务', '(二) 加强政策解读'],
				items: [
					[
						'(一)4.',
						'公开政务服务事项',
						['市行政审批局'],
						['市数据资源管理局', '市政府有关部门'],
						['2021-06-30 完成标准化梳理'],
						[]
					],
					[
						'(一)5.',
						'推进“一网通办”',
						['市数据资源管理局'],
						['市政府各部门', COUNTIES],
						['2021-12-31 推进“一网通办”'],
						[]
					],
					[
						'(二)6.',
						'强化政策解读回应',
						['市政府办公室'],
						['市政府各部门'],
						[],
						['长期坚持', '重要政策印发后3个工作日内发布解读材料']
					]
				]
			}
		],
		open: []
	},
	'shape-three-levels-in-task-column': {
		plan: {
			title: '石家庄市卫生健康委员会2021年政务公开工作要点',
			year: 2021,
			doc_number: null,
			issuer: null,
			issued_on: null
		},
		sections: [
			{
				code: '一',
				title: '深化重点领域信息公开',
				groups: ['(一) 公共卫生信息公开', '(一) 公共卫生信息公开', '(二) 医疗服务信息公开'],
				items: [
					[
						'(一)1.',
						'及时发布疫情防控信息',
						['疾病预防控制处'],
						['应急办公室', '宣传科'],
						[],
						['持续推进', '每日发布疫情通报']
					],
					[
						'(一)2.',
						'公开传染病防治信息',
						['疾病预防控制处'],
						['应急办公室', '宣传科'],
						['2021-12-31 公开传染病防治信息'],
						[]
					],
					[
						'(二)3.',
						'公开医疗机构执业信息',
						['医政医管处'],
						['行政审批科', '信息中心'],
						['2021-09-30 公开医疗机构执业信息'],
						[]
					]
				]
			},
			{
				code: '二',
				title: '加强政策解读',
				// Sub-groups numbered on across sections: (三) opens section 二.
				groups: ['(三) 政策解读'],
				items: [['(三)4.', '做好卫生健康政策解读', ['办公室'], ['各处室'], [], ['长期坚持']]]
			}
		],
		open: []
	}
};

describe.each(Object.keys(SHAPES))('%s', (name) => {
	const expected = { ...EXPECTED[name], warnings: [] };

	it('is committed as make-fixtures.ts writes it', () => {
		const shape = SHAPES[name];
		expect(fixtureText(`${name}.txt`)).toBe(asPastedText(shape));
		expect(fixtureBytes(`${name}.tsv`)).toEqual(asExcelTsv(shape));
		// Zip entries, not bytes: a zip's timestamps are local time.
		expect(unzipSync(fixtureBytes(`${name}.xlsx`))).toEqual(unzipSync(asXlsx(shape)));
		expect(unzipSync(fixtureBytes(`${name}.docx`))).toEqual(unzipSync(asDocx(shape)));
	});

	it('parses pasted into the import box', () => {
		expect(flatten(parsePlanText(fixtureText(`${name}.txt`)))).toEqual(expected);
	});

	it.each(['txt', 'tsv', 'xlsx', 'docx'])('parses uploaded as .%s', async (ext) => {
		expect(flatten(await parsePlanUpload(fixtureBytes(`${name}.${ext}`), `任务分解表.${ext}`))).toEqual(expected);
	});
});

describe('a .doc saved by LibreOffice from the three-level .docx', () => {
	it('parses like the .docx: cells from word-extractor’s tabs, merged cells blank and inherited', async () => {
		const parsed = await parsePlanUpload(fixtureBytes('shape-three-levels.doc'), '任务分解表.doc');
		expect(flatten(parsed)).toEqual({ ...EXPECTED['shape-three-levels'], warnings: [] });
	});
});

describe('the plan:parse contract', () => {
	it('prints the same item fields as the reference fixture; the sub-group stays in the code', () => {
		const summary = summarisePlan(parsePlanText(fixtureText('shape-three-levels.txt')));
		const reference = loadReferenceExpected().sections[0].items[0];
		expect(Object.keys(summary.sections[0].items[0])).toEqual(Object.keys(reference));
		expect(summary.counts).toEqual({ sections: 2, items: 3 + 3, items_without_units: 0, items_with_lead_units: 6 });
	});
});
