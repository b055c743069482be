// The loader against the engine at scale: generated facts (a year of reports, late and returned
// submissions, extensions, entries) written into the database row for row, loaded back with
// loadFacts, score exactly as the facts themselves do — for both shipped rubrics, final and interim.
import { describe, expect, it } from 'vitest';
import { computeScores, SHIPPED_RUBRICS } from '../../../src/lib/server/scoring';
import { generateFacts, SHIJIAZHUANG_ENTRIES } from '../../../src/lib/server/scoring/generate';
import { loadFacts } from '../../../src/lib/server/scoring/load';
import { testDb } from '../../helpers/db';
import { writeFacts } from '../../helpers/facts-db';

const SIZE = { units: 24, tasks: 36, unitsPerTask: 6, reportsPerAssignment: 6, entriesPerUnit: 3 };

describe('loadFacts', () => {
	for (const [name, entries] of [
		['default', undefined],
		['shijiazhuang-2020', SHIJIAZHUANG_ENTRIES]
	] as const)
		it(`reads back what was written: the ${name} rubric scores the database as it scores the facts`, () => {
			expect.hasAssertions();
			const facts = generateFacts(SIZE, 7, entries);
			const db = testDb({ seedUnits: false });
			const { planId } = writeFacts(db, facts);
			const loaded = loadFacts(db, planId);
			expect(loaded.assignments).toHaveLength(facts.assignments.length);
			expect(loaded.assignments.reduce((n, a) => n + a.reportColumns!.id.length, 0)).toBe(
				facts.assignments.reduce((n, a) => n + a.reports!.length, 0)
			);
			// Each report's columns line up: its sent time, covered day and percentage are its own.
			const written = new Map(facts.assignments.flatMap((a) => a.reports!.map((r) => [r.id, r])));
			for (const a of loaded.assignments) {
				const c = a.reportColumns!;
				c.id.forEach((id, i) => {
					const r = written.get(id)!;
					expect([c.sentAt[i], c.coversDay[i], c.percent[i]]).toEqual([
						Date.parse(r.sentAt as string),
						Date.parse(`${r.coversOn}T00:00:00Z`) / 86_400_000,
						r.percent
					]);
				});
			}
			const rubric = SHIPPED_RUBRICS[name];
			for (const asOf of ['2020-06-30', '2020-10-31', '2021-01-15']) {
				const want = computeScores(rubric, facts, asOf);
				const got = computeScores(rubric, loaded, asOf);
				expect(got.units.map((u) => [u.unitId, u.total, u.rank])).toEqual(
					want.units.map((u) => [u.unitId, u.total, u.rank])
				);
				expect(got).toEqual(want);
			}
		});
});
