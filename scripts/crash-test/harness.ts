// The kill harness: serves the crash world with the production build, runs the mixed write load,
// SIGKILLs the server at a random moment, restarts it, and checks the database (the write-ahead log
// recovered by the restart): every acknowledged write is present and every invariant holds.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../../src/lib/server/shared/random';
import { freePort } from '../../tests/helpers/server';
import { signIn } from '../bench/server';
import { INVARIANTS } from './checks';
import { OPS, type Ack, type Session } from './ops';
import { CRASH_PASSWORD, type CrashWorld } from './world';

export interface CrashReport {
	kills: number;
	acknowledged: Record<string, number>;
	/** Acknowledged writes missing or incomplete after a restart. */
	lost: string[];
	/** Invariants broken after a restart. */
	broken: string[];
	seconds: number;
	restartMs: { median: number; max: number };
}

export interface CrashOptions {
	kills: number;
	seed?: number;
	/** Longest stretch of load before a kill (ms); most kills come early in it, some late (slow imports finish). */
	maxLoadMs?: number;
	log?: (line: string) => void;
}

class Server {
	child: ChildProcess | null = null;
	constructor(
		readonly world: CrashWorld,
		readonly port: number
	) {}
	get url() {
		return `http://127.0.0.1:${this.port}`;
	}
	async start(): Promise<number> {
		const t0 = performance.now();
		const fd = openSync(resolve(this.world.dir, 'server.log'), 'a');
		this.child = spawn(process.execPath, [resolve('scripts/serve.js')], {
			env: {
				...process.env,
				PORT: String(this.port),
				HOST: '127.0.0.1',
				ORIGIN: this.url,
				DATABASE_PATH: this.world.dbPath,
				UPLOAD_DIR: this.world.uploadDir,
				TZ: 'Asia/Shanghai',
				DEMO: '',
				LOG_LEVEL: 'warn'
			},
			stdio: ['ignore', fd, fd]
		});
		closeSync(fd);
		const deadline = Date.now() + 60_000;
		for (;;) {
			if (this.child.exitCode !== null) {
				const log = readFileSync(resolve(this.world.dir, 'server.log'), 'utf8');
				throw new Error(`服务器重启失败（退出码 ${this.child.exitCode}）：\n${log.slice(-2000)}`);
			}
			const ok = await fetch(`${this.url}/healthz`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) return performance.now() - t0;
			if (Date.now() > deadline) throw new Error('服务器 60 秒内未就绪');
			await new Promise((r) => setTimeout(r, 30));
		}
	}
	async kill(): Promise<void> {
		const c = this.child;
		if (!c || c.exitCode !== null) return;
		const exited = new Promise((r) => c.once('exit', r));
		c.kill('SIGKILL');
		await exited;
	}
}

export async function runCrashTest(world: CrashWorld, opts: CrashOptions): Promise<CrashReport> {
	const t0 = performance.now();
	const rand = seededRandom(opts.seed ?? 14);
	const log = opts.log ?? (() => {});
	const server = new Server(world, await freePort());
	const restarts = [await server.start()];
	const sessions: Session[] = [
		...(await Promise.all(
			world.staff.map(async (s) => ({
				base: server.url,
				cookie: await signIn(server.url, s.username, CRASH_PASSWORD),
				role: 'unit' as const,
				unitId: s.unitId
			}))
		)),
		...(await Promise.all(
			[0, 1].map(async () => ({
				base: server.url,
				cookie: await signIn(server.url, world.office, CRASH_PASSWORD),
				role: 'admin' as const,
				unitId: null
			}))
		))
	];
	const reader = new Database(world.dbPath, { readonly: true });
	const pending: Ack[] = [];
	const acknowledged: Record<string, number> = {};
	const report: CrashReport = {
		kills: 0,
		acknowledged,
		lost: [],
		broken: [],
		seconds: 0,
		restartMs: { median: 0, max: 0 }
	};
	let open = true;
	let stopped = false;
	let busy = 0;
	let cycle = 0;
	const workers = sessions.map(async (session, w) => {
		const ops = OPS.filter((o) => o.role === session.role);
		const total = ops.reduce((k, o) => k + o.weight, 0);
		for (let n = 0; !stopped; n++) {
			if (!open) {
				await new Promise((r) => setTimeout(r, 10));
				continue;
			}
			let x = rand() * total;
			const op = ops.find((o) => (x -= o.weight) < 0) ?? ops[0];
			busy++;
			try {
				const ack = await op.run({ session, db: reader, token: `k${cycle}w${w}n${n}`, rand });
				if (ack) {
					pending.push(ack);
					acknowledged[ack.op] = (acknowledged[ack.op] ?? 0) + 1;
				}
			} catch (e) {
				// Cut off by the kill: not acknowledged, so nothing is owed.
				if (process.env.CRASH_DEBUG) console.error(op.name, (e as Error).message);
			} finally {
				busy--;
			}
		}
	});
	const maxLoad = opts.maxLoadMs ?? 4500;
	const all: Ack[] = [];
	for (cycle = 1; cycle <= opts.kills; cycle++) {
		const late = rand() < 0.3;
		await new Promise((r) =>
			setTimeout(r, late ? maxLoad / 3 + (rand() * maxLoad * 2) / 3 : 100 + rand() * (maxLoad / 3))
		);
		await server.kill();
		open = false;
		while (busy) await new Promise((r) => setTimeout(r, 5));
		restarts.push(await server.start());
		report.kills++;
		const problems = verify(world, pending, report);
		all.push(...pending.splice(0));
		if (problems) log(`kill ${cycle}: ${problems}`);
		else if (cycle % 10 === 0 || cycle === opts.kills)
			log(`${cycle} kills, acknowledged ${JSON.stringify(acknowledged)}, nothing lost`);
		open = true;
	}
	stopped = true;
	await Promise.all(workers);
	await server.kill();
	await server.start();
	verify(world, all, report);
	reader.close();
	await server.kill();
	restarts.sort((a, b) => a - b);
	report.restartMs = {
		median: Math.round(restarts[restarts.length >> 1]),
		max: Math.round(restarts[restarts.length - 1])
	};
	report.seconds = Math.round((performance.now() - t0) / 100) / 10;
	return report;
}

/** Checks these acknowledged writes and every invariant; returns a summary of what failed, or ''. */
function verify(world: CrashWorld, acks: Ack[], report: CrashReport): string {
	const db = new Database(world.dbPath, { readonly: true });
	try {
		const lost = acks.flatMap((a) => {
			const p = a.check(db);
			return p ? [`${a.op} ${a.token}：${p}`] : [];
		});
		const broken = INVARIANTS.flatMap((i) => i.check(db, world.uploadDir).map((p) => `${i.name}：${p}`));
		report.lost.push(...lost);
		report.broken.push(...broken);
		return [...lost, ...broken].slice(0, 5).join('; ');
	} finally {
		db.close();
	}
}
