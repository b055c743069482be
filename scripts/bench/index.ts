// npm run bench [-- --only board,matrix] [--scale 2] [--years 10] [--runs 3] [--seconds 10] [--json]
//                  [--baseline previous.json]
// Seeds a province (scale × 300 units and 1,000 tasks per year, `years` plans) into SQLite, starts
// the production build (building it when src/ is newer), and runs the scenarios of scenarios.ts.
// Prints a table (median and best of the runs, each against its target); --json prints one document
// { scenarios: [{ name, rps, p50_ms, p99_ms, statements, rss_mb, event_loop_p99_ms, … }], machine }.
// --baseline compares with an earlier --json output: p99 and req/s within 1.2×, statements equal.
// Exit status 1 when a target is missed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shanghaiDate } from '../../src/lib/server/shared/time';
import { SCENARIOS, type BenchContext, type HttpScenario, type TaskScenario } from './scenarios';
import { BENCH_PASSWORD, countBenchReports, seedBench } from './seed';
import { signIn, startBenchServer } from './server';
import { runHttp, runTask, type ScenarioOutcome } from './run';
import { ensureBuild, machineInfo } from './machine';
import { compareWithBaseline, judge, printTable, type ScenarioReport } from './verdict';
import { WRITE_MARKER } from './scenarios';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	const eq = args.find((a) => a.startsWith(`--${name}=`));
	return eq ? eq.split('=')[1] : i >= 0 ? args[i + 1] : fallback;
};
const json = args.includes('--json');
const scale = Number(opt('scale', '1'));
const years = Number(opt('years', '1'));
const runs = Number(opt('runs', '3'));
const seconds = Number(opt('seconds', process.env.BENCH_SECONDS ?? '10'));
const only = opt('only', SCENARIOS.map((s) => s.name).join(',')).split(',');
const unknown = only.filter((o) => !SCENARIOS.some((s) => s.name === o));
if (unknown.length) {
	console.error(`未知的场景：${unknown.join(', ')}（可选：${SCENARIOS.map((s) => s.name).join(', ')}）`);
	process.exit(2);
}
const say = (m: string) => !json && console.error(m);
const chosen = SCENARIOS.filter((s) => only.includes(s.name));
const http = chosen.filter((s): s is HttpScenario => s.kind === 'http');
const tasks = chosen.filter((s): s is TaskScenario => s.kind === 'task');

const machineBefore = machineInfo();
const outcomes: ScenarioOutcome[] = [];
let seed: Record<string, number | string> = {};

if (http.length) {
	ensureBuild(say);
	const dir = mkdtempSync(join(tmpdir(), 'yd-bench-'));
	try {
		say(`… 写入数据（${scale}× 规模，${years} 年）`);
		const world = await seedBench(dir, { scale, years });
		seed = { ...world.counts, seed_s: Math.round(world.seedSeconds * 10) / 10 };
		say(`  ${JSON.stringify(seed)}`);
		say('… 启动生产构建');
		const server = await startBenchServer(dir);
		try {
			const cookies = {
				leader: await signIn(server.url, world.leaderUser, BENCH_PASSWORD),
				office: await signIn(server.url, world.officeUser, BENCH_PASSWORD),
				unit: await signIn(server.url, world.unitUser, BENCH_PASSWORD),
				writers: [] as string[]
			};
			for (const w of world.writers) cookies.writers.push(await signIn(server.url, w.username, BENCH_PASSWORD));
			const ctx: BenchContext = { world, server, cookies, today: shanghaiDate() };
			for (const s of http) {
				say(`… ${s.name}（${s.title}）`);
				const before = s.name === 'send-report' ? countBenchReports(world.dbPath, WRITE_MARKER) : 0;
				const outcome = await runHttp(s, ctx, { runs, seconds });
				if (s.name === 'send-report') {
					const stored = countBenchReports(world.dbPath, WRITE_MARKER) - before;
					outcome.figures.stored_reports = stored;
				}
				outcomes.push(outcome);
			}
		} finally {
			await server.stop();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
for (const s of tasks) {
	say(`… ${s.name}（${s.title}）`);
	outcomes.push(await runTask(s, { runs: s.runs ?? runs }));
}

const reports: ScenarioReport[] = outcomes.map((o) =>
	judge(
		o,
		SCENARIOS.find((s) => s.name === o.name)!
	)
);
const baselinePath = opt('baseline', '');
const comparison = baselinePath ? compareWithBaseline(reports, JSON.parse(readFileSync(baselinePath, 'utf8'))) : null;
const machine = { ...machineBefore, load_avg_after: machineInfo().load_avg_before, scale, years, runs, seconds, seed };
if (json) console.log(JSON.stringify({ scenarios: reports, machine, comparison }, null, 2));
else printTable(reports, machine, comparison);
const failed = reports.some((r) => !r.pass) || (comparison?.some((c) => !c.pass) ?? false);
process.exit(failed ? 1 : 0);
