// Starts the built server (build/) on a free port with a temporary database, for browser tests,
// screenshots and benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
	url: string;
	dir: string;
	process: ChildProcess;
	log: () => string;
	stop(): Promise<void>;
}

export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.once('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const addr = s.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			s.close(() => ok(port));
		});
	});
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
	const dir = mkdtempSync(join(tmpdir(), 'yd-server-'));
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, [resolve('scripts/serve.js')], {
		cwd: resolve('.'),
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATABASE_PATH: join(dir, 'app.db'),
			UPLOAD_DIR: join(dir, 'uploads'),
			TZ: 'Asia/Shanghai',
			// Browser tests sign in with the demo accounts; a test of the production start overrides it.
			DEMO: '1',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	// Generous: on a machine shared with other builds a demo start (seeding, hashing) can take a minute.
	const deadline = Date.now() + 110_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
		try {
			const r = await fetch(`${url}/login`);
			if (r.ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`server did not start within 110 s:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	return {
		url,
		dir,
		process: child,
		log: () => output,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
