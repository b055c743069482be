// parseTaskTable: a 任务分解表 (rows of cell texts, merged cells already carried down by the
// reader) → the same ParsedPlan the text parser produces. Sections come from banner rows, a 类别
// column, 序号 "一", or a 工作任务 cell holding the section heading; three-level tables add
// sub-group rows ((一)) whose number the item codes carry: "(一)1.".

import type { ParsedMilestone, ParsedPlan, ParsedPlanMeta, ParsedSection, ParsedTask } from './types';
import { DomainError } from '../../shared/errors';
import { fallbackDeadlineYear } from './meta';
import { numberToChinese } from './numerals';
import { matchSection, stripLeadingNumber } from './numbering';
import type { ParseOptions } from './plan-text';
import { cellsOf, normaliseSeq, readDeadlineCells, unitsFrom } from './table-cells';
import { findHeader, isHeaderLike } from './table-header';
import { nextRowIsItem, sectionInTaskColumn, subGroupHeading, type TaskGroup } from './table-levels';
import { metaFromText, resolveTableMeta } from './table-meta';
import { buildTask, taskPlace, type TaskParts } from './tasks';
import { trimAll, toLines } from './text';
import { taskTitle } from './titles';

export interface TableOptions extends ParseOptions {
	/**
	 * The source cannot show merged cells (pasted text, .csv/.tsv, .doc): a merged cell is written
	 * once and blank below, so an item whose unit cells are all blank takes the units of the item
	 * above it in the same group. Readers that fill merges (.docx, .xlsx) leave this off.
	 */
	mergesBlank?: boolean;
}

/** A task being collected; continuation rows of a merged task cell add to it. */
interface PendingTask {
	key: string;
	section: ParsedSection;
	group: TaskGroup | null;
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

const NO_HEADER_MESSAGE =
	'表格中没有找到“工作任务”“责任单位”等表头，请确认上传的是任务分解表，或改为粘贴文字版工作要点';

export function parseTaskTable(
	rows: string[][],
	meta: Partial<ParsedPlanMeta> = {},
	opts: TableOptions = {}
): ParsedPlan {
	const header = findHeader(rows);
	if (!header) throw new DomainError('invalid', NO_HEADER_MESSAGE);
	const { roles } = header;
	const { meta: planMeta, warnings } = resolveTableMeta(rows, header.firstRow, meta, opts);
	const year = fallbackDeadlineYear(planMeta);
	const hasCategory = roles.includes('category');

	const sections: ParsedSection[] = [];
	const byKey = new Map<string, ParsedSection>();
	let section: ParsedSection | null = null;
	let group: TaskGroup | null = null;
	let category = '';
	let counter = 0;
	let previous: PendingTask | null = null;
	/** The item of the row just above, for blank (merged) unit cells; null after any other row. */
	let above: PendingTask | null = null;
	const built: PendingTask[] = [];

	const openSection = (key: string, text: string): ParsedSection => {
		const existing = byKey.get(key);
		if (existing === section) return existing;
		group = null;
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
		let taskCells = cellsOf(cells, roles, 'task');
		const bodyCells = cellsOf(cells, roles, 'body');
		const leadCells = cellsOf(cells, roles, 'lead');
		const respCells = cellsOf(cells, roles, 'responsible');
		const deadlineCells = cellsOf(cells, roles, 'deadline');

		// A sub-group row ("（一）推进决策公开" over items 1. 2. …), checked before banners since a
		// merged sub-group row looks like one.
		const heading = subGroupHeading(cells, roles);
		if (heading && nextRowIsItem(rows, r, roles)) {
			group = heading;
			previous = above = null;
			continue;
		}
		// A banner row ("一、围绕…加强公开" across the table) or 序号 "一" + a heading: a section.
		if (
			distinct.length === 1 &&
			(matchSection(distinct[0]) || (filled.length >= 2 && !hasCategory && !/。/.test(distinct[0])))
		) {
			section = openSection(`banner:${distinct[0]}`, distinct[0]);
			previous = above = null;
			continue;
		}
		if (
			/^[一二三四五六七八九十]{1,3}、?$/.test(seqCell) &&
			!leadCells.length &&
			!respCells.length &&
			taskCells.length + bodyCells.length === 1
		) {
			const text = (taskCells[0] ?? bodyCells[0]).replace(/^[一二三四五六七八九十]{1,3}、/, '');
			section = openSection(`banner:${seqCell}${text}`, `${seqCell.replace(/、$/, '')}、${text}`);
			previous = above = null;
			continue;
		}
		const inTaskColumn = sectionInTaskColumn(taskCells, bodyCells);
		if (inTaskColumn) {
			section = openSection(`banner:${inTaskColumn}`, inTaskColumn);
			taskCells = [];
			previous = null;
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
			above = null;
			continue;
		}

		const leadUnits = unitsFrom(leadCells, 'lead');
		const respUnits = unitsFrom(respCells, 'responsible');
		let lead = [...leadUnits.lead, ...respUnits.lead];
		let responsible = [...leadUnits.responsible, ...respUnits.responsible];
		let open = leadUnits.open || respUnits.open;
		const inherit =
			opts.mergesBlank && !leadCells.length && !respCells.length && above?.section === section && above.group === group;
		if (inherit && above) [lead, responsible, open] = [[...above.lead], [...above.responsible], above.open];
		const when = readDeadlineCells(deadlineCells, year);
		for (const bad of when.badDates) {
			warnings.push({
				code: 'bad_date',
				message: `表格第${r + 1}行的完成时限“${bad}”不是有效日期`,
				where: `第${r + 1}行`
			});
		}

		// The same task carried down over several rows (a merged 工作任务 cell): one task.
		const key = `${seqCell}\u0000${taskText}`;
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
			p.deadlines.push(...when.deadlines);
			p.duties.push(...when.duties);
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
		previous = above = {
			key,
			section,
			group,
			code: group ? `${group.code}${code}` : code,
			title: titleOnly ? taskTitle(taskLines[0]) : undefined,
			paragraphs,
			seen: new Set(paragraphs),
			lead,
			responsible,
			open,
			deadlines: when.deadlines,
			duties: when.duties
		};
		built.push(previous);
	}

	for (const t of buildTasks(built, year, warnings)) t.section.items.push(t.task);
	if (built.length === 0) warnings.push({ code: 'no_tasks', message: '表格中没有找到任务行' });
	return { plan: planMeta, sections: sections.filter((s) => s.items.length > 0), warnings };
}

function buildTasks(
	built: PendingTask[],
	year: number | null,
	warnings: ParsedPlan['warnings']
): { section: ParsedSection; task: ParsedTask }[] {
	const codesBySection = new Map<ParsedSection, Set<string>>();
	return built.map((p) => {
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
		const task = buildTask(parts, s.code, year, warnings);
		for (const d of task.deadlines) if (!d.what) d.what = task.title;
		if (p.group) task.group = { ...p.group };
		const codes = codesBySection.get(s) ?? new Set<string>();
		codesBySection.set(s, codes);
		if (codes.has(task.code)) {
			const place = taskPlace(s.code, task.code);
			warnings.push({
				code: 'duplicate_code',
				message: `${place.label}的编号重复出现，请核对表格`,
				where: place.where
			});
		}
		codes.add(task.code);
		return { section: s, task };
	});
}

/** A table with the text around it (title paragraphs, 文号, a notice): meta from both. */
export function parseTableWithText(rows: string[][], text: string, opts: TableOptions = {}): ParsedPlan {
	return parseTaskTable(rows, metaFromText(text), opts);
}
