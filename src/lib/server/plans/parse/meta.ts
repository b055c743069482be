// Plan meta from the lines around the plan body: title, year, 文号, issuer, issue date. Also tells
// the text parser where the notice preamble ends, so the addressee line is never read as a task.

import type { ParsedPlanMeta, ParseWarning } from './types';
import { isoDate } from './deadlines';
import { chineseToNumber, digitsToNumber } from './numerals';
import { matchSection, matchTask } from './numbering';
import { foldDigits, trimAll } from './text';

export interface MetaOptions {
	defaultYear?: number;
}

export interface MetaScan {
	meta: ParsedPlanMeta;
	/** Index of the first line after the plan's own title (0 when there is none). */
	bodyStart: number;
	warnings: ParseWarning[];
}

/** Lines searched for meta when the text has no numbered body (the text around a table). */
const HEADER_LINES_WITHOUT_BODY = 30;
const PLAN_WORD_RE = /(要点|方案|计划|任务|安排|清单|分工|分解|重点工作)/;
const NOTICE_RE = /关于印发(.+?)的通知/;
const TABLE_TAIL_RE =
	/(?:重点)?(?:任务分解表|任务分工表|责任分工表|分工表|分解表|任务清单|任务分工|任务分解|责任分工)$/;
const DOC_NO_LINE_RE = /^([\u4e00-\u9fff]{1,12})\s*[〔[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*(\d{1,5})\s*号$/;
const DOC_NO_ANY_RE = /([\u4e00-\u9fff]{1,8})\s*[〔[［【]\s*((?:19|20)\d{2})\s*[〕\]］】]\s*(\d{1,5})\s*号/;
const DATE_LINE_RE =
	/^(\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
const ORGAN_RE = /(办公室|办公厅|人民政府|政府|委员会|领导小组|厅|局|委|办|中心)$/;
const PUNCT_RE = /[，,。：:；;！？!?]/;
const YEAR_IN_TITLE_RE = /((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年/;

function isPlanTitleLine(line: string): boolean {
	if (line.length < 4 || line.length > 80 || PUNCT_RE.test(line)) return false;
	if (/通知|关于印发/.test(line)) return false;
	if (matchSection(line) || matchTask(line)) return false;
	return PLAN_WORD_RE.test(line);
}

function stripTitleMarks(s: string): string {
	return trimAll(s).replace(/[《》]/g, '');
}

/** The first line that opens a section or task: the title, 文号 and signature come before it. */
function firstNumberedLine(lines: string[]): number {
	for (let i = 0; i < lines.length; i++) if (matchSection(lines[i]) || matchTask(lines[i])) return i;
	return lines.length;
}

function parseDateLine(line: string): string | null {
	const m = DATE_LINE_RE.exec(foldDigits(line));
	if (!m) return null;
	const year = digitsToNumber(m[1].replace(/○/g, '〇'));
	const month = chineseToNumber(m[2]);
	const day = chineseToNumber(m[3]);
	if (year === null || month === null || day === null) return null;
	return isoDate(year, month, day);
}

function isOrganLine(line: string): boolean {
	return (
		line.length >= 3 && line.length <= 40 && !PUNCT_RE.test(line) && ORGAN_RE.test(line) && !/通知|要点/.test(line)
	);
}

export function yearFromTitle(title: string): number | null {
	const m = YEAR_IN_TITLE_RE.exec(foldDigits(title));
	return m ? digitsToNumber(m[1].replace(/○/g, '〇')) : null;
}

export function extractPlanMeta(lines: string[], opts: MetaOptions = {}): MetaScan {
	const warnings: ParseWarning[] = [];
	const firstNum = firstNumberedLine(lines);

	let title = '';
	let bodyStart = 0;
	for (let i = 0; i < firstNum; i++) {
		if (isPlanTitleLine(lines[i])) {
			title = stripTitleMarks(lines[i]);
			bodyStart = i + 1;
			break;
		}
	}
	let noticeTitle = '';
	for (let i = 0; i < firstNum && !noticeTitle; i++) {
		const m = NOTICE_RE.exec(lines[i]);
		if (m) noticeTitle = stripTitleMarks(m[1]);
	}
	if (!title && noticeTitle) title = noticeTitle;
	title = title.replace(TABLE_TAIL_RE, (tail) => (/(要点|方案)$/.test(title.slice(0, -tail.length)) ? '' : tail));
	if (!title) warnings.push({ code: 'no_title', message: '没有找到工作要点的标题（如“××市2020年政务公开工作要点”）' });

	// The header: lines up to the plan body (or, with no numbered line at all, such as the text
	// around a table, the first few lines). 文号 and signature are only looked for here, so the
	// documents the body cites (国办发〔2020〕17号) are never taken for the plan's own.
	const headerEnd = firstNum < lines.length ? firstNum : Math.min(lines.length, HEADER_LINES_WITHOUT_BODY);
	const header = lines.slice(0, Math.max(bodyStart, headerEnd));

	let docNumber: string | null = null;
	for (const line of header) {
		const m = DOC_NO_LINE_RE.exec(foldDigits(line));
		if (m) {
			docNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
			break;
		}
	}
	if (!docNumber) {
		for (const line of header) {
			if (/《|根据|按照|依据/.test(line)) continue;
			const m = DOC_NO_ANY_RE.exec(foldDigits(line));
			if (m) {
				docNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
				break;
			}
		}
	}

	// The signature date: first standalone date line in the header, else the last one in the text.
	let issuedOn: string | null = null;
	let dateIdx = -1;
	for (let i = 0; i < header.length && dateIdx < 0; i++) {
		const d = parseDateLine(header[i]);
		if (d) [issuedOn, dateIdx] = [d, i];
	}
	if (dateIdx < 0) {
		for (let i = lines.length - 1; i >= firstNum && dateIdx < 0; i--) {
			const d = parseDateLine(lines[i]);
			if (d) [issuedOn, dateIdx] = [d, i];
		}
	}

	let issuer: string | null = null;
	if (dateIdx > 0 && isOrganLine(lines[dateIdx - 1])) issuer = lines[dateIdx - 1];
	if (!issuer && lines.length) {
		const before = /^(.+?)关于/.exec(lines[0]);
		if (before && isOrganLine(before[1])) issuer = before[1];
	}

	let year = yearFromTitle(title);
	if (year === null && opts.defaultYear !== undefined) year = opts.defaultYear;
	if (year === null) warnings.push({ code: 'no_year', message: '没有找到工作要点的年度，请在导入时指定年度' });

	return { meta: { title, year, doc_number: docNumber, issuer, issued_on: issuedOn }, bodyStart, warnings };
}

/** The year to resolve "9月底前" against when the title names none: the 文号 or issue date. */
export function fallbackDeadlineYear(meta: ParsedPlanMeta): number | null {
	if (meta.year !== null) return meta.year;
	const doc = meta.doc_number ? /〔(\d{4})〕/.exec(meta.doc_number) : null;
	if (doc) return Number(doc[1]);
	return meta.issued_on ? Number(meta.issued_on.slice(0, 4)) : null;
}
