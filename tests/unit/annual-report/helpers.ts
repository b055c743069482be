// Shared helpers for the annual-report tests: committed fixtures, the CLI, statistics edits.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReportFile, type ReadResult } from '../../../src/lib/server/annual-report/read/index';
import type { CellValue, Statistics } from '../../../src/lib/annual-report/types';
import { repoRoot } from '../plans/helpers';

export { requireAssertions } from '../plans/helpers';

/** Committed copies of ../shared/fixtures/reports and the reports built from the seeds. */
export const reportsDir = join(repoRoot, 'tests/fixtures/reports');

export const reportBytes = (name: string) => new Uint8Array(readFileSync(join(reportsDir, name)));
export const reportText = (name: string) => readFileSync(join(reportsDir, name), 'utf8');
export const readFixture = (name: string): ReadResult => readReportFile(reportBytes(name), name);

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** `npm run --silent report:check -- …args`, run the way npm runs it (tsx on the script). */
export function reportCheck(args: string[]): CliResult {
	const r = spawnSync(
		process.execPath,
		[join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(repoRoot, 'scripts/report-check.ts'), ...args],
		{ cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, TZ: 'Asia/Shanghai' } }
	);
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the statistics with some cells changed. */
export function withCells(stats: Statistics, changes: Record<string, CellValue>): Statistics {
	return { ...stats, cells: { ...stats.cells, ...changes } };
}

/** The value of a cell, blank read as 0 (what the identities add up). */
export const valueOf = (stats: Statistics, key: string): number => stats.cells[key] ?? 0;
