// The scenario registry: every hot path `npm run bench` measures, with its stable name (the JSON's
// `name`) and its target. HTTP scenarios run against the production build at `connections`
// keep-alive connections; task scenarios run in the bench process (or start their own server).
//
// To add one (scoring, issuing a bulletin, the city annual report): append an entry to SCENARIOS
// below — an HttpScenario when it is a page or a form post (build its request from the context:
// cookies, ids), a TaskScenario when it is a job timed as a whole — and, when it needs data the
// province seed lacks, add it in seed.ts (BenchWorld) so every scenario sees the same database.
import type { BenchServer } from './server';
import type { BenchWorld } from './seed';
import type { ClientRequest } from './load';
import type { RunFigures } from './run';
import { benchImport } from './import';
import { benchParse } from './parse';
import { benchUpload } from './upload';
import { benchAnnualReport } from './annual-report';
import { benchScoringTask } from './scoring';
import { benchBulletinTask } from './bulletin';

export interface BenchContext {
	world: BenchWorld;
	server: BenchServer;
	/** Session cookies of the seeded accounts; writers[i] belongs to world.writers[i]. */
	cookies: { leader: string; office: string; unit: string; writers: string[] };
	/** Today in Shanghai: the date writers' reports cover. */
	today: string;
}

export interface Target {
	rps?: number;
	p99_ms?: number;
	/** The median duration (ms), where a median is what the target speaks of. */
	p50_ms?: number;
	/** A task's whole duration (ms). */
	total_ms?: number;
	/** Peak resident memory of the server (MB). */
	rss_mb?: number;
}

export interface HttpScenario {
	kind: 'http';
	name: string;
	title: string;
	target: Target;
	connections: number;
	request(ctx: BenchContext, connection: number): ClientRequest;
	/** Checks after the run (e.g. every acknowledged write is stored); a message when it is not. */
	verify?(ctx: BenchContext, ok: number): string | null;
}

export interface TaskResult extends RunFigures {
	figures: Record<string, number | string>;
	/** Whatever the task checks beyond the numbers (hashes verified, rows created). */
	problems: string[];
}

export interface TaskScenario {
	kind: 'task';
	name: string;
	title: string;
	target: Target;
	/** Runs of its own (it repeats its work inside, or is too heavy to repeat); else --runs. */
	runs?: number;
	run(): Promise<TaskResult>;
}

export type Scenario = HttpScenario | TaskScenario;

export const PAGE_P99_MS = 100;
export const EVENT_LOOP_P99_MS = 20;

const get = (path: string, cookie: string): ClientRequest => ({
	method: 'GET',
	path,
	headers: { cookie, accept: 'text/html' }
});

type Viewer = keyof Omit<BenchContext['cookies'], 'writers'>;

/** A page read at 10 connections by one signed-in account. */
const page = (
	name: string,
	title: string,
	target: Target,
	who: Viewer,
	path: (c: BenchContext) => string
): HttpScenario => ({
	kind: 'http',
	name,
	title,
	target,
	connections: 10,
	request: (c) => get(path(c), c.cookies[who])
});

/** The content every bench report carries: the writes check counts rows with it. */
export const WRITE_MARKER = '基准测试：本周按计划推进，已在门户网站公开。';

export const SCENARIOS: Scenario[] = [
	page('board', '督办看板（领导）', { rps: 500, p99_ms: 50 }, 'leader', (c) => `/boards?plan=${c.world.planId}`),
	page(
		'matrix',
		'台账（任务 × 单位）',
		{ rps: 200, p99_ms: 100 },
		'leader',
		(c) => `/boards/matrix?plan=${c.world.planId}`
	),
	page(
		'unit',
		'单位页',
		{ p99_ms: PAGE_P99_MS },
		'leader',
		(c) => `/boards/units/${c.world.unitId}?plan=${c.world.planId}`
	),
	page('my-tasks', '我的任务（单位填报人）', { p99_ms: PAGE_P99_MS }, 'unit', () => '/assignments'),
	page(
		'assignment',
		'任务分工页（含办理记录）',
		{ p99_ms: PAGE_P99_MS },
		'unit',
		(c) => `/assignments/${c.world.assignmentId}`
	),
	page('review-queue', '待审核队列（政务公开办）', { p99_ms: PAGE_P99_MS }, 'office', () => '/reviews'),
	page('ranking', '考核排名', { p99_ms: PAGE_P99_MS }, 'leader', (c) => `/assessment?plan=${c.world.planId}`),
	page('signed-in', '简单的登录后页面（账号设置）', { rps: 1500, p99_ms: PAGE_P99_MS }, 'unit', () => '/account'),
	{
		kind: 'http',
		name: 'send-report',
		title: '报送进展，50 个单位同时写入（synchronous=FULL）',
		target: { p99_ms: 50 },
		connections: 50,
		request: (c, i) => {
			const w = c.world.writers[i % c.world.writers.length];
			return {
				method: 'POST',
				path: `/assignments/${w.assignmentId}?/sendReport`,
				headers: {
					cookie: c.cookies.writers[i % c.cookies.writers.length],
					origin: c.server.url,
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'application/json',
					'x-sveltekit-action': 'true'
				},
				body: new URLSearchParams({
					content: WRITE_MARKER,
					percent: String(20 + (i % 60)),
					reportedOn: c.today
				}).toString()
			};
		}
	},
	{
		kind: 'task',
		name: 'import',
		title: '导入 2,000 项任务的 .xlsx 任务分解表',
		target: { total_ms: 3000 },
		run: () => benchImport(2000)
	},
	{
		kind: 'task',
		name: 'parse',
		title: '解析参考要点（石政办函〔2020〕28号）',
		target: { p99_ms: 20 },
		run: benchParse
	},
	{
		kind: 'task',
		name: 'upload',
		title: '同时上传 20 个 20 MB 文件',
		target: { rss_mb: 400 },
		runs: 1,
		run: benchUpload
	},
	{
		kind: 'task',
		name: 'scoring',
		title: '考核评分：全省 300 个单位、30,000 项分工（两套评分细则）',
		target: { p50_ms: 300 },
		runs: 1,
		run: benchScoringTask
	},
	{
		kind: 'task',
		name: 'annual-report',
		title: '市级年度报告：汇总 300 个单位并生成初稿（全省数据）',
		target: { total_ms: 2000 },
		runs: 1,
		run: benchAnnualReport
	},
	{
		kind: 'task',
		name: 'bulletin',
		title: '印发通报：冻结全省 300 个单位的得分、排名和每一行扣分说明',
		target: { p50_ms: 2000 },
		runs: 1,
		run: benchBulletinTask
	}
];
