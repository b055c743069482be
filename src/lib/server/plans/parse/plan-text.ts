// parsePlanText: a 工作要点 as plain text → sections, tasks, units, milestones, warnings.
// Line-based and linear: numbering is only recognised at the start of a line, and a task runs
// over the following paragraphs until the next number. Text that is a task table copied out of
// Word, Excel or a web page (tab-separated cells) is read as that table.

import type { ParsedPlan, ParsedSection, ParseWarning } from './types';
import { extractPlanMeta, fallbackDeadlineYear } from './meta';
import { matchSection, matchTask, type TaskStyle } from './numbering';
import { findPastedTable } from './pasted-table';
import { parseTableWithText } from './task-table';
import { buildTask, taskPlace, type TaskParts } from './tasks';
import { toLines, trimAll } from './text';

export interface ParseOptions {
	/** The plan year when the title names none (the importer asks the user). */
	defaultYear?: number;
}

interface RawSection {
	code: string;
	title: string;
	tasks: TaskParts[];
}

export function parsePlanText(text: string, opts: ParseOptions = {}): ParsedPlan {
	const table = findPastedTable(String(text ?? ''));
	// Pasted cells show no merges: a merged unit cell is blank below its first row.
	if (table) return parseTableWithText(table.rows, table.around, { ...opts, mergesBlank: true });
	const lines = toLines(String(text ?? ''));
	const { meta, bodyStart, warnings } = extractPlanMeta(lines, opts);
	const raw = segment(lines.slice(bodyStart));
	const year = fallbackDeadlineYear(meta);
	const sections = buildSections(raw, year, warnings);
	return { plan: meta, sections, warnings };
}

/** Group lines into sections and tasks. The first task numbering style seen is the task level;
 * other styles (1. under (一)) stay in the task body as sub-points. */
function segment(lines: string[]): RawSection[] {
	const sections: RawSection[] = [];
	let section: RawSection | null = null;
	let task: TaskParts | null = null;
	let style: TaskStyle | null = null;
	for (const line of lines) {
		const sec = matchSection(line);
		if (sec) {
			section = { code: sec.code, title: sectionTitle(sec.rest), tasks: [] };
			sections.push(section);
			task = null;
			continue;
		}
		const t = matchTask(line);
		if (t && (style === null || t.style === style)) {
			style ??= t.style;
			if (!section) {
				section = { code: '', title: '', tasks: [] };
				sections.push(section);
			}
			task = { code: t.code, paragraphs: [t.rest] };
			section.tasks.push(task);
			continue;
		}
		// Text before the first task of a section (an introduction) belongs to no task.
		if (task) task.paragraphs.push(line);
	}
	return sections;
}

function sectionTitle(rest: string): string {
	const stop = rest.search(/[。！？!?]/);
	return trimAll(stop >= 0 ? rest.slice(0, stop) : rest);
}

function buildSections(raw: RawSection[], year: number | null, warnings: ParseWarning[]): ParsedSection[] {
	const sections: ParsedSection[] = [];
	let taskCount = 0;
	for (const rs of raw) {
		const seen = new Set<string>();
		const items = rs.tasks.map((parts) => {
			if (seen.has(parts.code)) {
				const place = taskPlace(rs.code, parts.code);
				warnings.push({
					code: 'duplicate_code',
					message: `${place.label}的编号重复出现，请核对原文`,
					where: place.where
				});
			}
			seen.add(parts.code);
			return buildTask(parts, rs.code, year, warnings);
		});
		taskCount += items.length;
		sections.push({ code: rs.code, title: rs.title, items });
	}
	if (taskCount === 0) {
		warnings.push({ code: 'no_tasks', message: '没有找到任务条目：任务应以“(一)”“1.”等编号开头，各占一段' });
	}
	return sections;
}
