// The draft's pure writers: last year's improvements read out of real reports' 五 and matched to
// tasks; 二–四 worded so the text checks read each sentence back as its own cell; the 考核 paragraph
// with and without a bulletin.
import { describe, expect, it } from 'vitest';
import { relatedTasks, statedImprovements } from '../../../src/lib/server/annual-report/draft/improvements';
import { tableParagraphs } from '../../../src/lib/server/annual-report/draft/write-tables';
import { overviewParagraphs, percent, type WorkInput } from '../../../src/lib/server/annual-report/draft/write-work';
import { countWork } from '../../../src/lib/server/annual-report/draft/facts';
import { checkReport } from '../../../src/lib/annual-report/checks/index';
import { newReport } from '../../../src/lib/annual-report/document';
import type { FormatId } from '../../../src/lib/annual-report/format';
import { readFixture } from './helpers';
import { hebei2016, langfang2014 } from './seed-figures';
import { validStatistics } from '../../helpers/report-statistics';

const fiveOf = (name: string) => readFixture(name).report.sections.find((s) => s.no === 5)!.paragraphs;

describe('last year’s stated improvements', () => {
	it('reads Pingtan 2021’s «（二）改进措施：一是…二是…三是…» one by one', () => {
		expect(statedImprovements(fiveOf('pingtan-2021.txt')).map((i) => i.quote)).toEqual([
			'丰富政策解读形式',
			'加强重点政务信息管理',
			'拓宽公开载体和渠道'
		]);
	});

	it('reads Pingtan 2024’s «2025年，将重点从以下方面做好改进：一是…» and not the problems before it', () => {
		const imps = statedImprovements(fiveOf('pingtan-2024.txt'));
		expect(imps.map((i) => i.quote)).toEqual(['优化主动公开目录', '增强政策解读效果', '加快数字化转型']);
		expect(imps.some((i) => i.text.includes('工作机制有待'))).toBe(false);
	});

	it('reads numbered items and plain sentences after «下一步», and nothing from an empty 五', () => {
		expect(
			statedImprovements([
				'存在的问题：公开不够及时。下一步，我局将：1.完善依申请公开办理流程，压实责任。2.加强政策解读。'
			]).map((i) => i.quote)
		).toEqual(['完善依申请公开办理流程', '加强政策解读']);
		expect(
			statedImprovements(['下一步，将持续优化政府网站栏目设置。同时加强人员业务培训。']).map((i) => i.quote)
		).toEqual(['将持续优化政府网站栏目设置', '同时加强人员业务培训']);
		expect(statedImprovements([])).toEqual([]);
		expect(statedImprovements(['无。'])).toEqual([]);
	});

	it('matches an improvement to the tasks sharing its subject, not to those sharing only 加强/政务/公开', () => {
		const tasks = [
			{ title: '加强政策宣传解读' },
			{ title: '加强政务公开目录清单管理' },
			{ title: '加强政务信息规范管理' },
			{ title: '提升政策服务精准性实效性' }
		];
		const [interpret, , catalogue] = statedImprovements([
			'改进措施：一是加强政策宣传解读，丰富解读形式。二是拓宽公开渠道。三是加强政务公开目录清单管理，规范公开内容。'
		]);
		expect(relatedTasks(interpret, tasks).map((t) => t.title)).toEqual(['加强政策宣传解读']);
		expect(relatedTasks(catalogue, tasks).map((t) => t.title)).toEqual(['加强政务公开目录清单管理']);
		const [channels] = statedImprovements(['改进措施：一是拓宽公开载体和渠道。']);
		expect(relatedTasks(channels, tasks)).toEqual([]);
	});
});

describe('二–四 in words', () => {
	const cases: [string, FormatId, ReturnType<typeof validStatistics>][] = [
		['the Hebei 2016 figures, 2021 format', '2021', hebei2016('2021')],
		['the Langfang 2014 figures, 2019 format', '2019', langfang2014('2019')],
		['generated figures, 2021 format', '2021', validStatistics('2021', 77)],
		['generated figures, 2019 format', '2019', validStatistics('2019', 78)]
	];
	it.each(cases)('state %s so that no text check disagrees with the tables', (_name, format, stats) => {
		const doc = newReport({ title: '测试单位年度报告', year: format === '2021' ? 2021 : 2020 });
		doc.statistics = stats;
		for (const no of [2, 3, 4] as const)
			doc.sections[no - 1].paragraphs = tableParagraphs(stats, no).map((p) => p.text);
		const found = checkReport(doc).filter((c) => /^T\d$/.test(c.id));
		expect(found).toEqual([]);
		expect(doc.sections[2].paragraphs[0]).toContain(`新收政府信息公开申请${stats.cells['t3.received.total']}件`);
	});

	it('writes the zero case of 四 as «未发生», which T3 reads as 0', () => {
		const stats = validStatistics('2021', 5);
		for (const k of Object.keys(stats.cells)) if (k.startsWith('t4.')) stats.cells[k] = 0;
		expect(tableParagraphs(stats, 4)[0].text).toBe('本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。');
	});

	it('says a blank table has not been filled in, and asks for it', () => {
		const blank = newReport({ title: 'x', year: 2021 }).statistics;
		expect(tableParagraphs(blank, 3)[0]).toMatchObject({
			text: '表三的数据尚未填报，本部分待数据填报后生成。',
			needsInput: true
		});
	});
});

describe('一 and the 考核 paragraph', () => {
	const input = (assessment: WorkInput['assessment']): WorkInput => ({
		work: { year: 2025, unitId: null, plans: [] },
		subject: '某市人民政府',
		isBody: true,
		assessment,
		asOf: '2026-01-10'
	});

	it('without a plan says so and asks for the text; without a bulletin says the result is not issued', () => {
		const ps = overviewParagraphs(input(null));
		expect(ps.map((p) => [p.text, p.needsInput])).toEqual([
			['系统中没有2025年度的政务公开工作要点，本部分的工作情况需另行撰写。', true],
			['（一）监督保障。截至2026年1月10日，2025年度政务公开工作考核结果尚未印发。', false]
		]);
	});

	it('with the annual bulletin states its title, number, date, units assessed and rectifications', () => {
		const ps = overviewParagraphs(
			input({
				bulletin: {
					id: 9,
					title: '关于2025年度政务公开工作考核结果的通报',
					docNumber: '某政办字〔2026〕3号',
					issuedOn: '2026-01-08'
				},
				assessedUnits: 42,
				subject: { grade: '优秀', score: 95.5, rank: 3 },
				rectifications: { opened: 5, closed: 4 }
			})
		);
		expect(ps[1].text).toBe(
			'（一）监督保障。2026年1月8日，《关于2025年度政务公开工作考核结果的通报》（某政办字〔2026〕3号）印发，对42个单位2025年度政务公开工作进行了考核，考核等次为优秀，得分95.5分，排名第3位。考核发现需整改的问题5项，已完成整改4项。'
		);
		expect(ps[1].sources).toEqual([
			{ kind: 'assessment', bulletinId: 9, label: '关于2025年度政务公开工作考核结果的通报' }
		]);
	});

	it('counts work by status: overdue only when not accepted, open in time the rest not yet done', () => {
		const row = (status: string, light: string, extra = {}) =>
			({ status, lastLight: light, unitId: 1, returnCount: 0, grade: null, role: 'responsible', ...extra }) as never;
		const c = countWork(
			[
				row('accepted', 'red', { grade: 'poor' }),
				row('returned', 'red', { returnCount: 2 }),
				row('in_progress', 'yellow', { role: 'lead' }),
				row('not_started', 'red')
			],
			3
		);
		expect(c).toMatchObject({
			tasks: 3,
			assignments: 4,
			units: 1,
			accepted: 1,
			returned: 1,
			inProgress: 1,
			notStarted: 1
		});
		expect(c).toMatchObject({ red: 2, openInTime: 1, everReturned: 1, returns: 2, poor: 1, lead: 1 });
		expect([percent(1, 3), percent(2, 4), percent(0, 0)]).toEqual(['33.3%', '50%', '0%']);
	});
});
