// Deterministic annual-report statistics that satisfy every identity (H1–H5), for tests and the
// benchmark: per applicant column, results drawn at random, 总计 their sum, 结转 chosen and 新收
// worked out so that 一 + 二 = （七）+ 四; 表四 groups likewise; 表二 figures and the 信息处理费 at random.
import {
	getFormat,
	TABLE3_COLUMNS,
	TABLE4_COLUMNS,
	TABLE4_GROUPS,
	type FormatId
} from '../../src/lib/annual-report/format';
import { INFO_FEE } from '../../src/lib/annual-report/extra';
import type { CellValue, Statistics } from '../../src/lib/annual-report/types';
import { seededRandom } from '../../src/lib/server/shared/random';

export function validStatistics(format: FormatId, seed: number, scale = 5): Statistics {
	const rand = seededRandom(seed);
	const int = (max: number) => Math.floor(rand() * (max + 1));
	const f = getFormat(format);
	const cells: Record<string, CellValue> = {};
	const results = f.table3.filter((r) => r.part === 'result');
	const applicants = TABLE3_COLUMNS.filter((c) => c.key !== 'total');
	for (const c of applicants) {
		let total = 0;
		for (const r of results) {
			// Most applications are granted or unavailable; the rest are rare.
			const x = int(r.key === 'granted' || r.key.startsWith('unable') ? scale * 3 : r.key === 'partial' ? scale : 1);
			cells[`t3.${r.key}.${c.key}`] = x;
			total += x;
		}
		const carriedOut = int(2);
		const carriedIn = Math.min(int(2), total + carriedOut);
		cells[`t3.total.${c.key}`] = total;
		cells[`t3.carriedOut.${c.key}`] = carriedOut;
		cells[`t3.carriedIn.${c.key}`] = carriedIn;
		cells[`t3.received.${c.key}`] = total + carriedOut - carriedIn;
	}
	for (const r of f.table3)
		cells[`t3.${r.key}.total`] = applicants.reduce((a, c) => a + (cells[`t3.${r.key}.${c.key}`] ?? 0), 0);
	for (const g of TABLE4_GROUPS) {
		let total = 0;
		for (const c of TABLE4_COLUMNS.filter((x) => x.key !== 'total')) {
			const x = int(1);
			cells[`t4.${g.key}.${c.key}`] = x;
			total += x;
		}
		cells[`t4.${g.key}.total`] = total;
	}
	for (const d of f.cells.filter((x) => x.table === 2))
		cells[d.key] = d.kind === 'money' ? int(50_000) / 100 : d.kind === 'delta' ? int(6) - 3 : int(scale * 20);
	cells[INFO_FEE] = rand() < 0.8 ? 0 : int(10_000) / 100;
	return { format, cells };
}

/** The statistics as the entry form would post them: every cell as typed text. */
export function asTyped(stats: Statistics): Record<string, string> {
	return Object.fromEntries(
		Object.entries(stats.cells).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])
	);
}
