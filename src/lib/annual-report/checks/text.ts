// Numbers the text states, against the tables: T1 规范性文件 and 规章, T2 依申请 counts (received,
// concluded, carried over), T3 复议 and 诉讼 counts, T4 行政事业性收费. Only statements of a clear
// shape are read («共收到70件申请», «办结69件», «行政复议466件»); anything else is left alone, so
// a finding always quotes a sentence that really states a number the table contradicts.

import { cellLabel, type FormatId, type SectionNo } from '../format';
import { clausesOf, sentencesOf } from '../text';
import type { CheckId, CheckResult, ReportDocument, Statistics } from '../types';
import { formatValue } from '../values';

interface Fact {
	id: CheckId;
	/** What the clause states; `accept` lists the cell sums the value may equal (any one will do). */
	what: string;
	value: number;
	accept: string[][];
	/** Decimals written in the text (money is compared at the text's precision). */
	decimals?: number;
}

/** Where a clause stands: its sentence, and whether its paragraph or section is about 依申请 / 复议诉讼. */
interface Context {
	sentence: string;
	format: FormatId;
	/** The paragraph or the section is about applications for disclosure (not 许可, 信访 …). */
	applications: boolean;
	/** The sentence or the section is about 复议/诉讼 over disclosure, not all of a body's cases. */
	disclosureCases: boolean;
}

type Rule = (clause: string, ctx: Context) => Fact | null;

const NUM = '(\\d+(?:\\.\\d+)?)';
const GAP = '[^\\d,;]{0,16}?';

function match(re: RegExp, clause: string): number | null {
	const m = re.exec(clause);
	return m ? Number(m.slice(1).find((g) => g !== undefined)) : null;
}

const NOT_APPLICATIONS = /投诉|举报|信访|复议|诉讼|建议|提案|咨询|来信|留言|热线|许可|审批|政务服务|办件|事项/;

function applications(id: 'received' | 'concluded' | 'handled' | 'carriedOut' | 'carriedIn'): Rule {
	const res: Record<typeof id, RegExp> = {
		received: new RegExp(`(?:收到|新收|受理|接收|接到)${GAP}(\\d+)件`),
		concluded: new RegExp(`(?<!按时|延期|逾期|超期|限期)(?:办结|答复|办理完毕)${GAP}(\\d+)件`),
		handled: new RegExp(`办理${GAP}申请(\\d+)件`),
		carriedOut:
			/(\d+)件(?:申请)?(?:结转|转入)(?:至|到)?下一?年|结转(?:至|到)?下一?年度?(?:继续办理)?的?(?:申请)?(\d+)件/,
		carriedIn: /上一?年度?结转[^\d,;]{0,10}?(\d+)件|(\d+)件(?:为|系)?上一?年度?结转/
	};
	const what = {
		received: '收到申请',
		concluded: '办结申请',
		handled: '办理申请',
		carriedOut: '结转下年度',
		carriedIn: '上年结转'
	}[id];
	const accept: Record<typeof id, string[][]> = {
		received: [['t3.received.total']],
		concluded: [['t3.total.total']],
		// «办理申请218件» may count what was concluded or everything on hand (new + carried in).
		handled: [['t3.total.total'], ['t3.received.total', 't3.carriedIn.total']],
		carriedOut: [['t3.carriedOut.total']],
		carriedIn: [['t3.carriedIn.total']]
	};
	return (clause, ctx) => {
		if (!ctx.applications || !ctx.sentence.includes('申请') || NOT_APPLICATIONS.test(clause)) return null;
		if (id === 'received' && /结转/.test(clause)) return null;
		const value = match(res[id], clause);
		return value === null ? null : { id: 'T2', what, value, accept: accept[id] };
	};
}

function appeals(kind: 'review' | 'suits'): Rule {
	const word = kind === 'review' ? '行政复议' : '行政诉讼';
	const cells = kind === 'review' ? [['t4.review.total']] : [['t4.direct.total', 't4.afterReview.total']];
	const stated = new RegExp(`${word}(?:案件|申请)?(\\d+)(?:件|起)|(\\d+)(?:件|起)${word}`);
	const none = new RegExp(`(?:未发生|没有发生|未收到|没有收到|无)[^\\d,;]{0,12}?${word}`);
	return (clause, ctx) => {
		if (!ctx.disclosureCases || (kind === 'review' && /复议后/.test(clause))) return null;
		const value = match(stated, clause) ?? (none.test(clause) ? 0 : null);
		return value === null ? null : { id: 'T3', what: word, value, accept: cells };
	};
}

/** 规范性文件 / 规章 counts by verb. 2019's columns differ (本年新制作, 本年新公开), so the cell depends on the format. */
function documents(row: 'normative' | 'rules'): Rule {
	const noun = row === 'normative' ? '规范性文件' : '规章(?!制度)';
	const count = new RegExp(
		`${noun}${'[^\\d,;]{0,4}?'}(\\d+)(?:件|份|个|部|条)|(\\d+)(?:件|份|个|部|条)(?:行政)?${noun}`
	);
	return (clause, { format }) => {
		if (!new RegExp(noun).test(clause) || /解读|审查|备案|清理/.test(clause)) return null;
		const value = match(count, clause);
		if (value === null) return null;
		const name = row === 'normative' ? '规范性文件' : '规章';
		const verb = (re: RegExp) => re.test(clause.split(new RegExp(noun))[0]);
		let col: string | null = null;
		if (verb(/现行有效/)) col = format === '2021' ? 'inForce' : null;
		else if (verb(/废止|失效/)) col = format === '2021' ? 'repealed' : null;
		else if (verb(/制发|印发|出台|制定|新制作/)) col = format === '2021' ? 'issued' : 'made';
		else if (verb(/公开|发布/)) col = format === '2021' ? null : 'published';
		if (!col) return null;
		return {
			id: 'T1',
			what: `${name}（${cellLabel(format, `t2.${row}.${col}`).split(' · ')[1]}）`,
			value,
			accept: [[`t2.${row}.${col}`]]
		};
	};
}

const fees: Rule = (clause, { format }) => {
	if (format !== '2021' || !clause.includes('行政事业性收费')) return null;
	const m = new RegExp(`${NUM}(万元|元)`).exec(clause);
	if (!m) return null;
	const decimals = (m[1].split('.')[1] ?? '').length;
	const wan = m[2] === '元' ? Number(m[1]) / 10000 : Number(m[1]);
	return {
		id: 'T4',
		what: '行政事业性收费金额',
		value: wan,
		accept: [['t2.fees.amount']],
		decimals: m[2] === '元' ? decimals + 4 : decimals
	};
};

const RULES: Rule[] = [
	applications('received'),
	applications('concluded'),
	applications('handled'),
	applications('carriedOut'),
	applications('carriedIn'),
	appeals('review'),
	appeals('suits'),
	documents('normative'),
	documents('rules'),
	fees
];

function sumOf(stats: Statistics, keys: string[]): number | null {
	const values = keys.map((k) => stats.cells[k] ?? null);
	return values.some((x) => x === null) ? null : values.reduce<number>((a, x) => a + (x ?? 0), 0);
}

function agrees(fact: Fact, table: number): boolean {
	if (fact.decimals === undefined) return table === fact.value;
	const scale = 10 ** fact.decimals;
	return Math.round(table * scale) === Math.round(fact.value * scale);
}

/** Text paragraphs by section; the preamble (before 一、) has no section number. */
function textBlocks(report: ReportDocument): { section?: SectionNo; paragraphs: string[] }[] {
	return [
		{ paragraphs: report.preamble },
		...report.sections.map((s) => ({ section: s.no, paragraphs: s.paragraphs }))
	];
}

const ABOUT_APPLICATIONS = /依申请|信息公开申请|公开申请/;

export function checkTextAgainstTables(report: ReportDocument): CheckResult[] {
	const out: CheckResult[] = [];
	const { statistics: stats, format } = report;
	for (const block of textBlocks(report)) {
		for (const s of sentencesOf(block.paragraphs)) {
			const ctx: Context = {
				sentence: s.text,
				format,
				applications: block.section === 3 || ABOUT_APPLICATIONS.test(block.paragraphs[s.paragraph]),
				disclosureCases: block.section === 4 || /信息公开/.test(s.text)
			};
			for (const clause of clausesOf(s.text)) {
				for (const rule of RULES) {
					const fact = rule(clause, ctx);
					if (!fact) continue;
					const sums = fact.accept.map((keys) => sumOf(stats, keys));
					if (sums.every((x) => x === null) || sums.some((x) => x !== null && agrees(fact, x))) continue;
					const shown = fact.accept
						.map((keys, i) => `${keys.map((k) => cellLabel(format, k)).join(' + ')}（${formatValue(sums[i])}）`)
						.join('，或');
					out.push({
						id: fact.id,
						level: 'warning',
						where: { cells: fact.accept.flat(), section: block.section, sentence: s.text },
						message: `正文所述${fact.what} ${formatValue(fact.value)} 与表格不一致：${shown}`
					});
				}
			}
		}
	}
	return out;
}
