// Property: whatever the text, an import either writes the whole parsed plan or nothing at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../../src/lib/server/db/client';
import { assignment, milestone, plan, section, task, unit, unitAlias } from '../../../src/lib/server/db/schema';
import * as importer from '../../../src/lib/server/plans/import';
import { parsePlanText } from '../../../src/lib/server/plans/parse';
import { DomainError } from '../../../src/lib/server/shared/errors';
import { makeUser, testDb } from '../../helpers/db';
import { apply, op } from '../../helpers/mutations';
import { referenceText } from '../../helpers/plans';

const reference = referenceText();

function snapshot(db: DB) {
	return [plan, section, task, milestone, assignment, unit, unitAlias].map((t) => db.select().from(t).all().length);
}

describe('importing mutated plans', () => {
	it('writes everything or nothing, and never crashes', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		let imported = 0;
		let refused = 0;
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), fc.boolean(), (ops, mapUnknownToNew) => {
				const text = ops.reduce(apply, reference).replaceAll('2020年', `${2030 + imported}年`);
				const before = snapshot(db);
				const parsed = parsePlanText(text, { defaultYear: 2030 });
				let draftId: number;
				try {
					draftId = importer.createDraft(db, admin, parsed, { name: 'fuzz', text });
				} catch (e) {
					expect(e).toBeInstanceOf(DomainError);
					expect(snapshot(db)).toEqual(before);
					refused++;
					return;
				}
				const preview = importer.previewImport(db, importer.getDraft(db, draftId)!);
				const d = importer.defaultDecisions(preview);
				// Unknown names: sometimes dropped, sometimes created as units (names may clash: that must roll back).
				for (const u of preview.unknown)
					d.mappings[u.raw] = mapUnknownToNew
						? { kind: 'new', name: u.raw, shortName: u.raw, unitKind: 'department' }
						: { kind: 'drop' };
				if (preview.existing) d.mode = 'update';
				try {
					const result = importer.confirmImport(db, admin, draftId, d);
					const after = snapshot(db);
					if (d.mode === 'create') {
						expect(after[2] - before[2]).toBe(preview.counts.tasks);
						expect(after[1] - before[1]).toBe(preview.counts.sections);
						expect(after[0] - before[0]).toBe(1);
					}
					expect(result.planId).toBeGreaterThan(0);
					imported++;
				} catch (e) {
					expect(e).toBeInstanceOf(DomainError);
					expect(snapshot(db)).toEqual(before);
					refused++;
				}
			}),
			{ numRuns: 60, seed: 28 }
		);
		expect(imported + refused).toBe(60);
		expect(imported).toBeGreaterThan(0);
	}, 120_000);
});
