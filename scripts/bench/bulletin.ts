// Issuing a bulletin (通报) for the province (issue 10, acceptance 4): 300 units, 30,000 assignments
// with a year of history written into a database (tests/helpers/facts-db.ts), scored with the 石家庄
// rubric and frozen (every unit, every breakdown line, the red and yellow lists) in slices. Target:
// under 2 s, never holding the event loop (other requests) for more than 50 ms: the longest stretch
// between two turns of the loop, in wall clock and CPU time.
// Runs on its own (npx tsx scripts/bench/bulletin.ts [--json]) and exports benchBulletin for the suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import { useShippedRubric } from '../../src/lib/server/assessment/rubrics';
import { issueBulletin } from '../../src/lib/server/bulletins/issue';
import { generateFacts, PROVINCE_FACTS, SHIJIAZHUANG_ENTRIES } from '../../src/lib/server/scoring/generate';
import type { Actor } from '../../src/lib/server/shared/actor';
import { writeFacts } from '../../tests/helpers/facts-db';
import { round, summarise, timed, type BenchResult } from './stats';
import type { TaskResult } from './scenarios';
import { inFreshProcess } from './child';

const TARGET_MS = 2000;
const BLOCK_MS = 50;
const RUNS = 3;

export async function benchBulletin(): Promise<BenchResult> {
	const dir = mkdtempSync(join(tmpdir(), 'yd-bench-bulletin-'));
	try {
		const db = openDatabase(join(dir, 'app.db'));
		// The generated facts only seed the database: a server issuing a bulletin holds none of them, so
		// neither does this process while it measures (a 100 MB object graph every major GC would mark).
		const { planId, officeId, units, assignments } = seed(db);
		const office: Actor = { id: officeId, username: 'office', role: 'admin', unitId: null, ip: '' };
		useShippedRubric(db, office, planId, 'shijiazhuang-2020', 0);
		const ms: number[] = [];
		const blocked: number[] = [];
		const cpu: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const t = await timed(() =>
				issueBulletin(
					db,
					office,
					planId,
					{
						kind: 'annual',
						docNumber: `测政公办〔2021〕${i + 1}号`,
						title: '关于2020年度政务公开工作考核结果的通报',
						cutOff: '2020-12-31',
						publish: 'scores',
						comment: '',
						issuer: '测试省人民政府办公厅'
					},
					{ now: Date.parse('2021-01-15T10:00:00+08:00') + i }
				)
			);
			ms.push(t.ms);
			blocked.push(t.blockedMs);
			cpu.push(t.cpuMs);
		}
		const rows = db.$client.prepare('select count(*) n from bulletin_line').get() as { n: number };
		db.$client.close();
		const s = summarise(ms);
		const worstBlock = Math.max(...blocked);
		return {
			name: 'bulletin-issue-province',
			figures: {
				units,
				assignments,
				frozen_lines_per_bulletin: Math.round(rows.n / RUNS),
				runs: s.n,
				p50_ms: round(s.p50),
				max_ms: round(s.max),
				longest_block_ms: round(worstBlock),
				longest_block_cpu_ms: round(Math.max(...cpu)),
				rss_mb: round(process.memoryUsage().rss / 2 ** 20, 1)
			},
			target: `p50 < ${TARGET_MS} ms, event loop never held > ${BLOCK_MS} ms`,
			pass: s.p50 < TARGET_MS && worstBlock <= BLOCK_MS
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function seed(db: ReturnType<typeof openDatabase>) {
	const facts = generateFacts(PROVINCE_FACTS, 42, SHIJIAZHUANG_ENTRIES);
	return { ...writeFacts(db, facts), units: facts.units.length, assignments: facts.assignments.length };
}

/** The suite's task, in a fresh process (child.ts): judged on p50 and the longest block. */
export async function benchBulletinTask(): Promise<TaskResult> {
	const r = inFreshProcess<BenchResult>('scripts/bench/bulletin.ts');
	const f = r.figures;
	// The suite judges p50 by its target; the hold is judged here, or a run that held other requests
	// up for longer than the issue allows would still read as passing.
	const block = Number(f.longest_block_ms);
	const problems = block > BLOCK_MS ? [`最长一次阻塞 ${block} ms，应不超过 ${BLOCK_MS} ms`] : [];
	return {
		rps: null,
		p50_ms: Number(f.p50_ms),
		p99_ms: Number(f.max_ms),
		statements: null,
		rss_mb: Number(f.rss_mb),
		event_loop_p99_ms: Number(f.longest_block_ms),
		figures: f,
		problems
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const r = await benchBulletin();
	if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
	else {
		console.log(`${r.pass ? '✓' : '✗'} ${r.name}  (${r.target})`);
		for (const [k, v] of Object.entries(r.figures)) console.log(`    ${k}: ${v}`);
	}
	process.exit(r.pass ? 0 : 1);
}
