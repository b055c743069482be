// npm run bench [-- --only parse,import] [--json]
// Runs the benchmarks and prints each figure with its target; --json prints one JSON document
// ({ results: BenchResult[], machine }) for other tools. Exit status 1 when a target is missed.
import { cpus, totalmem } from 'node:os';
import { benchParse } from './parse';
import { benchImport } from './import';
import { benchUpload } from './upload';
import { benchBoard } from './board';
import { benchReport } from './report';
import { benchScoring } from './scoring';
import { benchBulletin } from './bulletin';
import type { BenchResult } from './stats';

const SUITES: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
	parse: benchParse,
	import: () => benchImport(2000),
	upload: benchUpload,
	board: benchBoard,
	report: benchReport,
	scoring: benchScoring,
	bulletin: benchBulletin
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg
	? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')
	: Object.keys(SUITES);
const unknown = only.filter((o) => !SUITES[o]);
if (unknown.length) {
	console.error(`未知的基准测试：${unknown.join(', ')}（可选：${Object.keys(SUITES).join(', ')}）`);
	process.exit(2);
}

const results: BenchResult[] = [];
for (const name of only) {
	if (!json) console.error(`… ${name}`);
	const r = await SUITES[name]();
	for (const x of Array.isArray(r) ? r : [r]) {
		results.push(x);
		if (!json) {
			console.log(`${x.pass ? '✓' : '✗'} ${x.name}  (${x.target})`);
			for (const [k, v] of Object.entries(x.figures)) console.log(`    ${k}: ${v}`);
		}
	}
}
const machine = {
	node: process.version,
	cpus: cpus().length,
	cpu: cpus()[0]?.model ?? '',
	memory_gb: Math.round(totalmem() / 2 ** 30)
};
if (json) console.log(JSON.stringify({ results, machine }, null, 2));
process.exit(results.every((r) => r.pass) ? 0 : 1);
