// Building one ParsedTask from its paragraphs (text plans) or cells (tables): notes, units,
// title, deadlines, and the warnings that belong to the task.

import type { ParsedTask, ParseWarning } from './types';
import { extractDeadlines } from './deadlines';
import { extractNotes } from './notes';
import { taskTitle } from './titles';
import { dedupe, parseUnitNote } from './units';

export const UNTITLED = '（无标题）';

/** "第六部分(一)" for messages, "六(一)" for `where`. */
export function taskPlace(sectionCode: string, taskCode: string): { label: string; where: string } {
	return sectionCode
		? { label: `第${sectionCode}部分${taskCode}`, where: `${sectionCode}${taskCode}` }
		: { label: `第${taskCode.replace(/\.$/, '')}项`.replace(/^第\((.+)\)项$/, '第$1项'), where: taskCode };
}

export interface TaskParts {
	code: string;
	/** Paragraphs as written, the first one without its number. */
	paragraphs: string[];
	/** Extra unit lists from table columns. */
	lead?: string[];
	responsible?: string[];
	open?: boolean;
	/** A title given apart from the body (a table's 工作任务 column). */
	title?: string;
	/** Extra milestones and duties (a table's 完成时限 column). */
	extraDeadlines?: ParsedTask['deadlines'];
	extraDuties?: string[];
}

export function buildTask(
	parts: TaskParts,
	sectionCode: string,
	year: number | null,
	warnings: ParseWarning[]
): ParsedTask {
	const place = taskPlace(sectionCode, parts.code);
	const body: string[] = [];
	const notes: string[] = [];
	for (const p of parts.paragraphs) {
		const scan = extractNotes(p);
		if (scan.text) body.push(scan.text);
		notes.push(...scan.notes);
		if (scan.unclosed) {
			warnings.push({
				code: 'unclosed_note',
				message: `${place.label}的单位注释缺少右括号，已按段落末尾截止`,
				where: place.where
			});
		}
	}
	const lead = [...(parts.lead ?? [])];
	const responsible = [...(parts.responsible ?? [])];
	let open = parts.open ?? false;
	for (const note of notes) {
		const u = parseUnitNote(note);
		lead.push(...u.lead);
		responsible.push(...u.responsible);
		open ||= u.open;
	}

	const bodyText = body.join('\n');
	let title = parts.title ?? '';
	for (let i = 0; !title && i < body.length; i++) title = taskTitle(body[i]);
	title ||= UNTITLED;
	const scan = extractDeadlines(bodyText, year);
	// The text's own milestones say more ("完成汇总") than a table's 完成时限 cell for the same date.
	const deadlines = [...scan.deadlines];
	const dates = new Set(deadlines.map((d) => d.date));
	for (const d of parts.extraDeadlines ?? []) {
		if (dates.has(d.date)) continue;
		dates.add(d.date);
		deadlines.push(d);
	}
	for (const bad of scan.badDates) {
		warnings.push({
			code: 'bad_date',
			message: `${place.label}中的“${bad}”不是有效日期，未作为时间节点`,
			where: place.where
		});
	}
	const duties = dedupe([...(parts.extraDuties ?? []), ...scan.duties, ...scan.undated]);

	const task: ParsedTask = {
		code: parts.code,
		title,
		body: bodyText,
		lead_units: dedupe(lead),
		responsible_units: dedupe(responsible),
		open_list: open,
		deadlines,
		duties,
		unit_note: notes.join('；')
	};
	if (task.lead_units.length === 0 && task.responsible_units.length === 0) {
		warnings.push({ code: 'no_units', message: `${place.label}“${shorten(title)}”未列明责任单位`, where: place.where });
	}
	return task;
}

function shorten(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
