// What the figures were measured on, and the build they were measured against.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export function machineInfo() {
	const db = new Database(':memory:');
	const sqlite = (db.prepare('select sqlite_version() v').get() as { v: string }).v;
	db.close();
	return {
		node: process.version,
		sqlite,
		cpus: cpus().length,
		cpu: cpus()[0]?.model ?? '',
		memory_gb: Math.round(totalmem() / 2 ** 30),
		load_avg_before: loadavg().map((x) => Math.round(x * 100) / 100),
		date: new Date().toISOString()
	};
}

function newest(dir: string): number {
	let t = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
	}
	return t;
}

/** Builds the production server when there is none or src/ changed after it. */
export function ensureBuild(say: (m: string) => void): void {
	const built = existsSync('build/handler.js') ? statSync('build/handler.js').mtimeMs : 0;
	if (built && built > newest('src')) return;
	say('… 构建生产版本（npm run build）');
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
}
