// score — score a scenario and print the result as JSON (docs/rubric.md).
// Usage: npm run --silent score -- <scenario.json> [--as-of YYYY-MM-DD]
// A scenario file holds a rubric (the format the UI imports), the facts and asOf; --as-of scores the
// same facts on another day. stdout carries only the JSON; any failure is a Chinese message on
// stderr and exit status 1.
//
// Each input source yields { rubric, facts, asOf } for computeScores. Scoring a plan straight from the
// database (--db <path> --plan <id>) plugs in here as a second source once loadFacts(db, planId)
// exists; until then the flags are refused with a message saying so.
import { readFileSync, statSync } from 'node:fs';
import { computeScores, parseScenario } from '../src/lib/server/scoring';
import { isDomainError } from '../src/lib/server/shared/errors';

const MAX_BYTES = 512 * 1024 * 1024;
const USAGE = '用法：npm run --silent score -- <场景文件.json> [--as-of YYYY-MM-DD]';

interface ScoringInput {
	rubric: unknown;
	facts: unknown;
	asOf: string;
}

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

function fromScenarioFile(file: string): ScoringInput {
	let size = 0;
	try {
		const st = statSync(file);
		if (!st.isFile()) fail(`不是文件：${file}`);
		size = st.size;
	} catch {
		fail(`找不到文件：${file}`);
	}
	if (size > MAX_BYTES) fail(`文件超过 ${MAX_BYTES / 1024 / 1024} MB 上限：${file}`);
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (err) {
		fail(`不是有效的 JSON：${file}（${err instanceof Error ? err.message : String(err)}）`);
	}
	const scenario = parseScenario(json);
	return { rubric: scenario.rubric, facts: scenario.facts, asOf: scenario.asOf };
}

function main(argv: string[]): void {
	const args = argv.filter((a) => a !== '--');
	if (args.includes('--db') || args.includes('--plan'))
		fail('按数据库中的工作要点计分（--db、--plan）尚未提供：数据库读取（loadFacts）还没有接入。请先用场景文件。');
	const asOfAt = args.indexOf('--as-of');
	let asOf: string | undefined;
	if (asOfAt >= 0) {
		asOf = args[asOfAt + 1];
		if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail('--as-of 需要一个日期，例如 --as-of 2020-12-31');
		args.splice(asOfAt, 2);
	}
	const unknown = args.find((a) => a.startsWith('--'));
	if (unknown) fail(`不认识的选项：${unknown}\n${USAGE}`);
	if (args.length !== 1) fail(USAGE);
	try {
		const input = fromScenarioFile(args[0]);
		const result = computeScores(input.rubric, input.facts, asOf ?? input.asOf);
		process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
	} catch (err) {
		if (isDomainError(err)) fail(err.message);
		fail(`计分失败：${err instanceof Error ? err.message : String(err)}`);
	}
}

main(process.argv.slice(2));
