// Soft checks against other reports: S1 and S3 against the same body's report of the year before,
// S2 against the reports of the bodies it aggregates. Warnings: the office may acknowledge them.

import { getFormat, TABLE3_COLUMNS } from '../format';
import type { CellValue, CheckResult, Statistics } from '../types';
import { aggregateStatistics, formatValue, sameValue } from '../values';

const v = (s: Statistics, key: string): CellValue => s.cells[key] ?? null;

/** S1: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column. */
export function checkCarryOver(stats: Statistics, previous: Statistics): CheckResult[] {
	const diffs = TABLE3_COLUMNS.filter((c) => {
		const now = v(stats, `t3.carriedIn.${c.key}`);
		const before = v(previous, `t3.carriedOut.${c.key}`);
		return now !== null && before !== null && now !== before;
	});
	if (!diffs.length) return [];
	const detail = diffs
		.map(
			(c) =>
				`${c.label} 本年 ${formatValue(v(stats, `t3.carriedIn.${c.key}`))}、上年 ${formatValue(v(previous, `t3.carriedOut.${c.key}`))}`
		)
		.join('；');
	return [
		{
			id: 'S1',
			level: 'warning',
			where: { cells: diffs.map((c) => `t3.carriedIn.${c.key}`) },
			message: `表三「二、上年结转政府信息公开申请数量」与上年报告的「四、结转下年度继续办理」不一致：${detail}`
		}
	];
}

/** S3 (2021 format): 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数. */
export function checkDocumentsInForce(stats: Statistics, previous: Statistics): CheckResult[] {
	if (stats.format !== '2021' || previous.format !== '2021') return [];
	const out: CheckResult[] = [];
	for (const [row, name] of [
		['rules', '规章'],
		['normative', '行政规范性文件']
	]) {
		const k = (col: string) => `t2.${row}.${col}`;
		const [now, before, issued, repealed] = [
			v(stats, k('inForce')),
			v(previous, k('inForce')),
			v(stats, k('issued')),
			v(stats, k('repealed'))
		];
		if (now === null || before === null || issued === null || repealed === null) continue;
		const expected = before + issued - repealed;
		if (expected === now) continue;
		out.push({
			id: 'S3',
			level: 'warning',
			where: { cells: [k('inForce'), k('issued'), k('repealed')] },
			message:
				`表二 ${name}现行有效件数为 ${now}，而上年现行有效 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}` +
				'；如有失效、修改或清理，请在正文中说明'
		});
	}
	return out;
}

/**
 * S2: an aggregating report equals the sum of its parts, cell by cell. One warning per cell that
 * differs, naming the cell, the report's value and the sum; a cell blank in the report is compared
 * as 0 unless every part is blank too.
 */
export function checkAggregate(stats: Statistics, parts: readonly Statistics[]): CheckResult[] {
	if (!parts.length) return [];
	const sum = aggregateStatistics(parts, stats.format);
	const out: CheckResult[] = [];
	for (const def of getFormat(stats.format).cells) {
		const mine = v(stats, def.key);
		const theirs = v(sum, def.key);
		if (mine === null && theirs === null) continue;
		if (sameValue(mine, theirs, def.kind)) continue;
		out.push({
			id: 'S2',
			level: 'warning',
			where: { cells: [def.key] },
			message: `${def.label}：本报告为 ${formatValue(mine)}，${parts.length} 份下级报告相加为 ${formatValue(theirs ?? 0)}`
		});
	}
	return out;
}
