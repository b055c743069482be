// Judging runs against targets, the table, and the comparison with an earlier run (--baseline).
import { bestAndMedian, type RunFigures, type ScenarioOutcome } from './run';
import { EVENT_LOOP_P99_MS, type Scenario } from './scenarios';

export interface ScenarioReport extends RunFigures {
	name: string;
	title: string;
	/** The figures above are the median of the runs; these the best. */
	best: RunFigures;
	runs: number;
	target: string;
	/** Met by the median run. */
	pass: boolean;
	/** Met by the best run (the machine is shared: a miss here is a real one). */
	pass_best: boolean;
	misses: string[];
	problems: string[];
	figures: Record<string, number | string>;
	load_avg: number[];
}

function missesOf(f: RunFigures, s: Scenario): string[] {
	const t = s.target;
	const out: string[] = [];
	if (t.rps !== undefined && (f.rps ?? 0) < t.rps) out.push(`req/s ${f.rps} < ${t.rps}`);
	if (t.p50_ms !== undefined && f.p50_ms > t.p50_ms) out.push(`p50 ${f.p50_ms} ms > ${t.p50_ms} ms`);
	if (t.p99_ms !== undefined && f.p99_ms > t.p99_ms) out.push(`p99 ${f.p99_ms} ms > ${t.p99_ms} ms`);
	if (t.total_ms !== undefined && f.p99_ms > t.total_ms) out.push(`${f.p99_ms} ms > ${t.total_ms} ms`);
	if (t.rss_mb !== undefined && f.rss_mb > t.rss_mb) out.push(`RSS ${f.rss_mb} MB > ${t.rss_mb} MB`);
	if (s.kind === 'http' && (f.event_loop_p99_ms ?? 0) > EVENT_LOOP_P99_MS)
		out.push(`event loop p99 ${f.event_loop_p99_ms} ms > ${EVENT_LOOP_P99_MS} ms`);
	return out;
}

function targetText(s: Scenario): string {
	const t = s.target;
	const parts = [
		t.rps !== undefined ? `≥ ${t.rps} req/s` : '',
		t.p50_ms !== undefined ? `p50 < ${t.p50_ms} ms` : '',
		t.p99_ms !== undefined ? `p99 ≤ ${t.p99_ms} ms` : '',
		t.total_ms !== undefined ? `< ${t.total_ms} ms` : '',
		t.rss_mb !== undefined ? `RSS < ${t.rss_mb} MB` : '',
		s.kind === 'http' ? `loop p99 ≤ ${EVENT_LOOP_P99_MS} ms` : ''
	];
	return parts.filter(Boolean).join(', ');
}

export function judge(o: ScenarioOutcome, s: Scenario): ScenarioReport {
	const { best, median } = bestAndMedian(o.runs);
	const misses = missesOf(median, s);
	return {
		name: o.name,
		title: o.title,
		...median,
		best,
		runs: o.runs.length,
		target: targetText(s),
		pass: misses.length === 0 && o.problems.length === 0 && o.runs.length > 0,
		pass_best: missesOf(best, s).length === 0 && o.problems.length === 0 && o.runs.length > 0,
		misses,
		problems: o.problems,
		figures: o.figures,
		load_avg: o.load_avg
	};
}

export interface Comparison {
	name: string;
	p99_ratio: number | null;
	rps_ratio: number | null;
	statements: [number | null, number | null];
	pass: boolean;
}

const LIMIT = 1.2;

/** Each scenario against the same-named one of an earlier --json document. */
export function compareWithBaseline(now: ScenarioReport[], baseline: { scenarios: ScenarioReport[] }): Comparison[] {
	return now.flatMap((r) => {
		const b = baseline.scenarios.find((x) => x.name === r.name);
		if (!b) return [];
		const p99 = b.p99_ms ? Math.round((r.p99_ms / b.p99_ms) * 100) / 100 : null;
		const rps = r.rps && b.rps ? Math.round((b.rps / r.rps) * 100) / 100 : null;
		return [
			{
				name: r.name,
				p99_ratio: p99,
				rps_ratio: rps,
				statements: [b.statements, r.statements] as [number | null, number | null],
				pass: (p99 ?? 1) <= LIMIT && (rps ?? 1) <= LIMIT && b.statements === r.statements
			}
		];
	});
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const num = (x: number | null) => (x === null ? '—' : String(x));

export function printTable(
	reports: ScenarioReport[],
	machine: Record<string, unknown>,
	comparison: Comparison[] | null
) {
	const rows = [
		[
			'',
			'scenario',
			'req/s med (best)',
			'p50',
			'p99 med (best)',
			'SQL/req',
			'CPU ms/req',
			'loop p99',
			'RSS MB',
			'target'
		],
		...reports.map((r) => [
			r.pass ? '✓' : r.pass_best ? '~' : '✗',
			r.name,
			`${num(r.rps)} (${num(r.best.rps)})`,
			num(r.p50_ms),
			`${r.p99_ms} (${r.best.p99_ms})`,
			num(r.statements),
			num(r.cpu_ms_per_request ?? null),
			num(r.event_loop_p99_ms),
			num(r.rss_mb),
			r.target
		])
	];
	const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
	for (const row of rows) console.log(row.map((c, i) => pad(c, widths[i])).join('  '));
	for (const r of reports) {
		for (const m of r.misses) console.log(`  ${r.name}: 未达标 ${m}`);
		for (const p of r.problems) console.log(`  ${r.name}: ${p}`);
	}
	console.log('✓ median meets the target  ~ only the best run does  ✗ neither');
	if (comparison)
		for (const c of comparison)
			console.log(
				`  ${c.pass ? '✓' : '✗'} ${c.name}: p99 ×${num(c.p99_ratio)}, req/s ÷${num(c.rps_ratio)}, SQL/req ${num(c.statements[0])} → ${num(c.statements[1])}`
			);
	console.log(JSON.stringify(machine));
}
