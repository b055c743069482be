// Recognising a 任务分解表's header row, in any column order, possibly below a title row and
// possibly split over two rows (责任单位 above 牵头单位 | 配合单位).

import { trimAll } from './text';

export type ColumnRole = 'seq' | 'category' | 'task' | 'body' | 'lead' | 'responsible' | 'deadline' | 'ignore';

export interface TableHeader {
	/** Index of the last header row; data starts after it. */
	lastRow: number;
	/** Index of the first header row (rows above it are the table's title). */
	firstRow: number;
	roles: (ColumnRole | null)[];
}

/** Header rows are looked for near the top only: a title or two, then the header. */
const MAX_HEADER_SEARCH = 15;

function norm(cell: string): string {
	return trimAll(cell ?? '')
		.replace(/[\s\u3000]+/g, '')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.replace(/[：:]$/, '');
}

export function headerRole(cell: string): ColumnRole | null {
	const h = norm(cell);
	if (!h || h.length > 24) return null;
	if (/^(序号|编号|序|项目编号|No\.?)$/i.test(h)) return 'seq';
	if (/(牵头|主责|主办)(单位|部门|处室|科室)/.test(h)) return 'lead';
	if (/(责任|配合|协办|参与|承办|落实|实施)(单位|部门|处室|科室|主体)|^(单位|部门)$/.test(h)) return 'responsible';
	if (/时限|时间|节点|期限|进度/.test(h)) return 'deadline';
	if (/备注|说明|附注|情况|进展|联系人|电话|领导/.test(h)) return 'ignore';
	if (/类别|部分|领域|一级|分类|板块|类型|方面|栏目/.test(h)) return 'category';
	if (/要求|内容|措施|具体|目标|举措/.test(h)) return 'body';
	if (/任务|事项|工作/.test(h)) return 'task';
	return null;
}

function rolesOf(row: string[]): (ColumnRole | null)[] {
	return row.map((c) => headerRole(c ?? ''));
}

function qualifies(roles: (ColumnRole | null)[]): boolean {
	const set = new Set(roles.filter((r): r is ColumnRole => r !== null && r !== 'ignore'));
	const hasTask = set.has('task') || set.has('body');
	// 序号 + 项目 is any table; a task table names who does it or by when.
	const hasWhoOrWhen = set.has('lead') || set.has('responsible') || set.has('deadline');
	return hasTask && hasWhoOrWhen;
}

/** Whether a row repeats the header (tables split over pages repeat it). */
export function isHeaderLike(row: string[]): boolean {
	return qualifies(rolesOf(row));
}

export function findHeader(rows: string[][]): TableHeader | null {
	const limit = Math.min(rows.length, MAX_HEADER_SEARCH);
	for (let i = 0; i < limit; i++) {
		const roles = rolesOf(rows[i] ?? []);
		if (!qualifies(roles)) continue;
		let lastRow = i;
		// A second header row names sub-columns under a merged 责任单位 (牵头单位 | 配合单位).
		const next = rows[i + 1];
		if (next) {
			const sub = rolesOf(next);
			const subUnits = sub.filter((r) => r === 'lead' || r === 'responsible').length;
			const otherText = next.some((c, j) => norm(c ?? '') && sub[j] === null && norm(c) !== norm(rows[i][j] ?? ''));
			if (subUnits > 0 && !otherText) {
				sub.forEach((r, j) => {
					if (r) roles[j] = r;
				});
				lastRow = i + 1;
			}
		}
		return { firstRow: i, lastRow, roles };
	}
	return null;
}
