// Deadline rules (时间节点), each rule on its own.

import { describe, expect, it } from 'vitest';
import {
	extractDeadlines,
	isoDate,
	isValidIsoDate,
	lastDayOfMonth
} from '../../../src/lib/server/plans/parse/deadlines';
import { requireAssertions } from './helpers';

requireAssertions();

const dates = (text: string, year: number | null = 2020): string[] =>
	extractDeadlines(text, year).deadlines.map((d) => d.date);

describe('month and day deadlines', () => {
	it('X月底前 is the last day of month X in the plan year', () => {
		expect(dates('9月底前完成平台改版')).toEqual(['2020-09-30']);
		expect(dates('11月底之前报送总结')).toEqual(['2020-11-30']);
		expect(dates('6月末前完成')).toEqual(['2020-06-30']);
	});

	it('2月底前 is 29 February in a leap year and 28 February otherwise', () => {
		expect(dates('2月底前完成', 2020)).toEqual(['2020-02-29']);
		expect(dates('2月底前完成', 2021)).toEqual(['2021-02-28']);
		expect(dates('2月底前完成', 2100)).toEqual(['2100-02-28']);
		expect(dates('2月底前完成', 2000)).toEqual(['2000-02-29']);
	});

	it('X月X日前 and X月X日之前 are that day', () => {
		expect(dates('10月15日前报送')).toEqual(['2020-10-15']);
		expect(dates('3月1日之前公开')).toEqual(['2020-03-01']);
		expect(dates('12月31日以前完成')).toEqual(['2020-12-31']);
	});

	it('a year written with the date wins over the plan year', () => {
		expect(dates('2021年3月底前完成', 2020)).toEqual(['2021-03-31']);
	});

	it('later dates of the same sentence inherit a year written earlier in it', () => {
		const scan = extractDeadlines('2021年3月底前完成摸底,6月底前完成整改。12月底前总结。', 2020);
		expect(scan.deadlines.map((d) => d.date)).toEqual(['2021-03-31', '2021-06-30', '2020-12-31']);
	});

	it('the reference sentence gives two milestones, the second inheriting the year, each with its clause', () => {
		const scan = extractDeadlines(
			'基层政府编制政务公开事项标准目录,2020年9月底前完成汇总,12月底前通过县级政府门户网站向社会公开。',
			2020
		);
		expect(scan.deadlines).toEqual([
			{ date: '2020-09-30', what: '完成汇总' },
			{ date: '2020-12-31', what: '通过县级政府门户网站向社会公开' }
		]);
	});

	it('reads full-width digits and Chinese-numeral months', () => {
		expect(dates('２０２０年１０月１５日前报送')).toEqual(['2020-10-15']);
		expect(dates('十二月底前完成')).toEqual(['2020-12-31']);
	});
});

describe('year, half-year and quarter deadlines', () => {
	it('年底前 and 年内完成 are 31 December', () => {
		expect(dates('年底前完成网站集约化')).toEqual(['2020-12-31']);
		expect(dates('2021年底前完成', 2020)).toEqual(['2021-12-31']);
		expect(dates('年内完成改造')).toEqual(['2020-12-31']);
	});

	it('上半年 is 30 June and 下半年 is 31 December', () => {
		expect(dates('上半年完成专区建设')).toEqual(['2020-06-30']);
		expect(dates('上半年前完成')).toEqual(['2020-06-30']);
		expect(dates('下半年,开展第三方评估')).toEqual(['2020-12-31']);
	});

	it('quarters end on the last day of their third month', () => {
		expect(dates('第一季度完成')).toEqual(['2020-03-31']);
		expect(dates('一季度末完成自查')).toEqual(['2020-03-31']);
		expect(dates('第二季度前完成')).toEqual(['2020-06-30']);
		expect(dates('三季度末前报送')).toEqual(['2020-09-30']);
		expect(dates('第四季度完成')).toEqual(['2020-12-31']);
	});
});

describe('what is not a deadline', () => {
	it('年内 in passing is not a deadline (四(九) of the reference plan)', () => {
		expect(dates('围绕年内培育15家星级养老机构、全年新增4200张养老床位目标及时公开养老机构建设进展情况')).toEqual([]);
	});

	it('a date that only mentions when a document was issued is not a deadline', () => {
		expect(dates('按照2020年8月6日印发的《实施方案》要求')).toEqual([]);
		expect(dates('认真落实(冀政办字〔2020〕22号)要求')).toEqual([]);
	});

	it('a half-year or quarter named as content, not as time, is not a deadline', () => {
		expect(dates('及时公开上半年经济运行情况')).toEqual([]);
		expect(dates('发布第一季度统计数据')).toEqual([]);
	});

	it('relative rules and recurring duties are kept as text, not dates', () => {
		const scan = extractDeadlines('收到申请后15个工作日内予以答复,每季度通报一次。每年至少组织一次业务培训。', 2020);
		expect(scan.deadlines).toEqual([]);
		expect(scan.duties).toEqual(['收到申请后15个工作日内予以答复', '每季度通报一次', '每年至少组织一次业务培训']);
		expect(extractDeadlines('文件印发后7个工作日内公开', 2020).duties).toEqual(['文件印发后7个工作日内公开']);
		expect(extractDeadlines('每月更新一次', 2020).duties).toEqual(['每月更新一次']);
	});

	it('a date that does not exist is reported, not turned into a milestone', () => {
		const scan = extractDeadlines('2月30日前上报专区照片,13月底前完成', 2020);
		expect(scan.deadlines).toEqual([]);
		expect(scan.badDates).toEqual(['2月30日前', '13月底前']);
		expect(extractDeadlines('2月29日前完成', 2021).badDates).toEqual(['2月29日前']);
		expect(dates('2月29日前完成', 2020)).toEqual(['2020-02-29']);
	});

	it('without a plan year, a deadline with no year of its own is set aside as text', () => {
		const scan = extractDeadlines('12月底前完成', null);
		expect(scan.deadlines).toEqual([]);
		expect(scan.undated).toEqual(['12月底前']);
		expect(extractDeadlines('2021年12月底前完成', null).deadlines.map((d) => d.date)).toEqual(['2021-12-31']);
	});
});

describe('deadline cells of a task table (lenient)', () => {
	const cell = (text: string) => extractDeadlines(text, 2020, { lenient: true });

	it('a bare month, date or period counts because the column says it is a deadline', () => {
		expect(cell('9月底').deadlines.map((d) => d.date)).toEqual(['2020-09-30']);
		expect(cell('2020年12月31日').deadlines.map((d) => d.date)).toEqual(['2020-12-31']);
		expect(cell('下半年').deadlines.map((d) => d.date)).toEqual(['2020-12-31']);
		expect(cell('11月').deadlines.map((d) => d.date)).toEqual(['2020-11-30']);
	});

	it('a range counts by its end', () => {
		expect(cell('9月1日至9月30日').deadlines.map((d) => d.date)).toEqual(['2020-09-30']);
	});

	it('长期坚持 and 每季度 are kept whole as duties', () => {
		expect(cell('长期坚持')).toMatchObject({ deadlines: [], duties: ['长期坚持'] });
		expect(cell('每季度')).toMatchObject({ deadlines: [], duties: ['每季度'] });
	});
});

describe('date helpers', () => {
	it('knows month lengths and rejects impossible dates', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2021, m))).toEqual([
			31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
		]);
		expect(isoDate(2020, 2, 30)).toBeNull();
		expect(isoDate(2020, 0, 1)).toBeNull();
		expect(isoDate(2020, 4, 31)).toBeNull();
		expect(isoDate(2020, 4, 30)).toBe('2020-04-30');
		expect(isValidIsoDate('2020-02-29')).toBe(true);
		expect(isValidIsoDate('2021-02-29')).toBe(false);
	});
});
