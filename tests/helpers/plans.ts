// Helpers for plan-import tests: the reference plan and an import with default decisions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DB } from '../../src/lib/server/db/client';
import { parsePlanText } from '../../src/lib/server/plans/parse';
import * as importer from '../../src/lib/server/plans/import';
import type { Actor } from '../../src/lib/server/shared/actor';

/** Committed copies of ../shared/seeds/003… and its hand-checked parse (see tests/fixtures/shared/README.md). */
export const SHARED = join(import.meta.dirname, '../fixtures/shared');
export const REFERENCE_PLAN_PATH = join(SHARED, '003_93ad0590acba159a.txt');
export const REFERENCE_FIXTURE_PATH = join(SHARED, 'shijiazhuang-2020.expected.json');

export const referenceText = () => readFileSync(REFERENCE_PLAN_PATH, 'utf8');

export interface FixtureItem {
	code: string;
	title: string;
	lead_units: string[];
	responsible_units: string[];
	open_list: boolean;
	deadlines: { date: string; what: string }[];
}
export interface Fixture {
	plan: { title: string; year: number; doc_number: string; issuer: string; issued_on: string };
	sections: { code: string; title: string; items: FixtureItem[] }[];
	counts: { sections: number; items: number; items_without_units: number; items_with_lead_units: number };
}
export const referenceFixture = (): Fixture => JSON.parse(readFileSync(REFERENCE_FIXTURE_PATH, 'utf8'));

/** Parses text, makes a draft and returns it with its preview and default decisions. */
export function draftFrom(db: DB, actor: Actor, text: string) {
	const draftId = importer.createDraft(db, actor, parsePlanText(text), { name: 'test', text });
	const preview = importer.previewImport(db, importer.getDraft(db, draftId)!);
	return { draftId, preview, decisions: importer.defaultDecisions(preview) };
}
