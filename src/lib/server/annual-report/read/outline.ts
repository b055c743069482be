// The outline of a report: title, year, preamble, the six sections' paragraphs, the table rows of
// 二, 三 and 四, and the 发布机关/日期 at the end. Knows nothing of the cells; see table2–4.ts.

import { SECTION_HEADINGS, type SectionNo } from '../../../annual-report/format';
import { squash } from '../../../annual-report/text';
import type { ReportSection } from '../../../annual-report/types';
import type { ReportLine } from './lines';

export interface Outline {
	title: string;
	year: number | null;
	preamble: string[];
	sections: ReportSection[];
	tables: Record<2 | 3 | 4, string[][]>;
	issuer?: string;
	date?: string;
}

const SECTION_WORDS: Record<SectionNo, RegExp> = {
	1: /总体情况|概述|概况|总体/,
	2: /主动公开/,
	3: /申请/,
	4: /复议|诉讼/,
	5: /问题|改进/,
	6: /其他/
};
const NUMERALS = '一二三四五六';

/** The standard titles without their numerals: Word's automatic numbering keeps 「一、」 out of the text. */
const BARE_TITLES = SECTION_HEADINGS.map((h) => squash(h.slice(2)));

/** The section a heading line opens, or null. A heading is short and names its section's subject. */
export function headingOf(text: string): SectionNo | null {
	const s = squash(text);
	const bare = BARE_TITLES.indexOf(s.replace(/[。:：]$/, ''));
	if (bare >= 0) return (bare + 1) as SectionNo;
	const m = /^([一二三四五六])[、.]/.exec(s);
	// «一、总体情况» or «一、总体情况。», not a paragraph that happens to start with 一、.
	if (!m || s.length > 40 || (/[。;]$/.test(s) && s.length > 20)) return null;
	const no = (NUMERALS.indexOf(m[1]) + 1) as SectionNo;
	return SECTION_WORDS[no].test(s.slice(2)) ? no : null;
}

const TITLE = /年度报告|年报|工作报告|报告$/;
const CHROME = /^(SOURCE|来源|URL)\s*[:：]|^https?:\/\//i;

/**
 * Which table a run of rows is, by the headers only the national tables have; null otherwise (a
 * run under 二, 三 or 四 then belongs to that section, and other tables of a report are left alone).
 */
function tableOf(rows: string[][]): 2 | 3 | 4 | null {
	const text = rows.map((r) => r.map(squash).join('|')).join('\n');
	if (/本年新收|上年结转|申请人情况/.test(text)) return 3;
	if (/复议后起诉|未经复议直接起诉|结果维持/.test(text)) return 4;
	if (/第二十条|信息内容/.test(text)) return 2;
	return null;
}

function yearOf(title: string, text: string[]): number | null {
	const fromTitle = /((?:19|20)\d{2})\s*年/.exec(title);
	if (fromTitle) return Number(fromTitle[1]);
	for (const t of text) {
		const period = /统计期限[^。]*?((?:19|20)\d{2})年1月1日/.exec(t) ?? /^((?:19|20)\d{2})年[，,]/.exec(t);
		if (period) return Number(period[1]);
	}
	return null;
}

const DATE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;

/** A closing «单位名称 / 2022年1月20日» taken off the end of the last section. */
function takeSignature(outline: Outline): void {
	const last = outline.sections[outline.sections.length - 1];
	const paras = last?.paragraphs ?? outline.preamble;
	const m = DATE.exec(squash(paras[paras.length - 1] ?? ''));
	if (!m) return;
	paras.pop();
	outline.date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
	const before = paras[paras.length - 1];
	if (before && before.length <= 30 && !/[。，,；;：:]/.test(before)) outline.issuer = paras.pop();
}

export function outlineOf(lines: ReportLine[]): Outline {
	const body = lines.filter((l) => l.kind === 'row' || !CHROME.test(l.text));
	const outline: Outline = { title: '', year: null, preamble: [], sections: [], tables: { 2: [], 3: [], 4: [] } };
	let start = 0;
	const firstHeading = body.findIndex((l) => l.kind === 'p' && headingOf(l.text) === 1);
	const head = body.slice(0, firstHeading < 0 ? 6 : Math.min(firstHeading, 6));
	const titleAt = head.findIndex((l) => l.kind === 'p' && l.text.length <= 80 && TITLE.test(l.text));
	if (titleAt >= 0) {
		outline.title = (body[titleAt] as { text: string }).text;
		start = titleAt + 1;
	}
	let section: ReportSection | null = null;
	let run: string[][] = [];
	const flush = () => {
		if (!run.length) return;
		const table = tableOf(run) ?? (section && section.no >= 2 && section.no <= 4 ? (section.no as 2 | 3 | 4) : null);
		if (table) outline.tables[table].push(...run);
		run = [];
	};
	for (const line of body.slice(start)) {
		if (line.kind === 'row') {
			run.push(line.cells);
			continue;
		}
		flush();
		const no = headingOf(line.text);
		if (no && no > (section?.no ?? 0)) {
			section = { no, heading: line.text, paragraphs: [] };
			outline.sections.push(section);
		} else if (section) section.paragraphs.push(line.text);
		else outline.preamble.push(line.text);
	}
	flush();
	takeSignature(outline);
	outline.year = yearOf(outline.title, [...outline.preamble, ...(outline.sections[0]?.paragraphs ?? [])]);
	return outline;
}
