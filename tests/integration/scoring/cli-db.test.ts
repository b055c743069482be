// npm run score -- --db <path> --plan <id>: a plan in a database file, scored through the loader with
// the plan's rubric in force (the default one here), prints what computeScores gives for the facts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/server/db/client';
import { computeScores, SHIPPED_RUBRICS, type ScoreResult } from '../../../src/lib/server/scoring';
import { generateFacts } from '../../../src/lib/server/scoring/generate';
import { writeFacts } from '../../helpers/facts-db';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'score-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run score -- --db', { timeout: 120_000 }, () => {
	it('scores a plan in a database as the engine scores its facts', () => {
		const facts = generateFacts(
			{ units: 8, tasks: 12, unitsPerTask: 3, reportsPerAssignment: 4, entriesPerUnit: 2 },
			3
		);
		const path = join(dir, 'app.db');
		const db = openDatabase(path);
		const { planId } = writeFacts(db, facts);
		db.$client.close();
		const run = spawnSync(
			process.execPath,
			[
				join(root, 'node_modules/tsx/dist/cli.mjs'),
				join(root, 'scripts/score.ts'),
				'--db',
				path,
				'--plan',
				String(planId),
				'--as-of',
				'2021-01-15'
			],
			{ cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' }, timeout: 60_000 }
		);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const got = JSON.parse(run.stdout) as ScoreResult;
		const want = computeScores(SHIPPED_RUBRICS.default, facts, '2021-01-15');
		expect(got.units.map((u) => [u.unitId, u.total, u.rank, u.band])).toEqual(
			want.units.map((u) => [u.unitId, u.total, u.rank, u.band])
		);
		expect(got.units.flatMap((u) => u.lines.map((l) => l.text))).toEqual(
			want.units.flatMap((u) => u.lines.map((l) => l.text))
		);
	});

	it('says which plan is missing', () => {
		const path = join(dir, 'empty.db');
		openDatabase(path).$client.close();
		const run = spawnSync(
			process.execPath,
			[join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/score.ts'), '--db', path, '--plan', '7'],
			{
				cwd: root,
				encoding: 'utf8'
			}
		);
		expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: '' });
		expect(run.stderr).toContain('工作要点不存在');
	});
});
