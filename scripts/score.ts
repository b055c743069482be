// score — score a scenario, or a plan in a database, and print the result as JSON (docs/rubric.md).
// Usage: npm run --silent score -- <scenario.json> [--as-of YYYY-MM-DD]
//        npm run --silent score -- --db <path> --plan <id> [--as-of YYYY-MM-DD]
// A scenario file holds a rubric (the format the UI imports), the facts and asOf; --as-of scores the
// same facts on another day. A database is scored with the plan's rubric in force (the default one
// when it has none), read by the same loader the server uses; --as-of defaults to today. stdout
// carries only the JSON; any failure is a Chinese message on stderr and exit status 1.
//
// Each input source yields { rubric, facts, asOf } for computeScores.
import { readFileSync, statSync } from 'node:fs';
import { computeScores, parseScenario } from '../src/lib/server/scoring';
import { isDomainError } from '../src/lib/server/shared/errors';
import { openDatabase } from '../src/lib/server/db/client';
import { loadFacts } from '../src/lib/server/scoring/load';
import { rubricInForce } from '../src/lib/server/assessment/rubrics';
import { shanghaiDate } from '../src/lib/server/shared/time';

const MAX_BYTES = 512 * 1024 * 1024;
const USAGE =
	'用法：npm run --silent score -- <场景文件.json> [--as-of YYYY-MM-DD]\n' +
	'      npm run --silent score -- --db <数据库文件> --plan <工作要点 id> [--as-of YYYY-MM-DD]';

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

/** A plan in a database: its facts through loadFacts, its rubric in force; the file is never created. */
function fromDatabase(path: string, planArg: string, asOf: string | undefined): ScoringInput {
	if (!/^[1-9]\d*$/.test(planArg)) fail('--plan 需要工作要点的 id（正整数），例如 --plan 1');
	try {
		if (!statSync(path).isFile()) fail(`不是文件：${path}`);
	} catch {
		fail(`找不到数据库文件：${path}`);
	}
	const db = openDatabase(path, { migrate: false });
	const planId = Number(planArg);
	return { rubric: rubricInForce(db, planId).rubric, facts: loadFacts(db, planId), asOf: asOf ?? shanghaiDate() };
}

/** Takes `--name value` out of args; undefined when absent. */
function option(args: string[], name: string, check?: (v: string) => boolean, message = ''): string | undefined {
	const at = args.indexOf(name);
	if (at < 0) return undefined;
	const v = args[at + 1];
	if (!v || v.startsWith('--') || (check && !check(v))) fail(message || `${name} 需要一个值\n${USAGE}`);
	args.splice(at, 2);
	return v;
}

function main(argv: string[]): void {
	const args = argv.filter((a) => a !== '--');
	const asOf = option(
		args,
		'--as-of',
		(v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
		'--as-of 需要一个日期，例如 --as-of 2020-12-31'
	);
	const dbPath = option(args, '--db');
	const plan = option(args, '--plan');
	const unknown = args.find((a) => a.startsWith('--'));
	if (unknown) fail(`不认识的选项：${unknown}\n${USAGE}`);
	if (dbPath !== undefined || plan !== undefined) {
		if (dbPath === undefined || plan === undefined || args.length)
			fail(`--db 和 --plan 需要一起使用，且不再给场景文件\n${USAGE}`);
	} else if (args.length !== 1) fail(USAGE);
	try {
		const input = dbPath !== undefined ? fromDatabase(dbPath, plan!, asOf) : fromScenarioFile(args[0]);
		const result = computeScores(input.rubric, input.facts, asOf ?? input.asOf);
		process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
	} catch (err) {
		if (isDomainError(err)) fail(err.message);
		fail(`计分失败：${err instanceof Error ? err.message : String(err)}`);
	}
}

main(process.argv.slice(2));
