// Figures a report must state that are not cells of the national tables. 六、其他需要报告的事项 must
// say how much 信息处理费 was collected (条例 第四十二条), even when none, and no table has a cell for
// it; so the statistics form asks for it, it is kept with the statistics under its own key, checked
// like a cell (a number, and not blank on submission) and added up for the city like one. It is not
// part of the national format: report:check's `tables` never lists it.

import type { CellKind } from './format';
import type { CheckResult, Statistics } from './types';
import { invalidValue } from './values';

export interface ExtraCell {
	key: string;
	kind: CellKind;
	label: string;
	/** What the form says under the field. */
	hint: string;
}

export const EXTRA_CELLS: readonly ExtraCell[] = [
	{
		key: 'x.infoFee',
		kind: 'money',
		label: '本年收取信息处理费（单位：元）',
		hint: '写入“六、其他需要报告的事项”；未收取填 0'
	}
];

export const INFO_FEE = 'x.infoFee';

export const extraCell = (key: string): ExtraCell | undefined => EXTRA_CELLS.find((c) => c.key === key);

/** H4 for the extra figures: a value its kind allows, and with `complete` none left blank. */
export function checkExtras(stats: Statistics, complete: boolean): CheckResult[] {
	const out: CheckResult[] = [];
	for (const c of EXTRA_CELLS) {
		const v = stats.cells[c.key] ?? null;
		const why = v === null ? (complete ? '未填写（未收取请填 0）' : null) : invalidValue(v, c.kind);
		if (why) out.push({ id: 'H4', level: 'error', where: { cells: [c.key] }, message: `${c.label}：${why}` });
	}
	return out;
}
