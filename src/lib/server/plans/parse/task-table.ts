// parseTaskTable: a 任务分解表 (rows of cell texts, merged cells already carried down by the
// reader) → the same ParsedPlan the text parser produces.

import type { ParsedMilestone, ParsedPlan, ParsedPlanMeta, ParsedSection, ParseWarning } from './types';
import { DomainError } from '../../shared/errors';
import { extractDeadlines, isoDate } from './deadlines';
import { extractPlanMeta, yearFromTitle, fallbackDeadlineYear } from './meta';
import { numberToChinese, chineseToNumber } from './numerals';
import { matchSection, stripLeadingNumber } from './numbering';
import { findHeader, isHeaderLike, type ColumnRole } from './table-header';
import { buildTask, taskPlace, type TaskParts } from './tasks';
import { trimAll, toLines } from './text';
import { taskTitle } from './titles';
import { NOTE_KEY_SOURCE, parseUnitNote, splitUnitList } from './units';
import type { ParseOptions } from './plan-text';

const NOTE_KEY_RE = new RegExp(NOTE_KEY_SOURCE);

/** A task being collected; continuation rows of a merged task cell add to it. */
interface PendingTask {
	key: string;
	section: ParsedSection;
	code: string;
	/** Set when the task cell is only a title (the body then comes from 工作要求 alone). */
	title: string | undefined;
	paragraphs: string[];
	/** The paragraphs already collected, so a long merged task stays linear. */
	seen: Set<string>;
	lead: string[];
	responsible: string[];
	open: boolean;
	deadlines: ParsedMilestone[];
	duties: string[];
}

function cellsOf(row: string[], roles: (ColumnRole | null)[], role: ColumnRole): string[] {
	const out: string[] = [];
	roles.forEach((r, j) => {
		const v = trimAll(row[j] ?? '');
		if (r === role && v && !out.includes(v)) out.push(v);
	});
	return out;
}

/** Excel stores dates as day serials (44104 = 2020-09-30); a 完成时限 cell may hold one. */
function excelSerialDate(cell: string): string | null {
	if (!/^\d{5}(\.\d+)?$/.test(cell)) return null;
	const n = Math.floor(Number(cell));
	if (n < 20000 || n > 80000) return null;
	const d = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
	return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function normaliseSeq(seq: string): string {
	const s = trimAll(seq);
	const numbered = stripLeadingNumber(s);
	if (numbered && !numbered.rest) return numbered.code;
	if (/^\d{1,3}$/.test(s)) return `${Number(s)}.`;
	if (/^[一二三四五六七八九十]{1,3}$/.test(s) && chineseToNumber(s) !== null) return `(${s})`;
	return s;
}

function unitsFrom(
	cells: string[],
	role: 'lead' | 'responsible'
): { lead: string[]; responsible: string[]; open: boolean } {
	const out = { lead: [] as string[], responsible: [] as string[], open: false };
	for (const cell of cells) {
		if (NOTE_KEY_RE.test(cell)) {
			const note = parseUnitNote(cell);
			out.lead.push(...note.lead);
			out.responsible.push(...note.responsible);
			out.open ||= note.open;
		} else {
			const list = splitUnitList(cell);
			out[role].push(...list.units);
			out.open ||= list.open;
		}
	}
	return out;
}

function resolveMeta(
	rows: string[][],
	headerRow: number,
	given: Partial<ParsedPlanMeta>,
	opts: ParseOptions
): { meta: ParsedPlanMeta; warnings: ParseWarning[] } {
	const above = rows.slice(0, headerRow).flatMap((r) => [...new Set(r.map((c) => trimAll(c ?? '')).filter(Boolean))]);
	const found = extractPlanMeta(toLines(above.join('\n'))).meta;
	const title = given.title || found.title || '';
	const year = given.year ?? yearFromTitle(title) ?? opts.defaultYear ?? null;
	const meta: ParsedPlanMeta = {
		title,
		year,
		doc_number: given.doc_number ?? found.doc_number ?? null,
		issuer: given.issuer ?? found.issuer ?? null,
		issued_on: given.issued_on ?? found.issued_on ?? null
	};
	const warnings: ParseWarning[] = [];
	if (!title) warnings.push({ code: 'no_title', message: '没有找到工作要点的标题（如“××市2020年政务公开工作要点”）' });
	if (year === null) warnings.push({ code: 'no_year', message: '没有找到工作要点的年度，请在导入时指定年度' });
	return { meta, warnings };
}

export function parseTaskTable(
	rows: string[][],
	meta: Partial<ParsedPlanMeta> = {},
	opts: ParseOptions = {}
): ParsedPlan {
	const header = findHeader(rows);
	if (!header) {
		throw new DomainError(
			'invalid',
			'表格中没有找到“工作任务”“责任单位”等表头，请确认上传的是任务分解表，或改为粘贴文字版工作要点'
		);
	}
	const { roles } = header;
	const { meta: planMeta, warnings } = resolveMeta(rows, header.firstRow, meta, opts);
	const year = fallbackDeadlineYear(planMeta);
	const hasCategory = roles.includes('category');

	const sections: ParsedSection[] = [];
	const byKey = new Map<string, ParsedSection>();
	let section: ParsedSection | null = null;
	let category = '';
	let counter = 0;
	let previous: PendingTask | null = null;
	const built: PendingTask[] = [];

	const openSection = (key: string, text: string): ParsedSection => {
		const existing = byKey.get(key);
		if (existing) return existing;
		const sec = matchSection(text);
		const s: ParsedSection = sec
			? { code: sec.code, title: trimAll(sec.rest), items: [] }
			: { code: numberToChinese(sections.length + 1), title: text, items: [] };
		sections.push(s);
		byKey.set(key, s);
		return s;
	};

	for (let r = header.lastRow + 1; r < rows.length; r++) {
		const cells = (rows[r] ?? []).map((c) => trimAll(c ?? ''));
		const filled = cells.filter(Boolean);
		if (filled.length === 0) continue;
		if (isHeaderLike(cells)) continue;
		const distinct = [...new Set(filled)];
		const seqCell = cellsOf(cells, roles, 'seq')[0] ?? '';
		const taskCells = cellsOf(cells, roles, 'task');
		const bodyCells = cellsOf(cells, roles, 'body');
		const leadCells = cellsOf(cells, roles, 'lead');
		const respCells = cellsOf(cells, roles, 'responsible');
		const deadlineCells = cellsOf(cells, roles, 'deadline');

		// A banner row ("一、围绕…加强公开" across the table) or 序号 "一" + a heading: a section.
		if (
			distinct.length === 1 &&
			(matchSection(distinct[0]) || (filled.length >= 2 && !hasCategory && !/。/.test(distinct[0])))
		) {
			section = openSection(`banner:${distinct[0]}`, distinct[0]);
			previous = null;
			continue;
		}
		if (
			/^[一二三四五六七八九十]{1,3}、?$/.test(seqCell) &&
			!leadCells.length &&
			!respCells.length &&
			taskCells.length + bodyCells.length === 1
		) {
			const heading = (taskCells[0] ?? bodyCells[0]).replace(/^[一二三四五六七八九十]{1,3}、/, '');
			section = openSection(`banner:${seqCell}${heading}`, `${seqCell.replace(/、$/, '')}、${heading}`);
			previous = null;
			continue;
		}
		if (hasCategory) {
			const cat = cellsOf(cells, roles, 'category')[0] ?? '';
			if (cat) category = cat;
			if (category) section = openSection(`cat:${category}`, category);
		}

		const taskText = taskCells.join('\n');
		const bodyText = bodyCells.join('\n');
		if (!taskText && !bodyText) {
			const other = leadCells.length + respCells.length + deadlineCells.length + (seqCell ? 1 : 0);
			if (other > 0) {
				warnings.push({
					code: 'table_row_skipped',
					message: `表格第${r + 1}行没有任务内容，已跳过`,
					where: `第${r + 1}行`
				});
			}
			continue;
		}

		const units = {
			lead: unitsFrom(leadCells, 'lead'),
			responsible: unitsFrom(respCells, 'responsible')
		};
		const deadlines: ParsedMilestone[] = [];
		const duties: string[] = [];
		for (const cell of deadlineCells) {
			const serial = excelSerialDate(cell);
			if (serial) {
				deadlines.push({ date: serial, what: '' });
				continue;
			}
			const scan = extractDeadlines(cell, year, { lenient: true });
			deadlines.push(...scan.deadlines);
			duties.push(...scan.duties, ...scan.undated);
			for (const bad of scan.badDates) {
				warnings.push({
					code: 'bad_date',
					message: `表格第${r + 1}行的完成时限“${bad}”不是有效日期`,
					where: `第${r + 1}行`
				});
			}
		}

		// The same task carried down over several rows (a merged 工作任务 cell): one task.
		const key = `${seqCell}\u0000${taskText}`;
		const lead = [...units.lead.lead, ...units.responsible.lead];
		const responsible = [...units.lead.responsible, ...units.responsible.responsible];
		const open = units.lead.open || units.responsible.open;
		if (previous && taskText && previous.key === key && previous.section === section) {
			const p = previous;
			for (const line of toLines(bodyText)) {
				if (p.seen.has(line)) continue;
				p.seen.add(line);
				p.paragraphs.push(line);
			}
			p.lead.push(...lead);
			p.responsible.push(...responsible);
			p.open ||= open;
			p.deadlines.push(...deadlines);
			p.duties.push(...duties);
			continue;
		}

		// A number written into the task cell ("(一)加强…") is the code when there is no 序号.
		const numbered = stripLeadingNumber(taskText || bodyText);
		const cleanTask = taskText && numbered ? numbered.rest : taskText;
		const cleanBody = !taskText && numbered ? numbered.rest : bodyText;
		counter++;
		const code = seqCell ? normaliseSeq(seqCell) : numbered ? numbered.code : `${counter}.`;
		if (!section) {
			section = { code: '', title: '', items: [] };
			sections.push(section);
		}
		// The body is the 工作要求; a task cell that is only a title stays out of it.
		const taskLines = toLines(cleanTask);
		const bodyLines = toLines(cleanBody);
		const titleOnly =
			taskLines.length === 1 && bodyLines.length > 0 && taskTitle(taskLines[0]) === taskLines[0].replace(/[。.]$/, '');
		const paragraphs = titleOnly ? bodyLines : [...taskLines, ...bodyLines];
		previous = {
			key,
			section,
			code,
			title: titleOnly ? taskTitle(taskLines[0]) : undefined,
			paragraphs,
			seen: new Set(paragraphs),
			lead,
			responsible,
			open,
			deadlines,
			duties
		};
		built.push(previous);
	}

	const codesBySection = new Map<ParsedSection, Set<string>>();
	for (const p of built) {
		const s = p.section;
		const parts: TaskParts = {
			code: p.code,
			title: p.title,
			paragraphs: p.paragraphs,
			lead: p.lead,
			responsible: p.responsible,
			open: p.open,
			extraDeadlines: p.deadlines,
			extraDuties: p.duties
		};
		const t = buildTask(parts, s.code, year, warnings);
		for (const d of t.deadlines) if (!d.what) d.what = t.title;
		const codes = codesBySection.get(s) ?? new Set<string>();
		codesBySection.set(s, codes);
		if (codes.has(t.code)) {
			const place = taskPlace(s.code, t.code);
			warnings.push({
				code: 'duplicate_code',
				message: `${place.label}的编号重复出现，请核对表格`,
				where: place.where
			});
		}
		codes.add(t.code);
		s.items.push(t);
	}
	if (built.length === 0) warnings.push({ code: 'no_tasks', message: '表格中没有找到任务行' });
	return { plan: planMeta, sections: sections.filter((s) => s.items.length > 0), warnings };
}
