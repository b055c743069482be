// The national format of the annual report's tables (政府信息公开工作年度报告格式): which rows and
// columns a year's report has, and a stable key for every cell. Reports of 2021 on follow
// 国办公开办函〔2021〕30号; those of 2019 and 2020 the trial format of 〔2019〕60号. Keys are
// `t<table>.<row>.<column>`; docs/annual-report.md lists every one, and they never change once published.

export type FormatId = '2021' | '2019';
export type TableNo = 2 | 3 | 4;
/**
 * count: a non-negative integer; money: 万元, non-negative, up to MONEY_DECIMALS places (Pingtan's 2021
 * report prints 24252.311082); delta: an integer that may be negative (2019 本年增/减).
 */
export type CellKind = 'count' | 'money' | 'delta';

export interface CellDef {
	key: string;
	table: TableNo;
	kind: CellKind;
	row: string;
	col: string;
	/** Where the cell is, as a reader of the printed table would name it. */
	label: string;
}

export interface Column {
	key: string;
	label: string;
	kind: CellKind;
}

/** One block of table 二: a clause of 条例第二十条 with its own columns. */
export interface Table2Block {
	clause: string;
	columns: Column[];
	rows: { key: string; label: string }[];
}

/** A row of table 三. `group` is set on the sub-items of (三)–(六). */
export interface Table3Row {
	key: string;
	/** As printed in its own cell (for a sub-item: "1.属于国家秘密"). */
	label: string;
	part: 'received' | 'carriedIn' | 'result' | 'total' | 'carriedOut';
	group?: Table3Group;
}

export type Table3Group = 'denied' | 'unable' | 'refused' | 'other';

export interface FormatModel {
	id: FormatId;
	/** The document that sets the format. */
	basis: string;
	table2: Table2Block[];
	table3: Table3Row[];
	cells: CellDef[];
	/** key → definition, for lookups while typing. */
	byKey: ReadonlyMap<string, CellDef>;
}

export const MONEY_DECIMALS = 6;

export const SECTION_HEADINGS = [
	'一、总体情况',
	'二、主动公开政府信息情况',
	'三、收到和处理政府信息公开申请情况',
	'四、政府信息公开行政复议、行政诉讼情况',
	'五、存在的主要问题及改进情况',
	'六、其他需要报告的事项'
] as const;

export type SectionNo = 1 | 2 | 3 | 4 | 5 | 6;

/** The format a report of `year` must use, or null before 2019 (no national format then). */
export function formatForYear(year: number): FormatId | null {
	if (!Number.isInteger(year) || year < 2019) return null;
	return year >= 2021 ? '2021' : '2019';
}

const count = (key: string, label: string): Column => ({ key, label, kind: 'count' });

const TABLE2_2021: Table2Block[] = [
	{
		clause: '第二十条第（一）项',
		columns: [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('inForce', '现行有效件数')],
		rows: [
			{ key: 'rules', label: '规章' },
			{ key: 'normative', label: '行政规范性文件' }
		]
	},
	{
		clause: '第二十条第（五）项',
		columns: [count('decisions', '本年处理决定数量')],
		rows: [{ key: 'licensing', label: '行政许可' }]
	},
	{
		clause: '第二十条第（六）项',
		columns: [count('decisions', '本年处理决定数量')],
		rows: [
			{ key: 'penalty', label: '行政处罚' },
			{ key: 'coercion', label: '行政强制' }
		]
	},
	{
		clause: '第二十条第（八）项',
		columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'money' }],
		rows: [{ key: 'fees', label: '行政事业性收费' }]
	}
];

const ITEMS_2019: Column[] = [
	count('lastYear', '上一年项目数量'),
	{ key: 'change', label: '本年增/减', kind: 'delta' },
	count('decisions', '处理决定数量')
];

const TABLE2_2019: Table2Block[] = [
	{
		clause: '第二十条第（一）项',
		columns: [count('made', '本年新制作数量'), count('published', '本年新公开数量'), count('total', '对外公开总数量')],
		rows: [
			{ key: 'rules', label: '规章' },
			{ key: 'normative', label: '规范性文件' }
		]
	},
	{
		clause: '第二十条第（五）项',
		columns: ITEMS_2019,
		rows: [
			{ key: 'licensing', label: '行政许可' },
			{ key: 'otherServices', label: '其他对外管理服务事项' }
		]
	},
	{
		clause: '第二十条第（六）项',
		columns: ITEMS_2019,
		rows: [
			{ key: 'penalty', label: '行政处罚' },
			{ key: 'coercion', label: '行政强制' }
		]
	},
	{
		clause: '第二十条第（八）项',
		columns: ITEMS_2019.slice(0, 2),
		rows: [{ key: 'fees', label: '行政事业性收费' }]
	},
	{
		clause: '第二十条第（九）项',
		columns: [count('count', '采购项目数量'), { key: 'amount', label: '采购总金额（单位：万元）', kind: 'money' }],
		rows: [{ key: 'procurement', label: '政府集中采购' }]
	}
];

export const TABLE3_COLUMNS: Column[] = [
	count('natural', '自然人'),
	count('business', '商业企业'),
	count('research', '科研机构'),
	count('charity', '社会公益组织'),
	count('legal', '法律服务机构'),
	count('otherOrg', '其他'),
	count('total', '总计')
];

/** Headings of the groups (三)–(六) of 本年度办理结果, and their sub-items in the 2021 format. */
export const TABLE3_GROUPS: Record<Table3Group, { label: string; items: { key: string; label: string }[] }> = {
	denied: {
		label: '（三）不予公开',
		items: [
			{ key: 'stateSecret', label: '1.属于国家秘密' },
			{ key: 'otherLaw', label: '2.其他法律行政法规禁止公开' },
			{ key: 'safety', label: '3.危及“三安全一稳定”' },
			{ key: 'thirdParty', label: '4.保护第三方合法权益' },
			{ key: 'internal', label: '5.属于三类内部事务信息' },
			{ key: 'process', label: '6.属于四类过程性信息' },
			{ key: 'enforcement', label: '7.属于行政执法案卷' },
			{ key: 'inquiry', label: '8.属于行政查询事项' }
		]
	},
	unable: {
		label: '（四）无法提供',
		items: [
			{ key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
			{ key: 'mustCreate', label: '2.没有现成信息需要另行制作' },
			{ key: 'unclear', label: '3.补正后申请内容仍不明确' }
		]
	},
	refused: {
		label: '（五）不予处理',
		items: [
			{ key: 'complaint', label: '1.信访举报投诉类申请' },
			{ key: 'repeat', label: '2.重复申请' },
			{ key: 'publication', label: '3.要求提供公开出版物' },
			{ key: 'excessive', label: '4.无正当理由大量反复申请' },
			{ key: 'confirm', label: '5.要求行政机关确认或重新出具已获取信息' }
		]
	},
	other: {
		label: '（六）其他处理',
		items: [
			{ key: 'noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
			{ key: 'unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
			{ key: 'misc', label: '3.其他' }
		]
	}
};

export const TABLE3_RESULTS_LABEL = '三、本年度办理结果';
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

function table3Rows(id: FormatId): Table3Row[] {
	const rows: Table3Row[] = [
		{ key: 'received', label: '一、本年新收政府信息公开申请数量', part: 'received' },
		{ key: 'carriedIn', label: '二、上年结转政府信息公开申请数量', part: 'carriedIn' },
		{ key: 'granted', label: '（一）予以公开', part: 'result' },
		{ key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', part: 'result' }
	];
	for (const group of Object.keys(TABLE3_GROUPS) as Table3Group[]) {
		const g = TABLE3_GROUPS[group];
		// The trial format has no sub-items under (六)其他处理: one row of its own.
		if (group === 'other' && id === '2019') rows.push({ key: 'other', label: g.label, part: 'result', group });
		else for (const it of g.items) rows.push({ key: `${group}.${it.key}`, label: it.label, part: 'result', group });
	}
	rows.push({ key: 'total', label: '（七）总计', part: 'total' });
	rows.push({ key: 'carriedOut', label: '四、结转下年度继续办理', part: 'carriedOut' });
	return rows;
}

export const TABLE4_GROUPS = [
	{ key: 'review', label: '行政复议' },
	{ key: 'direct', label: '行政诉讼（未经复议直接起诉）' },
	{ key: 'afterReview', label: '行政诉讼（复议后起诉）' }
] as const;

export const TABLE4_COLUMNS: Column[] = [
	count('upheld', '结果维持'),
	count('corrected', '结果纠正'),
	count('other', '其他结果'),
	count('pending', '尚未审结'),
	count('total', '总计')
];

/** A sub-item's label with its group, for messages: "（三）不予公开 1.属于国家秘密". */
export function table3RowLabel(row: Table3Row): string {
	return row.group && row.key !== 'other' ? `${TABLE3_GROUPS[row.group].label} ${row.label}` : row.label;
}

function buildFormat(id: FormatId): FormatModel {
	const table2 = id === '2021' ? TABLE2_2021 : TABLE2_2019;
	const table3 = table3Rows(id);
	const cells: CellDef[] = [];
	for (const block of table2)
		for (const r of block.rows)
			for (const c of block.columns)
				cells.push({
					key: `t2.${r.key}.${c.key}`,
					table: 2,
					kind: c.kind,
					row: r.key,
					col: c.key,
					label: `表二 ${block.clause} ${r.label} · ${c.label}`
				});
	for (const r of table3)
		for (const c of TABLE3_COLUMNS)
			cells.push({
				key: `t3.${r.key}.${c.key}`,
				table: 3,
				kind: 'count',
				row: r.key,
				col: c.key,
				label: `表三 ${table3RowLabel(r)} · ${c.label}`
			});
	for (const g of TABLE4_GROUPS)
		for (const c of TABLE4_COLUMNS)
			cells.push({
				key: `t4.${g.key}.${c.key}`,
				table: 4,
				kind: 'count',
				row: g.key,
				col: c.key,
				label: `表四 ${g.label} · ${c.label}`
			});
	return {
		id,
		basis: id === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号（试行）',
		table2,
		table3,
		cells,
		byKey: new Map(cells.map((c) => [c.key, c]))
	};
}

const FORMATS: Record<FormatId, FormatModel> = { '2021': buildFormat('2021'), '2019': buildFormat('2019') };

export function getFormat(id: FormatId): FormatModel {
	return FORMATS[id];
}

/** The short label of a cell for messages, or the key itself when the format has no such cell. */
export function cellLabel(format: FormatId, key: string): string {
	return FORMATS[format].byKey.get(key)?.label ?? key;
}
