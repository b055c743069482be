// Deadline rules (时间节点): turn "9月底前", "12月31日前", "年底前", "上半年" into ISO dates, and keep
// relative or recurring duties ("7个工作日内", "每季度") as text, since they are not dates.
// Pure and regex-based; every pattern is bounded, so scanning is linear in the input.

import type { ParsedMilestone } from './types';
import { chineseToNumber, digitsToNumber } from './numerals';
import { foldDigits, trimAll } from './text';

export interface DeadlineScan {
	deadlines: ParsedMilestone[];
	/** Relative or recurring duties, or (lenient mode) a deadline cell that is not a date. */
	duties: string[];
	/** Phrases that look like deadlines but name no real date (2月30日前). */
	badDates: string[];
	/** Deadline phrases without a year when the plan's year is unknown. */
	undated: string[];
}

export interface DeadlineOptions {
	/**
	 * A table's 完成时限 cell: the column already says "deadline", so "9月底" or "上半年" count
	 * without 前, and a cell that names no date is kept whole as a duty (长期坚持).
	 */
	lenient?: boolean;
}

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*';
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const DAY = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const BEFORE = '(前|之前|以前)';
// "9月底完成…" without 前 is still a deadline when 完成 follows at once.
const DONE_AHEAD = '(?=\\s*(?:全面|全部|基本|前)?完成)';

type Kind = 'month_end' | 'month_day' | 'month' | 'year_end' | 'year_within' | 'half' | 'quarter';

interface Rule {
	kind: Kind;
	re: RegExp;
	/** Whether a bare form (no 前) counts outside lenient mode when it opens a clause. */
	clauseStartCounts?: boolean;
	/** Only a following 完成 marks it as a deadline (its own 内 does not). */
	doneOnly?: boolean;
}

const RULES: Rule[] = [
	{
		kind: 'month_end',
		re: new RegExp(
			`(?<!\\d)(?:${YEAR})?${MONTH}\\s*月份?\\s*(底|末|下旬|中旬|上旬)\\s*(?:${BEFORE}|${DONE_AHEAD})?`,
			'g'
		)
	},
	{
		kind: 'month_day',
		re: new RegExp(`(?<!\\d)(?:${YEAR})?${MONTH}\\s*月\\s*${DAY}\\s*[日号]\\s*(?:${BEFORE}|${DONE_AHEAD})?`, 'g')
	},
	{
		kind: 'month',
		re: new RegExp(
			`(?<!\\d)(?:${YEAR})?${MONTH}\\s*月份?(?![\\d底末上中下一二三四五六七八九十])\\s*(?:${BEFORE})?`,
			'g'
		)
	},
	{
		kind: 'year_end',
		re: new RegExp(
			`(?:(\\d{4}|[〇零一二三四五六七八九]{4}|今|本)\\s*年?\\s*)?(?:年底|年末|年终)\\s*(?:${BEFORE}|${DONE_AHEAD})?`,
			'g'
		)
	},
	{
		kind: 'year_within',
		// 年内 alone is "this year" in passing (年内培育15家…); only 年内完成 is a deadline.
		re: /(?:(\d{4})\s*年\s*)?(?:年内|年度内)/g,
		doneOnly: true
	},
	{
		kind: 'half',
		re: new RegExp(`(?:${YEAR})?(上|下)半年\\s*(?:底|末)?\\s*(?:(前|之前|以前|内)|${DONE_AHEAD})?`, 'g'),
		clauseStartCounts: true
	},
	{
		kind: 'quarter',
		re: new RegExp(
			`(?<!每)(?:${YEAR})?第?\\s*([一二三四1-4])\\s*季度\\s*(末|底)?\\s*(?:(前|之前|以前|内)|${DONE_AHEAD})?`,
			'g'
		),
		clauseStartCounts: true
	}
];

const DUTY_RE =
	/每(?:个)?(?:年度|年|季度|季|半年|月|周|旬|日|天|工作日)|(?:\d+|[一二三四五六七八九十两]+)\s*个?\s*(?:工作日|自然日|小时|日|天|周|个月|月)(?:以内|内)/;
const CLAUSE_SPLIT = /[,，;；。!?！？\n]/;
const CLAUSE_START_BEFORE = /(?:^|[,，;；。:：、(（\s]|[于在至到])$/;

import { isoDate, lastDayOfMonth } from '../../shared/time';

// Calendar arithmetic is shared with the rest of the app (one ISO-date check: shared/time.ts).
export { isIsoDate as isValidIsoDate, isLeapYear, isoDate, lastDayOfMonth } from '../../shared/time';

interface Hit {
	start: number;
	end: number;
	kind: Kind;
	groups: (string | undefined)[];
	/** Whether the phrase carries its own deadline marker (前, 完成 …). */
	marked: boolean;
}

function num(s: string | undefined): number | null {
	if (s === undefined) return null;
	return chineseToNumber(s);
}

function yearOf(s: string | undefined): number | null {
	if (!s || s === '今' || s === '本') return null;
	return digitsToNumber(s);
}

function findHits(sentence: string, lenient: boolean): Hit[] {
	const hits: Hit[] = [];
	for (const rule of RULES) {
		rule.re.lastIndex = 0;
		for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
			if (m[0] === '') {
				rule.re.lastIndex++;
				continue;
			}
			const g = Array.from(m);
			const tail = sentence.slice(m.index + m[0].length, m.index + m[0].length + 6);
			const done = /^\s*(?:全面|全部|基本|前)?完成/.test(tail);
			const marked = done || (!rule.doneOnly && /(前|内)\s*$/.test(m[0]));
			let counts = marked || lenient;
			if (!counts && rule.clauseStartCounts)
				counts = CLAUSE_START_BEFORE.test(sentence.slice(Math.max(0, m.index - 1), m.index));
			if (rule.kind === 'month' && !lenient) counts = false;
			if (counts) hits.push({ start: m.index, end: m.index + m[0].length, kind: rule.kind, groups: g, marked });
		}
	}
	// Keep the longest phrase where patterns overlap ("9月底前" over "9月").
	hits.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Hit[] = [];
	for (const h of hits) {
		const last = kept[kept.length - 1];
		if (last && h.start < last.end) continue;
		kept.push(h);
	}
	return kept;
}

interface Resolved {
	date: string | null;
	/** The year the phrase wrote, so later phrases of the sentence inherit it. */
	explicitYear: number | null;
	needsYear: boolean;
}

function resolve(hit: Hit, year: number | null): Resolved {
	const g = hit.groups;
	let explicit: number | null = null;
	let y = year;
	const withYear = (ys: string | undefined): void => {
		const e = yearOf(ys);
		if (e !== null) {
			explicit = e;
			y = e;
		}
	};
	switch (hit.kind) {
		case 'month_end': {
			withYear(g[1]);
			const month = num(g[2]);
			if (y === null) return { date: null, explicitYear: explicit, needsYear: true };
			if (month === null || month < 1 || month > 12) return { date: null, explicitYear: explicit, needsYear: false };
			const day = g[3] === '上旬' ? 10 : g[3] === '中旬' ? 20 : lastDayOfMonth(y, month);
			return { date: isoDate(y, month, day), explicitYear: explicit, needsYear: false };
		}
		case 'month_day': {
			withYear(g[1]);
			if (y === null) return { date: null, explicitYear: explicit, needsYear: true };
			const month = num(g[2]);
			const day = num(g[3]);
			return { date: month && day ? isoDate(y, month, day) : null, explicitYear: explicit, needsYear: false };
		}
		case 'month': {
			withYear(g[1]);
			if (y === null) return { date: null, explicitYear: explicit, needsYear: true };
			const month = num(g[2]);
			const ok = month !== null && month >= 1 && month <= 12;
			return {
				date: ok ? isoDate(y, month, lastDayOfMonth(y, month)) : null,
				explicitYear: explicit,
				needsYear: false
			};
		}
		case 'year_end':
		case 'year_within':
			withYear(g[1]);
			if (y === null) return { date: null, explicitYear: explicit, needsYear: true };
			return { date: isoDate(y, 12, 31), explicitYear: explicit, needsYear: false };
		case 'half':
			withYear(g[1]);
			if (y === null) return { date: null, explicitYear: explicit, needsYear: true };
			return { date: g[2] === '上' ? isoDate(y, 6, 30) : isoDate(y, 12, 31), explicitYear: explicit, needsYear: false };
		case 'quarter': {
			withYear(g[1]);
			if (y === null) return { date: null, explicitYear: explicit, needsYear: true };
			const q = num(g[2]) ?? 0;
			const month = q * 3;
			return { date: isoDate(y, month, lastDayOfMonth(y, month)), explicitYear: explicit, needsYear: false };
		}
	}
}

/** How far around a date its clause is looked for: keeps long junk sentences linear. */
const CLAUSE_WINDOW = 120;

/** The clause a date governs: what follows it up to the next comma or stop, else what precedes it. */
function clauseAround(sentence: string, start: number, end: number): string {
	const after = sentence.slice(end, end + CLAUSE_WINDOW);
	const cut = after.search(CLAUSE_SPLIT);
	let what = trimAll(cut < 0 ? after : after.slice(0, cut));
	if (!what) {
		const before = sentence.slice(Math.max(0, start - CLAUSE_WINDOW), start);
		const parts = before.split(CLAUSE_SPLIT);
		what = trimAll(parts[parts.length - 1] ?? '');
	}
	return what.replace(/^[的,，、\s]+/, '').slice(0, 80);
}

/** Split into sentences (a year written early in a sentence carries to later dates in it). */
function sentences(text: string): string[] {
	return text.split(/[。!?！？\n]/);
}

export function extractDeadlines(text: string, year: number | null, opts: DeadlineOptions = {}): DeadlineScan {
	const lenient = opts.lenient ?? false;
	const out: DeadlineScan = { deadlines: [], duties: [], badDates: [], undated: [] };
	const seen = new Set<string>();
	const dutySeen = new Set<string>();
	const folded = foldDigits(text);
	for (const sentence of sentences(folded)) {
		if (!trimAll(sentence)) continue;
		let sentenceYear = year;
		let hits = findHits(sentence, lenient);
		if (lenient) hits = dropRangeStarts(sentence, hits);
		for (const hit of hits) {
			const phrase = trimAll(sentence.slice(hit.start, hit.end));
			const r = resolve(hit, sentenceYear);
			if (r.explicitYear !== null) sentenceYear = r.explicitYear;
			if (r.needsYear) {
				out.undated.push(phrase);
			} else if (r.date === null) {
				out.badDates.push(phrase);
			} else {
				const what = clauseAround(sentence, hit.start, hit.end);
				const key = `${r.date}\u0000${what}`;
				if (!seen.has(key)) {
					seen.add(key);
					out.deadlines.push({ date: r.date, what });
				}
			}
		}
		if (!lenient) collectDuties(sentence, out.duties, dutySeen);
	}
	if (lenient && out.deadlines.length === 0 && out.badDates.length === 0) {
		const whole = trimAll(text);
		if (whole) out.duties.push(whole);
	}
	return out;
}

/** "9月1日至9月30日": in a deadline cell only the end of a range is the deadline. */
function dropRangeStarts(sentence: string, hits: Hit[]): Hit[] {
	return hits.filter((h, i) => {
		const next = hits[i + 1];
		return !next || !/^[\s至到\-—~－]+$/.test(sentence.slice(h.end, next.start));
	});
}

function collectDuties(sentence: string, duties: string[], seen: Set<string>): void {
	for (const clause of sentence.split(CLAUSE_SPLIT)) {
		const c = trimAll(clause);
		if (c && !seen.has(c) && DUTY_RE.test(c)) {
			seen.add(c);
			duties.push(c);
		}
	}
}
