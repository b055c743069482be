// Assignment snapshots (the bulletin's red and yellow lists) taken during the scoring pass are the ones
// snapshotSteps reads on its own: every unit's, classed or not, in the same order and state.
import { describe, expect, it } from 'vitest';
import { scoreSteps, snapshotSteps, type AssignmentSnapshot } from '../../../src/lib/server/scoring';
import { generateFacts } from '../../../src/lib/server/scoring/generate';
import { runAtOnce } from '../../../src/lib/server/shared/steps';
import { at, done, factsOf, rubricOf } from './helpers';

const rubric = rubricOf([{ id: 'x', name: '按期完成', max: 10, rules: [{ kind: 'plan-overdue', points: 1 }] }]);
// Only departments are classed: the county's assignments must be snapshotted all the same.
const departmentsOnly = { ...rubric, classes: [{ ...rubric.classes[0], kinds: ['department' as const] }] };

function both(facts: unknown, asOf: string, r = departmentsOnly) {
	const fromScoring: AssignmentSnapshot[] = [];
	const result = runAtOnce(scoreSteps(r, facts, asOf, { snapshots: fromScoring }));
	return { result, fromScoring, alone: runAtOnce(snapshotSteps(facts, asOf)) };
}

describe('snapshots from the scoring pass', () => {
	it('hold each assignment as it stood, including an unclassed unit', () => {
		const facts = factsOf([
			{ id: 1, taskId: 1, unitId: 1, role: 'lead', ...done(5, '2020-09-20') },
			{
				id: 2,
				taskId: 2,
				unitId: 2,
				role: 'responsible',
				reports: [{ id: 9, coversOn: '2020-10-31', sentAt: at('2020-11-02'), percent: 40 }]
			}
		]);
		const { result, fromScoring, alone } = both(facts, '2020-12-01');
		expect(result.excluded.map((e) => e.unitId)).toEqual([2]);
		expect(fromScoring).toEqual(alone);
		expect(fromScoring).toEqual([
			{
				id: 1,
				unitId: 1,
				taskId: 1,
				status: 'accepted',
				progressPercent: 100,
				lastReportedOn: null,
				dueDates: ['2020-09-30']
			},
			{
				id: 2,
				unitId: 2,
				taskId: 2,
				status: 'in_progress',
				progressPercent: 40,
				lastReportedOn: '2020-10-31',
				dueDates: ['2020-12-31']
			}
		]);
	});

	it('equal snapshotSteps on a generated year, interim and final', () => {
		const facts = generateFacts(
			{ units: 12, tasks: 30, unitsPerTask: 5, reportsPerAssignment: 6, entriesPerUnit: 0 },
			3
		);
		for (const asOf of ['2020-06-30', '2021-01-15']) {
			const { fromScoring, alone } = both(facts, asOf);
			expect(fromScoring).toHaveLength(facts.assignments.length);
			expect(fromScoring).toEqual(alone);
		}
	});
});
