// Parsing the reference plan (石家庄市2020年政务公开工作要点): target under 20 ms.
import { parsePlanText } from '../../src/lib/server/plans/parse';
import { demoPlanText } from '../../src/lib/server/demo/plan';
import { round, summarise, type BenchResult } from './stats';

export async function benchParse(): Promise<BenchResult> {
	const text = demoPlanText();
	const first = performance.now();
	parsePlanText(text);
	const cold = performance.now() - first;
	for (let i = 0; i < 50; i++) parsePlanText(text);
	const samples: number[] = [];
	for (let i = 0; i < 500; i++) {
		const t0 = performance.now();
		parsePlanText(text);
		samples.push(performance.now() - t0);
	}
	const s = summarise(samples);
	return {
		name: 'parse-reference-plan',
		figures: {
			runs: s.n,
			cold_ms: round(cold),
			mean_ms: round(s.mean),
			p50_ms: round(s.p50),
			p95_ms: round(s.p95),
			max_ms: round(s.max)
		},
		target: 'p95 < 20 ms (and cold < 20 ms)',
		pass: s.p95 < 20 && cold < 20
	};
}
