// Task scenarios that measure work a server does in its own process (scoring a province, issuing a
// bulletin, drafting the city's annual report) run in a fresh Node process. The suite's process has
// seeded a database and driven the HTTP scenarios by then: every major GC during the measured work
// would mark and compact that heap too, which no server holds (in one process the bulletin's longest
// hold read 89 ms, alone 30–40 ms; the annual report's longest stretch 39–98 ms, alone 28–30 ms).
import { spawnSync } from 'node:child_process';

/** Runs a bench script with --json in a new process and returns what it printed. */
export function inFreshProcess<T>(script: string): T {
	const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--json'], {
		encoding: 'utf8',
		maxBuffer: 64 * 2 ** 20
	});
	try {
		return JSON.parse(r.stdout) as T;
	} catch {
		throw new Error(`${script} 没有输出结果（退出码 ${r.status}）：${(r.stderr ?? '').slice(-2000)}`);
	}
}
