// The city's annual report on a province-sized dataset (tests/helpers/province.ts: 300 units, 10 years
// of plans, 30,000 assignments): 300 units' accepted 2025 statistics (deterministic, every identity
// holding), the province's own figures and its imported 2024 report; then the whole draft generated
// from the 2025 plan (3,000 assignments) and the aggregated tables. Target (issue 11, acceptance 4):
// under 2 s, never holding other requests up for more than 50 ms. Measured twice: in-process (the
// longest stretch of work between two turns of the event loop, in CPU time and wall clock) and
// through the production server (a second client asking for a page every 5 ms while the draft is
// generated, and for comparison while the server is idle).
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/lib/server/db/client';
import { annualReport, user } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/password';
import { writeBody } from '../../src/lib/server/body';
import { SYSTEM_ACTOR, type Actor } from '../../src/lib/server/shared/actor';
import { loadCityTotals } from '../../src/lib/server/annual-report/city';
import { generateDraft } from '../../src/lib/server/annual-report/draft/index';
import { getDraftView } from '../../src/lib/server/annual-report/draft/view';
import { importReport } from '../../src/lib/server/annual-report/imports';
import { getReportRow } from '../../src/lib/server/annual-report/store';
import { newReport } from '../../src/lib/annual-report/document';
import { PROVINCE, seedProvince } from '../../tests/helpers/province';
import { validStatistics } from '../../tests/helpers/report-statistics';
import { startServer } from '../../tests/helpers/server';
import { round, summarise, timed } from './stats';
import type { TaskResult } from './scenarios';
import { inFreshProcess } from './child';

const YEAR = 2025;
const RUNS = 5;
/** Issue 11, acceptance 4: no stretch of work over 50 ms of CPU (the 2 s is the scenario's target). */
const STRETCH_LIMIT_MS = 50;

function seedReports(db: DB, unitIds: number[]): Actor {
	const now = Date.now();
	writeBody(db, SYSTEM_ACTOR, { name: '测试省', issuer: '测试省人民政府', level: 'province', prefixes: ['省'] }, now);
	db.transaction((tx) => {
		for (const unitId of unitIds)
			tx.insert(annualReport)
				.values({
					year: YEAR,
					unitId,
					format: '2021',
					statistics: validStatistics('2021', unitId).cells as Record<string, number | null>,
					status: 'accepted',
					updatedAt: now
				})
				.run();
		tx.insert(annualReport)
			.values({
				year: YEAR,
				unitId: null,
				format: '2021',
				statistics: validStatistics('2021', 0).cells as Record<string, number | null>,
				updatedAt: now
			})
			.run();
	});
	const office: Actor = { ...SYSTEM_ACTOR, id: 0, username: 'bench' };
	const last = newReport({ title: '测试省人民政府2024年政府信息公开工作年度报告', year: YEAR - 1 });
	last.statistics = validStatistics('2021', 2024);
	last.sections[4].paragraphs = [
		'（二）改进措施：一是推进第3项重点任务，加强统筹。二是深化第7项重点任务。三是拓宽公开渠道。'
	];
	importReport(db, office, { unitId: null }, last);
	return office;
}

async function inProcess(db: DB, office: Actor) {
	const ref = { year: YEAR, unitId: null };
	type Run = Awaited<ReturnType<typeof timed>>;
	const runs: Run[] = [];
	const totals: Run[] = [];
	const views: Run[] = [];
	for (let i = 0; i < RUNS; i++) {
		totals.push(await timed(() => loadCityTotals(db, office, YEAR)));
		const version = getReportRow(db, ref)?.version ?? 0;
		runs.push(await timed(() => generateDraft(db, office, ref, { version })));
		// What the page then loads: the draft with its checks over the aggregated tables.
		views.push(await timed(() => getDraftView(db, office, ref)));
	}
	const view = await getDraftView(db, office, ref);
	const paragraphs = view.draft?.sections.reduce((a, s) => a + s.paragraphs.length, 0) ?? 0;
	return { runs, totals, views, paragraphs, checks: view.checks.length };
}

function request(url: URL, opts: http.RequestOptions, body?: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		const req = http.request(url, opts, (res) => {
			res.resume();
			res.on('end', () =>
				res.statusCode && res.statusCode < 400
					? resolve(performance.now() - t0)
					: reject(new Error(`HTTP ${res.statusCode}`))
			);
		});
		req.on('error', reject);
		req.end(body);
	});
}

async function login(base: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username: 'bench-admin', password: 'demo12345', next: '/' })
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (!cookie) throw new Error('登录失败');
	return cookie;
}

/** The draft generated through the server while another client asks for the login page every 5 ms. */
async function throughServer(dir: string) {
	const server = await startServer({ DATABASE_PATH: join(dir, 'app.db'), DEMO: '0', UPLOAD_DIR: join(dir, 'uploads') });
	try {
		const cookie = await login(server.url);
		const agent = new http.Agent({ keepAlive: true });
		const generate = async () => {
			const d = openDatabase(join(dir, 'app.db'), { migrate: false });
			const version = getReportRow(d, { year: YEAR, unitId: null })?.version ?? 0;
			d.$client.close();
			return request(
				new URL(`${server.url}/reports/${YEAR}/body/draft?/generate`),
				{
					method: 'POST',
					agent,
					headers: { cookie, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }
				},
				new URLSearchParams({ _form: 'draft', version: String(version) }).toString()
			);
		};
		const summary = () => request(new URL(`${server.url}/reports/${YEAR}/summary`), { agent, headers: { cookie } });
		await generate(); // warm-up
		const ping = async (samples: number[], until: () => boolean) => {
			const quiet = new http.Agent({ keepAlive: true });
			while (!until()) {
				samples.push(await request(new URL(`${server.url}/login`), { agent: quiet }));
				await new Promise((r) => setTimeout(r, 5));
			}
			quiet.destroy();
		};
		// The same pings with the server idle: what the machine itself costs them.
		const idle: number[] = [];
		const idleUntil = performance.now() + 3000;
		await ping(idle, () => performance.now() > idleUntil);
		const other: number[] = [];
		const drafts: number[] = [];
		const pages: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			let running = true;
			const pinger = ping(other, () => !running);
			drafts.push(await generate());
			pages.push(await summary());
			running = false;
			await pinger;
		}
		agent.destroy();
		return { drafts: summarise(drafts), pages: summarise(pages), other: summarise(other), idle: summarise(idle) };
	} finally {
		await server.stop();
	}
}

async function measure(): Promise<TaskResult> {
	// The build's output goes to stderr: stdout carries the JSON the suite reads (child.ts).
	if (!existsSync('build/index.js')) execSync('npx vite build', { stdio: ['ignore', 2, 'inherit'] });
	const dir = mkdtempSync(join(tmpdir(), 'yd-bench-report-'));
	try {
		const db = openDatabase(join(dir, 'app.db'));
		const { unitIds } = seedProvince(db, PROVINCE);
		const office = seedReports(db, unitIds);
		db.insert(user)
			.values({
				username: 'bench-admin',
				displayName: '基准测试',
				role: 'admin',
				passwordHash: await hashPassword('demo12345')
			})
			.run();
		const local = await inProcess(db, office);
		const counts = db.$client
			.prepare(
				`select (select count(*) from annual_report where year = ${YEAR} and status = 'accepted') units,
				 (select count(*) from assignment a join plan p on p.id = a.plan_id where p.year = ${YEAR}) assignments,
				 (select count(*) from assignment) all_assignments`
			)
			.get() as Record<string, number>;
		db.$client.close();
		const remote = await throughServer(dir);
		const draft = summarise(local.runs.map((r) => r.ms));
		const all = [...local.runs, ...local.totals, ...local.views];
		const blocked = Math.max(...all.map((r) => r.blockedMs));
		const cpu = Math.max(...all.map((r) => r.cpuMs));
		const problems: string[] = [];
		// The 50 ms is judged on CPU time, which is ours; wall-clock latencies of the other requests are
		// reported beside it, but on a machine shared with other work they include time the server
		// process was not scheduled at all (compare idle_request_ms_max and load_average_1min).
		if (cpu > STRETCH_LIMIT_MS)
			problems.push(`最长一段不让出的计算 ${round(cpu)} ms（CPU），应不超过 ${STRETCH_LIMIT_MS} ms`);
		return {
			rps: null,
			p50_ms: round(draft.p50),
			// The slowest draft, in process or through the server: what the 2 s target is judged on.
			p99_ms: round(Math.max(draft.max, remote.drafts.max)),
			statements: null,
			rss_mb: round(process.memoryUsage().rss / 2 ** 20, 1),
			event_loop_p99_ms: round(blocked),
			figures: {
				units_accepted: counts.units,
				plan_assignments: counts.assignments,
				all_assignments: counts.all_assignments,
				draft_paragraphs: local.paragraphs,
				draft_checks: local.checks,
				draft_ms_first: round(local.runs[0].ms),
				draft_ms_p50: round(draft.p50),
				draft_ms_max: round(draft.max),
				totals_ms_p50: round(summarise(local.totals.map((r) => r.ms)).p50),
				draft_page_load_ms_p50: round(summarise(local.views.map((r) => r.ms)).p50),
				longest_stretch_cpu_ms: round(cpu),
				event_loop_gap_ms_max: round(blocked),
				http_draft_ms_p50: round(remote.drafts.p50),
				http_draft_ms_max: round(remote.drafts.max),
				http_summary_ms_p50: round(remote.pages.p50),
				other_requests: remote.other.n,
				other_request_ms_p50: round(remote.other.p50),
				other_request_ms_max: round(remote.other.max),
				idle_request_ms_p50: round(remote.idle.p50),
				idle_request_ms_max: round(remote.idle.max),
				load_average_1min: round(loadavg()[0], 1)
			},
			problems
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The suite's task, in a fresh process (child.ts), as the bulletin and scoring run. */
export async function benchAnnualReport(): Promise<TaskResult> {
	return inFreshProcess<TaskResult>('scripts/bench/annual-report.ts');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const r = await measure();
	if (process.argv.includes('--json')) console.log(JSON.stringify(r));
	else {
		console.log(`${r.problems.length ? '✗' : '✓'} annual-report  p50 ${r.p50_ms} ms, slowest ${r.p99_ms} ms`);
		for (const [k, v] of Object.entries(r.figures)) console.log(`    ${k}: ${v}`);
		for (const m of r.problems) console.log(`    ✗ ${m}`);
	}
	process.exit(r.problems.length ? 1 : 0);
}
