// The board under load: a province-sized dataset (300 units, 10 years × 100 tasks × 30 units =
// 30,000 assignments, 12 reports each, 60,000 evidence rows), seeded deterministically, served by
// the production build; 10 concurrent keep-alive connections for a fixed time. Then again with
// twice the units and tasks. Targets: ≥ 300 req/s, p99 ≤ 100 ms, p99 at 2× ≤ 1.5 × p99 at 1×.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/auth/password';
import { user } from '../../src/lib/server/db/schema';
import { getBoard } from '../../src/lib/server/boards/board';
import { PROVINCE, scaled, seedProvince } from '../../tests/helpers/province';
import { startServer } from '../../tests/helpers/server';
import { round, summarise, type BenchResult } from './stats';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

async function seed(dir: string, k: number) {
	const db = openDatabase(join(dir, 'app.db'));
	const t0 = performance.now();
	const { planIds } = seedProvince(db, scaled(PROVINCE, k));
	const seedMs = performance.now() - t0;
	db.insert(user)
		.values({
			username: 'leader',
			displayName: '分管领导',
			role: 'leader',
			passwordHash: await hashPassword('demo12345')
		})
		.run();
	const counts = db.$client
		.prepare(
			'select (select count(*) from unit) units, (select count(*) from task) tasks, (select count(*) from assignment) assignments, (select count(*) from progress_report) reports, (select count(*) from evidence) evidence'
		)
		.get() as Record<string, number>;
	// What a cache miss costs: the board computed from scratch.
	const planId = planIds[planIds.length - 1];
	const cold: number[] = [];
	for (let i = 0; i < 20; i++) {
		const t = performance.now();
		getBoard(db, { role: 'leader', unitId: null }, { planId }, '2025-06-01', { useCache: false });
		cold.push(performance.now() - t);
	}
	db.$client.close();
	return { planId, counts, seedMs, coldMs: summarise(cold) };
}

function get(agent: http.Agent, url: URL, cookie: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		const req = http.get(url, { agent, headers: { cookie } }, (res) => {
			res.resume();
			res.on('end', () =>
				res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`HTTP ${res.statusCode}`))
			);
		});
		req.on('error', reject);
	});
}

async function load(url: URL, cookie: string, seconds: number) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
	const samples: number[] = [];
	let errors = 0;
	const end = performance.now() + seconds * 1000;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: CONNECTIONS }, async () => {
			while (performance.now() < end) {
				try {
					samples.push(await get(agent, url, cookie));
				} catch {
					errors++;
				}
			}
		})
	);
	const elapsed = (performance.now() - t0) / 1000;
	agent.destroy();
	return { ...summarise(samples), rps: samples.length / elapsed, errors };
}

async function login(base: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username: 'leader', password: 'demo12345', next: '/' })
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (!cookie) throw new Error('登录失败');
	return cookie;
}

async function run(k: number) {
	const dir = mkdtempSync(join(tmpdir(), `yd-bench-board-${k}x-`));
	try {
		const s = await seed(dir, k);
		const server = await startServer({
			DATABASE_PATH: join(dir, 'app.db'),
			DEMO: '0',
			UPLOAD_DIR: join(dir, 'uploads')
		});
		try {
			const cookie = await login(server.url);
			const board = new URL(`${server.url}/boards?plan=${s.planId}`);
			await load(board, cookie, 2); // warm-up
			const result = await load(board, cookie, SECONDS);
			const matrix = await load(
				new URL(`${server.url}/boards/matrix?plan=${s.planId}`),
				cookie,
				Math.max(3, SECONDS / 3)
			);
			return { ...s, board: result, matrix };
		} finally {
			await server.stop();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export async function benchBoard(): Promise<BenchResult[]> {
	if (!existsSync('build/index.js')) execSync('npx vite build', { stdio: 'inherit' });
	const one = await run(1);
	const two = await run(2);
	const fig = (r: Awaited<ReturnType<typeof run>>) => ({
		units: r.counts.units,
		tasks: r.counts.tasks,
		assignments: r.counts.assignments,
		reports: r.counts.reports,
		evidence: r.counts.evidence,
		seed_s: round(r.seedMs / 1000, 1),
		board_cold_ms_p50: round(r.coldMs.p50),
		board_rps: round(r.board.rps, 0),
		board_p50_ms: round(r.board.p50),
		board_p99_ms: round(r.board.p99),
		board_errors: r.board.errors,
		matrix_rps: round(r.matrix.rps, 0),
		matrix_p99_ms: round(r.matrix.p99)
	});
	const growth = two.board.p99 / one.board.p99;
	return [
		{
			name: 'board-province-1x',
			figures: fig(one),
			target: `≥ 300 req/s at ${CONNECTIONS} connections, p99 ≤ 100 ms`,
			pass: one.board.rps >= 300 && one.board.p99 <= 100 && one.board.errors === 0
		},
		{
			name: 'board-province-2x',
			figures: { ...fig(two), p99_growth: round(growth) },
			target: 'p99 at 2× data ≤ 1.5 × p99 at 1×',
			pass: growth <= 1.5 && two.board.errors === 0
		}
	];
}
