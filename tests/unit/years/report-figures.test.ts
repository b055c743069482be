// The report figures the year-over-year views compare, in both national formats, with blank cells.
import { describe, expect, it } from 'vitest';
import { addReportFigures, computeReportFigures } from '../../../src/lib/server/years/report-figures';
import { emptyStatistics } from '../../../src/lib/annual-report/values';
import { validStatistics } from '../../helpers/report-statistics';

describe('computeReportFigures', () => {
	it('reads the 2021 format by its cell keys', () => {
		const s = validStatistics('2021', 3);
		const c = s.cells;
		expect(computeReportFigures(s)).toEqual({
			received: c['t3.received.total'],
			normativeIssued: c['t2.normative.issued'],
			normativeInForce: c['t2.normative.inForce'],
			reviews: c['t4.review.total'],
			lawsuits: c['t4.direct.total']! + c['t4.afterReview.total']!
		});
	});

	it('reads 本年新制作 and 对外公开总数量 in the 2019 trial format', () => {
		const s = validStatistics('2019', 4);
		const c = s.cells;
		expect(computeReportFigures(s)).toMatchObject({
			normativeIssued: c['t2.normative.made'],
			normativeInForce: c['t2.normative.total']
		});
	});

	it('keeps blank apart from 0: a sum is blank only when all of its cells are', () => {
		const blank = emptyStatistics('2021');
		expect(computeReportFigures(blank)).toEqual({
			received: null,
			normativeIssued: null,
			normativeInForce: null,
			reviews: null,
			lawsuits: null
		});
		const half = { ...blank, cells: { ...blank.cells, 't4.direct.total': 2 } };
		expect(computeReportFigures(half).lawsuits).toBe(2);
		const zero = { ...blank, cells: { ...blank.cells, 't3.received.total': 0 } };
		expect(computeReportFigures(zero).received).toBe(0);
	});
});

describe('addReportFigures', () => {
	it('adds predecessors’ figures field by field, blank where every part is blank', () => {
		const a = computeReportFigures(validStatistics('2021', 5));
		const b = { ...computeReportFigures(validStatistics('2021', 6)), reviews: null };
		const sum = addReportFigures([a, b])!;
		expect(sum.received).toBe(a.received! + b.received!);
		expect(sum.reviews).toBe(a.reviews);
		expect(addReportFigures([{ ...b }, { ...b }])!.reviews).toBeNull();
		expect(addReportFigures([])).toBeNull();
	});
});
