// The levels of a 任务分解表 above its items: section rows (一、), sub-group rows ((一), the 二级
// heading of a three-level table) and a 工作任务 cell that holds the section heading of its block.

import { matchSection, matchTask } from './numbering';
import type { ColumnRole } from './table-header';
import { cellsOf } from './table-cells';
import { isHeaderLike } from './table-header';
import { trimAll } from './text';

export interface TaskGroup {
	/** "(一)", the sub-group's number as the task codes carry it. */
	code: string;
	title: string;
}

const PAREN_CN_SEQ_RE = /^[(（][一二三四五六七八九十]{1,3}[)）]$/;

function headingTitle(rest: string): string {
	const stop = rest.search(/[。！？!?]/);
	return trimAll(stop >= 0 ? rest.slice(0, stop) : rest);
}

/** The sub-group a row announces: one text "（一）推进决策公开" (a row merged across, or the task
 * column alone), or 序号 "（一）" + a heading with no units or dates. */
export function subGroupHeading(cells: string[], roles: (ColumnRole | null)[]): TaskGroup | null {
	const distinct = [...new Set(cells.map((c) => trimAll(c)).filter(Boolean))];
	if (distinct.length === 1) {
		const t = matchTask(distinct[0]);
		return t && t.style === 'paren-cn' && t.rest ? { code: t.code, title: headingTitle(t.rest) } : null;
	}
	const has = (role: ColumnRole) => cellsOf(cells, roles, role).length > 0;
	if (has('lead') || has('responsible') || has('deadline')) return null;
	const seq = cellsOf(cells, roles, 'seq')[0] ?? '';
	const texts = [...cellsOf(cells, roles, 'task'), ...cellsOf(cells, roles, 'body')];
	if (!PAREN_CN_SEQ_RE.test(seq) || texts.length !== 1) return null;
	const t = matchTask(seq);
	return t ? { code: t.code, title: headingTitle(texts[0]) } : null;
}

/** Whether the next data row after `r` is an item (1. / 1 / (1), or a row naming units), so a
 * "(一)" row above it is a sub-group and not a task of a two-level table whose units are missing. */
export function nextRowIsItem(rows: string[][], r: number, roles: (ColumnRole | null)[]): boolean {
	for (let k = r + 1; k < rows.length; k++) {
		const cells = (rows[k] ?? []).map((c) => trimAll(c ?? ''));
		if (!cells.some(Boolean) || isHeaderLike(cells)) continue;
		const seq = cellsOf(cells, roles, 'seq')[0] ?? '';
		const text = cellsOf(cells, roles, 'task')[0] ?? cellsOf(cells, roles, 'body')[0] ?? '';
		if (seq) return /^\d{1,3}[.．、]?$/.test(seq) || /^[(（]\d{1,3}[)）]$/.test(seq);
		const numbered = matchTask(text);
		if (numbered) return numbered.style !== 'paren-cn';
		if (matchSection(text)) return false;
		return cellsOf(cells, roles, 'lead').length + cellsOf(cells, roles, 'responsible').length > 0;
	}
	return false;
}

/** A 工作任务 cell "一、加强重点领域信息公开" beside a 工作要求 item: the heading of its section's
 * block (empty or repeated on the block's other rows), not a task of its own. */
export function sectionInTaskColumn(taskCells: string[], bodyCells: string[]): string | null {
	if (taskCells.length !== 1 || bodyCells.length === 0) return null;
	return matchSection(taskCells[0]) ? taskCells[0] : null;
}
