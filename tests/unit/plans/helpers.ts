// Shared test helpers for the plan parser and readers.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, expect } from 'vitest';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Committed copies of ../shared/seeds/003… and ../shared/fixtures/shijiazhuang-2020.expected.json. */
export const sharedDir = resolve(repoRoot, 'tests/fixtures/shared');
export const referencePlanPath = join(sharedDir, '003_93ad0590acba159a.txt');
export const referenceExpectedPath = join(sharedDir, 'shijiazhuang-2020.expected.json');
export const fixturesDir = join(repoRoot, 'tests/fixtures/plans');

/** Every test in the calling file must make at least one assertion. */
export function requireAssertions(): void {
	beforeEach(() => {
		expect.hasAssertions();
	});
}

export function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(join(fixturesDir, name)));
}

export function fixtureText(name: string): string {
	return readFileSync(join(fixturesDir, name), 'utf8');
}

export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
	const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
	const r = spawnSync(process.execPath, [tsx, join(repoRoot, 'scripts/plan-parse.ts'), ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
		env: { ...process.env, TZ: 'Asia/Shanghai' },
		timeout: 60_000
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface ExpectedPlan {
	plan: { title: string; year: number; doc_number: string; issuer: string; issued_on: string };
	groups: Record<string, string>;
	sections: {
		code: string;
		title: string;
		items: {
			code: string;
			title: string;
			lead_units: string[];
			responsible_units: string[];
			open_list: boolean;
			deadlines: { date: string; what: string }[];
		}[];
	}[];
	counts: { sections: number; items: number; items_without_units: number; items_with_lead_units: number };
}

export function loadReferenceExpected(): ExpectedPlan {
	return JSON.parse(readFileSync(referenceExpectedPath, 'utf8')) as ExpectedPlan;
}

/** Field-by-field comparison against the hand-checked fixture; deadlines by date only. */
export function expectMatchesFixture(
	actual: { plan: unknown; sections: ExpectedPlan['sections'] },
	expected: ExpectedPlan
): void {
	expect(actual.plan).toEqual(expected.plan);
	expect(actual.sections.map((s) => s.code)).toEqual(expected.sections.map((s) => s.code));
	expected.sections.forEach((es, si) => {
		const as = actual.sections[si];
		expect(as.title, `section ${es.code} title`).toBe(es.title);
		expect(
			as.items.map((i) => i.code),
			`section ${es.code} item codes`
		).toEqual(es.items.map((i) => i.code));
		es.items.forEach((ei, ii) => {
			const ai = as.items[ii];
			const where = `${es.code}${ei.code}`;
			expect(ai.title, `${where} title`).toBe(ei.title);
			expect(ai.lead_units, `${where} lead_units`).toEqual(ei.lead_units);
			expect(ai.responsible_units, `${where} responsible_units`).toEqual(ei.responsible_units);
			expect(ai.open_list, `${where} open_list`).toBe(ei.open_list);
			expect(
				ai.deadlines.map((d) => d.date),
				`${where} deadline dates`
			).toEqual(ei.deadlines.map((d) => d.date));
		});
	});
}
