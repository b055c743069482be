// 二、三、四 in words, from the figures of the tables below them. Each sentence is worded so the
// text checks (T1–T4) read it back as the very cell it came from: «制发…行政规范性文件62件» is
// 本年制发件数, «新收政府信息公开申请70件» is 一、本年新收, «行政复议3件» is 表四's 总计.
import type { SectionNo } from '../../../annual-report/format';
import type { CellValue, Statistics } from '../../../annual-report/types';
import { formatValue } from '../../../annual-report/values';
import { generated, type DraftParagraph } from './model';

const n = (stats: Statistics, key: string): CellValue => stats.cells[key] ?? null;
const v = (x: CellValue) => formatValue(x);

/** «规章3件、行政规范性文件5件» for the cells that hold a figure; null when none does. */
function pair(stats: Statistics, row: [string, string][], col: string, unit = '件'): string | null {
	const parts = row.filter(([key]) => n(stats, `t2.${key}.${col}`) !== null);
	return parts.length
		? parts.map(([key, name]) => `${name}${v(n(stats, `t2.${key}.${col}`))}${unit}`).join('、')
		: null;
}

function cellsSource(keys: string[], label: string) {
	return [{ kind: 'cells' as const, cells: keys, label }];
}

const BLANK = (table: string, section: SectionNo): DraftParagraph =>
	generated(`${table}的数据尚未填报，本部分待数据填报后生成。`, cellsSource([], `第${section}部分的表格`), true);

function table2Text(stats: Statistics): DraftParagraph {
	const sentences: string[] = [];
	const keys: string[] = [];
	if (stats.format === '2021') {
		const docs: [string, string][] = [
			['rules', '规章'],
			['normative', '行政规范性文件']
		];
		const issued = pair(stats, docs, 'issued');
		const repealed = pair(stats, docs, 'repealed');
		const inForce = pair(stats, docs, 'inForce');
		const first = [issued && `制发${issued}`, repealed && `废止${repealed}`].filter(Boolean).join('，');
		if (first || inForce)
			sentences.push(`本年度${[first, inForce && `现行有效${inForce}`].filter(Boolean).join('；截至年底，')}。`);
		const decisions = (
			[
				['licensing', '行政许可'],
				['penalty', '行政处罚'],
				['coercion', '行政强制']
			] as const
		)
			.filter(([k]) => n(stats, `t2.${k}.decisions`) !== null)
			.map(([k, name]) => `${name}决定${v(n(stats, `t2.${k}.decisions`))}件`);
		const fees = n(stats, 't2.fees.amount');
		const second = [
			decisions.length && `作出${decisions.join('、')}`,
			fees !== null && `收取行政事业性收费${v(fees)}万元`
		];
		if (second.some(Boolean)) sentences.push(`${second.filter(Boolean).join('；')}。`);
		keys.push('t2.normative.issued', 't2.normative.inForce', 't2.licensing.decisions', 't2.fees.amount');
	} else {
		const docs: [string, string][] = [
			['rules', '规章'],
			['normative', '规范性文件']
		];
		const made = pair(stats, docs, 'made');
		const published = pair(stats, docs, 'published');
		const first = [made && `新制作${made}`, published && `新公开${published}`].filter(Boolean).join('，');
		if (first) sentences.push(`本年度${first}。`);
		const items = (
			[
				['licensing', '行政许可'],
				['otherServices', '其他对外管理服务事项'],
				['penalty', '行政处罚'],
				['coercion', '行政强制']
			] as const
		)
			.filter(([k]) => n(stats, `t2.${k}.decisions`) !== null)
			.map(([k, name]) => `${name}处理决定${v(n(stats, `t2.${k}.decisions`))}件`);
		if (items.length) sentences.push(`作出${items.join('、')}。`);
		const count = n(stats, 't2.procurement.count');
		const amount = n(stats, 't2.procurement.amount');
		if (count !== null || amount !== null)
			sentences.push(
				`政府集中采购${[count !== null && `项目${v(count)}个`, amount !== null && `总金额${v(amount)}万元`].filter(Boolean).join('，')}。`
			);
		keys.push('t2.normative.made', 't2.normative.published', 't2.licensing.decisions', 't2.procurement.amount');
	}
	if (!sentences.length) return BLANK('表二', 2);
	return generated(sentences.join(''), cellsSource(keys, '表二 主动公开政府信息情况'));
}

const ORGS = ['business', 'research', 'charity', 'legal', 'otherOrg'];
const GROUPS = [
	['granted', '予以公开'],
	['partial', '部分公开'],
	['denied', '不予公开'],
	['unable', '无法提供'],
	['refused', '不予处理'],
	['other', '其他处理']
] as const;

/** A row of 表三 (its 总计 column), or a group's sub-items added up. */
function resultTotal(stats: Statistics, group: string): CellValue {
	const keys = Object.keys(stats.cells).filter(
		(k) => k.endsWith('.total') && (k === `t3.${group}.total` || k.startsWith(`t3.${group}.`))
	);
	const values = keys.map((k) => n(stats, k));
	return values.every((x) => x === null) ? null : values.reduce<number>((a, x) => a + (x ?? 0), 0);
}

function table3Text(stats: Statistics): DraftParagraph {
	const received = n(stats, 't3.received.total');
	const carriedIn = n(stats, 't3.carriedIn.total');
	const total = n(stats, 't3.total.total');
	const carriedOut = n(stats, 't3.carriedOut.total');
	if ([received, carriedIn, total, carriedOut].every((x) => x === null)) return BLANK('表三', 3);
	const sentences: string[] = [];
	if (received !== null) {
		const natural = n(stats, 't3.received.natural');
		const orgs = ORGS.map((c) => n(stats, `t3.received.${c}`));
		const split =
			natural !== null && orgs.every((x) => x !== null)
				? `，其中自然人申请${v(natural)}件，法人或其他组织申请${orgs.reduce<number>((a, x) => a + (x ?? 0), 0)}件`
				: '';
		sentences.push(
			`本年度新收政府信息公开申请${v(received)}件${split}${carriedIn !== null ? `；上年结转政府信息公开申请${v(carriedIn)}件` : ''}。`
		);
	} else if (carriedIn !== null) sentences.push(`上年结转政府信息公开申请${v(carriedIn)}件。`);
	if (total !== null) {
		const results = GROUPS.map(([g, name]) => [name, resultTotal(stats, g)] as const)
			.filter(([, x]) => x !== null && x > 0)
			.map(([name, x]) => `${name}${v(x)}件`);
		sentences.push(
			`本年度办结申请${v(total)}件${results.length ? `，其中${results.join('，')}` : ''}${carriedOut !== null ? `；结转下年度继续办理${v(carriedOut)}件` : ''}。`
		);
	} else if (carriedOut !== null) sentences.push(`结转下年度继续办理申请${v(carriedOut)}件。`);
	return generated(
		sentences.join(''),
		cellsSource(
			['t3.received.total', 't3.carriedIn.total', 't3.total.total', 't3.carriedOut.total'],
			'表三 收到和处理政府信息公开申请情况'
		)
	);
}

function table4Text(stats: Statistics): DraftParagraph {
	const t = (g: string, c: string) => n(stats, `t4.${g}.${c}`);
	const review = t('review', 'total');
	const direct = t('direct', 'total');
	const after = t('afterReview', 'total');
	if ([review, direct, after].every((x) => x === null)) return BLANK('表四', 4);
	const source = cellsSource(
		['t4.review.total', 't4.direct.total', 't4.afterReview.total'],
		'表四 行政复议、行政诉讼情况'
	);
	if ((review ?? 0) === 0 && (direct ?? 0) === 0 && (after ?? 0) === 0)
		return generated('本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。', source);
	const outcomes = (g: string) =>
		(
			[
				['upheld', '结果维持'],
				['corrected', '结果纠正'],
				['other', '其他结果'],
				['pending', '尚未审结']
			] as const
		)
			.filter(([c]) => (t(g, c) ?? 0) > 0)
			.map(([c, name]) => `${name}${v(t(g, c))}件`)
			.join('，');
	const reviewText = `本年度因政府信息公开引起行政复议${v(review ?? 0)}件${outcomes('review') ? `，其中${outcomes('review')}` : ''}`;
	const suits = (direct ?? 0) + (after ?? 0);
	const suitsText = `引起行政诉讼${suits}件${suits ? `，其中未经复议直接起诉${v(direct ?? 0)}件，复议后起诉${v(after ?? 0)}件` : ''}`;
	return generated(`${reviewText}；${suitsText}。`, source);
}

/** The paragraph of words above the table of section 二, 三 or 四. */
export function tableParagraphs(stats: Statistics, no: 2 | 3 | 4): DraftParagraph[] {
	if (no === 2) return [table2Text(stats)];
	if (no === 3) return [table3Text(stats)];
	return [table4Text(stats)];
}
