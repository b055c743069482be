// The score CLI on every scenario in docs/examples: its output must reproduce the hand-computed
// result written beside each (<name>.expected.json). Bad input: exit 1, a Chinese message, no stdout.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScoreNode, ScoreResult } from '../../../src/lib/server/scoring';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const examples = join(root, 'docs/examples');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function score(...args: string[]) {
	const r = spawnSync(process.execPath, [tsx, join(root, 'scripts/score.ts'), ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, TZ: 'Asia/Shanghai' },
		timeout: 60_000,
		maxBuffer: 64 * 1024 * 1024
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Expected {
	units: (Record<string, unknown> & { unitId: number; scores: Record<string, number> })[];
	excluded: ScoreResult['excluded'];
}

const nodeScores = (nodes: ScoreNode[], out = new Map<string, number>()) => {
	for (const n of nodes) {
		out.set(n.id, n.score);
		if (n.children) nodeScores(n.children, out);
	}
	return out;
};

const scenarios = readdirSync(examples).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

// Each run starts tsx (a few seconds on a busy machine).
describe('npm run score -- docs/examples/…', { timeout: 120_000 }, () => {
	it('has examples to run', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(2);
	});

	it.each(scenarios)('%s reproduces its hand-computed result', (file) => {
		const expected = JSON.parse(
			readFileSync(join(examples, file.replace(/\.json$/, '.expected.json')), 'utf8')
		) as Expected;
		const run = score(join(examples, file));
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const result = JSON.parse(run.stdout) as ScoreResult;
		expect(result.units.map((u) => u.unitId)).toEqual(expected.units.map((u) => u.unitId));
		for (const want of expected.units) {
			const got = result.units.find((u) => u.unitId === want.unitId)!;
			const { scores, ...fields } = want;
			expect({ ...got, bandBeforeQuota: got.bandBeforeQuota }).toMatchObject({ bandBeforeQuota: undefined, ...fields });
			const nodes = nodeScores(got.tree);
			expect(Object.fromEntries(Object.keys(scores).map((id) => [id, nodes.get(id)]))).toEqual(scores);
			// Every point is a line.
			expect(Math.round(got.lines.reduce((s, l) => s + l.points, 0) * 100)).toBe(Math.round(got.total * 100));
		}
		expect(result.excluded).toEqual(expected.excluded);
	});

	it('scores the same scenario on another day with --as-of', () => {
		const run = score(join(examples, 'default-2020-interim.json'), '--as-of', '2020-09-30');
		const result = JSON.parse(run.stdout) as ScoreResult;
		expect(result.asOf).toBe('2020-09-30');
		// 市司法局 on 2020-09-30: 五(一) 良 on time 0.85; 三(三) 30% reported 2020-09-18 → 0.15 → 100 × 1 / 2 = 50.
		expect(result.units.find((u) => u.unitId === 1)!.total).toBe(50);
	});

	it('refuses bad input with a Chinese message and exit status 1', () => {
		const dir = tmpdir();
		const write = (name: string, text: string) => {
			const path = join(dir, `score-cli-${process.pid}-${name}`);
			writeFileSync(path, text);
			return path;
		};
		const cases: [string[], string][] = [
			[[], '用法：npm run --silent score -- <场景文件.json>'],
			[[join(examples, 'missing.json')], '找不到文件'],
			[[write('broken.json', '{"format": ')], '不是有效的 JSON'],
			[[write('other.json', '{"format": "x"}')], '不是要点督办的计分场景'],
			[[join(examples, 'default-2020-interim.json'), '--as-of', 'tomorrow'], '--as-of 需要一个日期'],
			[['--db', join(dir, 'no-such.db'), '--plan', '1'], '找不到数据库文件'],
			[['--db', join(examples, 'default-2020-interim.json'), '--plan', 'x'], '--plan 需要工作要点的 id'],
			[['--db', join(examples, 'default-2020-interim.json')], '--db 和 --plan 需要一起使用'],
			[
				[
					write(
						'rubric.json',
						JSON.stringify({
							format: 'yaodian-scenario',
							version: 1,
							asOf: '2020-12-31',
							rubric: { format: 'yaodian-rubric', version: 1 },
							facts: {}
						})
					)
				],
				'评分细则有误'
			]
		];
		for (const [args, message] of cases) {
			const run = score(...args);
			expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: '' });
			expect(run.stderr).toContain(message);
		}
	});
});
