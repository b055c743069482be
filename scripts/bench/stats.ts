// Small statistics helpers shared by the benchmarks.
import { monitorEventLoopDelay } from 'node:perf_hooks';
export interface Summary {
	n: number;
	mean: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
}

export function summarise(samples: number[]): Summary {
	const s = [...samples].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
	return {
		n: s.length,
		mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
		p50: q(0.5),
		p95: q(0.95),
		p99: q(0.99),
		max: s[s.length - 1] ?? 0
	};
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export { seededRandom as rng } from '../../src/lib/server/shared/random';

export interface BenchResult {
	name: string;
	/** Each figure with its unit, e.g. { mean_ms: 1.2 }. */
	figures: Record<string, number | string>;
	/** The target the issue sets, and whether it was met. */
	target: string;
	pass: boolean;
}

/**
 * Runs `work` while a 1 ms timer watches the event loop: the longest gap between two ticks (wall
 * clock: on a shared machine it includes time the process was not scheduled at all) and the most
 * CPU the process used between two ticks (the longest stretch of our own work without a yield).
 */
export async function timed(work: () => Promise<unknown>) {
	const h = monitorEventLoopDelay({ resolution: 1 });
	let longest = 0;
	let longestCpu = 0;
	let last = performance.now();
	let lastCpu = process.cpuUsage();
	const tick = setInterval(() => {
		const t = performance.now();
		const cpu = process.cpuUsage(lastCpu);
		longest = Math.max(longest, t - last);
		longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
		last = t;
		lastCpu = process.cpuUsage();
	}, 1);
	h.enable();
	const t0 = performance.now();
	await work();
	const ms = performance.now() - t0;
	h.disable();
	clearInterval(tick);
	return { ms, blockedMs: Math.max(longest, h.max / 1e6), cpuMs: longestCpu };
}
