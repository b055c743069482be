// The production build under measurement: scripts/serve.js on a free port with BENCH_STATS=1, its
// JSON log written to a file (not held in memory), ready once it listens and the start-up light
// sweep has finished (so the sweep's work is not measured as the first scenario's).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../tests/helpers/server';

export interface ServerStats {
	requests: number;
	statements: number;
	eventLoop: { p50_ms: number; p99_ms: number; max_ms: number };
	rss_mb: number;
	cpu_ms: number;
}

export interface BenchServer {
	url: string;
	pid: number;
	logPath: string;
	stats(reset?: boolean): Promise<ServerStats>;
	/** Resident memory now, from /proc (MB). */
	rssMb(): number;
	stop(): Promise<void>;
}

export function rssOf(pid: number): number {
	const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Number(m[1]) / 1024 : 0;
}

export async function startBenchServer(dir: string, env: Record<string, string> = {}): Promise<BenchServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const logPath = join(dir, `server-${port}.log`);
	const fd = openSync(logPath, 'a');
	const child: ChildProcess = spawn(process.execPath, [resolve('scripts/serve.js')], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATABASE_PATH: join(dir, 'app.db'),
			UPLOAD_DIR: join(dir, 'uploads'),
			TZ: 'Asia/Shanghai',
			DEMO: '',
			BENCH_STATS: '1',
			...env
		},
		stdio: ['ignore', fd, fd]
	});
	closeSync(fd);
	const log = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
	const deadline = Date.now() + 10 * 60_000;
	while (!/"event":"lights.swept"/.test(log()) || !/"event":"server.listening"/.test(log())) {
		if (child.exitCode !== null) throw new Error(`服务器启动失败：\n${log().slice(-3000)}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error('服务器 10 分钟内未就绪');
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		pid: child.pid!,
		logPath,
		async stats(reset = false) {
			const r = await fetch(`${url}/healthz/stats${reset ? '?reset' : ''}`);
			return (await r.json()) as ServerStats;
		},
		rssMb: () => rssOf(child.pid!),
		async stop() {
			if (child.exitCode !== null) return;
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	};
}

/** Signs in through the real form; returns the session cookie ("name=value"). */
export async function signIn(base: string, username: string, password: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password, next: '/' })
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (!cookie) throw new Error(`登录失败：${username}（HTTP ${res.status}）`);
	return cookie;
}
