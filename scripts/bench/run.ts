// Running scenarios: HTTP ones against one seeded server (warm-up, then `runs` measured runs, each
// with the server's counters reset before and read after), task ones as they are. Each run keeps
// req/s, p50, p99, statements per request, the server's event-loop delay p99 and peak RSS.
import { loadavg } from 'node:os';
import { runLoad, type ClientRequest } from './load';
import type { BenchContext, HttpScenario, TaskResult, TaskScenario } from './scenarios';
import { round } from './stats';

export interface RunFigures {
	rps: number | null;
	p50_ms: number;
	p99_ms: number;
	statements: number | null;
	rss_mb: number;
	event_loop_p99_ms: number | null;
	/** Server CPU time per request: what a request costs whatever else the machine is doing. */
	cpu_ms_per_request?: number | null;
}

export interface ScenarioOutcome {
	name: string;
	title: string;
	runs: RunFigures[];
	figures: Record<string, number | string>;
	problems: string[];
	load_avg: number[];
}

const WARM_UP_SECONDS = 2;

export async function runHttp(
	s: HttpScenario,
	ctx: BenchContext,
	opts: { runs: number; seconds: number }
): Promise<ScenarioOutcome> {
	const spec = (seconds: number) => ({
		connections: s.connections,
		seconds,
		client: (i: number) => s.request(ctx, i)
	});
	// A page's first request after start-up may compute what later ones read from a cache (the board's
	// live ranking of the province): waited for once and reported apart, not inside the warm-up.
	const firstMs = await firstRequest(ctx.server.url, s.request(ctx, 0));
	const warm = await runLoad(ctx.server.url, spec(WARM_UP_SECONDS));
	const problems: string[] = [];
	if (warm.ok === 0) problems.push(`预热时没有成功的请求（非 2xx ${warm.non2xx}，错误 ${warm.errors}）`);
	const runs: RunFigures[] = [];
	const load_avg = loadavg().map((x) => round(x));
	let ok = 0;
	for (let r = 0; r < opts.runs && !problems.length; r++) {
		await ctx.server.stats(true);
		let peak = ctx.server.rssMb();
		const poll = setInterval(() => (peak = Math.max(peak, ctx.server.rssMb())), 100);
		const result = await runLoad(ctx.server.url, spec(opts.seconds));
		clearInterval(poll);
		const stats = await ctx.server.stats();
		ok += result.ok;
		if (result.non2xx || result.errors)
			problems.push(`第 ${r + 1} 次：非 2xx 应答 ${result.non2xx} 个，连接错误 ${result.errors} 个`);
		runs.push({
			rps: round(result.rps, 0),
			p50_ms: round(result.p50),
			p99_ms: round(result.p99),
			statements: stats.requests ? round(stats.statements / stats.requests, 1) : null,
			rss_mb: round(Math.max(peak, stats.rss_mb), 1),
			event_loop_p99_ms: stats.eventLoop.p99_ms,
			cpu_ms_per_request: stats.requests ? round(stats.cpu_ms / stats.requests, 2) : null
		});
	}
	const verdict = s.verify?.(ctx, ok + warm.ok);
	if (verdict) problems.push(verdict);
	const figures: Record<string, number> = { warm_up_requests: warm.ok };
	if (firstMs !== null) figures.first_request_ms = round(firstMs);
	return { name: s.name, title: s.title, runs, figures, problems, load_avg };
}

/** One GET, waited for (writes are not sent twice: their scenarios count the rows they wrote). */
async function firstRequest(base: string, req: ClientRequest): Promise<number | null> {
	if (req.method !== 'GET') return null;
	const t0 = performance.now();
	const res = await fetch(`${base}${req.path}`, { headers: req.headers, redirect: 'manual' });
	await res.arrayBuffer();
	return performance.now() - t0;
}

export async function runTask(s: TaskScenario, opts: { runs: number }): Promise<ScenarioOutcome> {
	const load_avg = loadavg().map((x) => round(x));
	const results: TaskResult[] = [];
	for (let r = 0; r < opts.runs; r++) results.push(await s.run());
	const last = results[results.length - 1];
	return {
		name: s.name,
		title: s.title,
		runs: results.map(({ rps, p50_ms, p99_ms, statements, rss_mb, event_loop_p99_ms }) => ({
			rps,
			p50_ms,
			p99_ms,
			statements,
			rss_mb,
			event_loop_p99_ms
		})),
		figures: last.figures,
		problems: [...new Set(results.flatMap((x) => x.problems))],
		load_avg
	};
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Best (highest req/s, lowest times) and median over the runs. */
export function bestAndMedian(runs: RunFigures[]): { best: RunFigures; median: RunFigures } {
	const pick = (mode: 'best' | 'median', key: keyof RunFigures, higherIsBetter = false) => {
		const xs = runs.map((r) => r[key]).filter((x): x is number => x !== null);
		if (!xs.length) return null;
		if (mode === 'median') return round(median(xs));
		return higherIsBetter ? Math.max(...xs) : Math.min(...xs);
	};
	const of = (mode: 'best' | 'median'): RunFigures => ({
		rps: pick(mode, 'rps', true),
		p50_ms: pick(mode, 'p50_ms') ?? 0,
		p99_ms: pick(mode, 'p99_ms') ?? 0,
		statements: pick(mode, 'statements'),
		rss_mb: pick(mode, 'rss_mb') ?? 0,
		event_loop_p99_ms: pick(mode, 'event_loop_p99_ms'),
		cpu_ms_per_request: pick(mode, 'cpu_ms_per_request')
	});
	return { best: of('best'), median: of('median') };
}
