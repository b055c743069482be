// Measurements for `npm run bench`, switched on by BENCH_STATS=1 and never in production: every SQL
// statement better-sqlite3 executes is counted (drizzle's and raw ones alike), requests are counted by
// the server hook, and the event-loop delay is sampled. The bench reads and resets them between
// scenarios at /healthz/stats; statements per request = statements / requests over a scenario.
import type Database from 'better-sqlite3';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

let statements = 0;
let requests = 0;
let histogram: IntervalHistogram | null = null;
let cpuSince = process.cpuUsage();
const patched = new WeakSet<object>();

function wrapCounting(proto: Record<string, unknown>, names: string[]): void {
	if (patched.has(proto)) return;
	patched.add(proto);
	for (const name of names) {
		const original = proto[name] as (...args: unknown[]) => unknown;
		proto[name] = function (this: unknown, ...args: unknown[]) {
			statements++;
			return original.apply(this, args);
		};
	}
}

/** Starts counting on this connection's statement class and sampling the event loop. */
export function enableBenchStats(sqlite: Database.Database): void {
	wrapCounting(Object.getPrototypeOf(sqlite.prepare('select 1')), ['run', 'get', 'all', 'iterate']);
	wrapCounting(Object.getPrototypeOf(sqlite), ['exec']);
	histogram ??= monitorEventLoopDelay({ resolution: 5 });
	histogram.enable();
}

export const benchStatsEnabled = () => histogram !== null;

export function countRequest(): void {
	requests++;
}

export interface BenchStats {
	requests: number;
	statements: number;
	eventLoop: { p50_ms: number; p99_ms: number; max_ms: number };
	rss_mb: number;
	/** CPU time the server process used (user + system), independent of how busy the machine is. */
	cpu_ms: number;
}

const ms = (ns: number) => Math.round(ns / 10_000) / 100;

/** The figures since the last reset; `reset` starts a new measurement. */
export function readBenchStats(reset = false): BenchStats {
	const h = histogram;
	const out: BenchStats = {
		requests,
		statements,
		eventLoop: h
			? { p50_ms: ms(h.percentile(50)), p99_ms: ms(h.percentile(99)), max_ms: ms(h.max) }
			: { p50_ms: 0, p99_ms: 0, max_ms: 0 },
		rss_mb: Math.round(process.memoryUsage.rss() / 104_857.6) / 10,
		cpu_ms: (() => {
			const c = process.cpuUsage(cpuSince);
			return Math.round((c.user + c.system) / 100) / 10;
		})()
	};
	if (reset) {
		cpuSince = process.cpuUsage();
		requests = 0;
		statements = 0;
		h?.reset();
	}
	return out;
}
