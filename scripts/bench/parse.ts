// Parsing the reference plan (石家庄市2020年政务公开工作要点): target under 20 ms.
import { parsePlanText } from '../../src/lib/server/plans/parse';
import { demoPlanText } from '../../src/lib/server/demo/plan';
import { round, summarise } from './stats';
import type { TaskResult } from './scenarios';

export async function benchParse(): Promise<TaskResult> {
	const text = demoPlanText();
	const first = performance.now();
	parsePlanText(text);
	const cold = performance.now() - first;
	for (let i = 0; i < 50; i++) parsePlanText(text);
	const samples: number[] = [];
	const t0 = performance.now();
	for (let i = 0; i < 500; i++) {
		const t = performance.now();
		parsePlanText(text);
		samples.push(performance.now() - t);
	}
	const s = summarise(samples);
	return {
		rps: round(samples.length / ((performance.now() - t0) / 1000), 0),
		p50_ms: round(s.p50),
		p99_ms: round(s.p99),
		statements: 0,
		rss_mb: round(process.memoryUsage.rss() / 2 ** 20, 1),
		event_loop_p99_ms: null,
		figures: { runs: s.n, cold_ms: round(cold), mean_ms: round(s.mean), p95_ms: round(s.p95), max_ms: round(s.max) },
		problems: cold < 20 ? [] : [`首次解析 ${round(cold)} ms，应 < 20 ms`]
	};
}
