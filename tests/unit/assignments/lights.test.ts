import { describe, expect, it } from 'vitest';
import { computeLight, LAG_TOLERANCE, type LightInput } from '../../../src/lib/server/assignments/lights';

const base: LightInput = {
	status: 'in_progress',
	progressPercent: 50,
	dueDates: ['2020-09-30', '2020-12-31'],
	planYear: 2020,
	planStart: '2020-08-06',
	reportDates: [],
	today: '2020-08-10',
	warnDays: 15
};
const light = (over: Partial<LightInput>) => computeLight({ ...base, ...over });

describe('traffic light', () => {
	it('is green once submitted or accepted, whatever the dates', () => {
		expect(light({ status: 'submitted', today: '2021-06-01' }).light).toBe('green');
		expect(light({ status: 'accepted', today: '2021-06-01' })).toMatchObject({ light: 'green', nextDue: null });
	});

	it('is green while the next milestone is far and progress keeps pace', () => {
		expect(light({})).toMatchObject({ light: 'green', nextDue: '2020-09-30' });
	});

	it('turns yellow within the warning window of the next milestone, not before', () => {
		expect(light({ today: '2020-09-14' }).light).toBe('green');
		expect(light({ today: '2020-09-15' })).toMatchObject({
			light: 'yellow',
			reason: '时间节点 2020-09-30 还有 15 天到期'
		});
		expect(light({ today: '2020-09-30' }).reason).toBe('时间节点 2020-09-30 今天到期');
		expect(light({ today: '2020-09-14', warnDays: 16 }).light).toBe('yellow');
	});

	it('turns red the day after an unmet milestone, counting the days', () => {
		expect(light({ today: '2020-10-01' })).toMatchObject({ light: 'red', overdueDays: 1, nextDue: '2020-09-30' });
	});

	it('meets an interim milestone with a progress report, moving on to the next one', () => {
		const r = light({ today: '2020-10-01', reportDates: ['2020-09-20'] });
		expect(r.nextDue).toBe('2020-12-31');
		// A report before the first milestone does not count for the second.
		expect(light({ today: '2021-01-02', reportDates: ['2020-09-20'] })).toMatchObject({
			light: 'red',
			nextDue: '2020-12-31'
		});
	});

	it('needs a submission, not just a report, for the last milestone', () => {
		expect(light({ today: '2021-01-01', reportDates: ['2020-09-20', '2020-12-30'], progressPercent: 100 }).light).toBe(
			'red'
		);
	});

	it('uses 31 December of the plan year when the task has no milestone', () => {
		expect(light({ dueDates: [], today: '2020-12-20', progressPercent: 90 })).toMatchObject({
			light: 'yellow',
			nextDue: '2020-12-31'
		});
		expect(light({ dueDates: [], today: '2021-01-01' }).light).toBe('red');
	});

	it('turns yellow when progress lags the elapsed share of the time', () => {
		// 2020-08-06 → 2020-12-31 is 147 days; on 2020-11-01, 87 days have passed: 59%.
		const lagging = light({ today: '2020-11-01', reportDates: ['2020-09-01'], progressPercent: 59 - LAG_TOLERANCE });
		expect(lagging).toMatchObject({ light: 'yellow', reason: `进度 ${59 - LAG_TOLERANCE}% 落后于序时进度 59%` });
		expect(light({ today: '2020-11-01', reportDates: ['2020-09-01'], progressPercent: 60 - LAG_TOLERANCE }).light).toBe(
			'green'
		);
	});

	it('says when a returned assignment is the reason', () => {
		expect(light({ status: 'returned', today: '2020-10-05' }).reason).toMatch(/^已退回；/);
	});
});
