// Backup while writing, restore into a fresh folder, and the restored server serves the same data:
// npm run backup runs beside a live server that keeps receiving sent reports; every report the
// server acknowledged before the backup began is in the restored database and on its pages, the
// evidence files download with their hashes, a second restore over it is refused.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from '../helpers/server';
import { CRASH_PASSWORD, seedCrashWorld } from '../../scripts/crash-test/world';
import { pdfBytes } from '../helpers/files';

function run(
	script: string,
	args: string[],
	env: Record<string, string>
): Promise<{ code: number | null; out: string }> {
	return new Promise((ok) => {
		const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), script, ...args], {
			env: { ...process.env, TZ: 'Asia/Shanghai', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.once('exit', (code) => ok({ code, out }));
	});
}

async function signIn(server: RunningServer, username: string, password = CRASH_PASSWORD): Promise<string> {
	const res = await fetch(`${server.url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password, next: '/' })
	});
	return res.headers.get('set-cookie')!.split(';')[0];
}

const action = async (server: RunningServer, cookie: string, path: string, body: BodyInit, type?: string) => {
	const headers: Record<string, string> = {
		cookie,
		origin: server.url,
		accept: 'application/json',
		'x-sveltekit-action': 'true'
	};
	if (type) headers['content-type'] = type;
	const res = await fetch(server.url + path, { method: 'POST', headers, body });
	return res.ok && (await res.text()).includes('"type":"success"');
};

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('backup and restore', () => {
	it(
		'backs up while writing and restores into a fresh folder that serves the same data',
		{ timeout: 180_000 },
		async () => {
			// The crash test's world (registry, the reference plan, unit staff) seeded straight into a file.
			const world = await seedCrashWorld(mkdtempSync(join(tmpdir(), 'yd-live-')));
			const live = await startServer({ DATABASE_PATH: world.dbPath, UPLOAD_DIR: world.uploadDir, DEMO: '' });
			const staff = world.staff[0];
			const fresh = mkdtempSync(join(tmpdir(), 'yd-restored-'));
			const backupDir = join(mkdtempSync(join(tmpdir(), 'yd-backup-')), 'b');
			let restored: RunningServer | null = null;
			try {
				const cookie = await signIn(live, staff.username);
				const dbPath = world.dbPath;
				const reader = new Database(dbPath, { readonly: true });
				const { id } = reader
					.prepare(
						"select id from assignment where unit_id = ? and status in ('not_started', 'in_progress', 'returned') order by id limit 1"
					)
					.get(staff.unitId) as { id: number };
				reader.close();
				const files = [pdfBytes(3000), pdfBytes(9000)];
				for (const [i, bytes] of files.entries()) {
					const body = new FormData();
					body.append('description', `备份材料${i}`);
					body.append(
						'file',
						new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
						`备份${i}.pdf`
					);
					expect(await action(live, cookie, `/assignments/${id}?/addFile`, body)).toBe(true);
				}
				const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
				const acked: string[] = [];
				const send = async (n: number) => {
					const content = `备份期间的进展 ${n}`;
					const body = new URLSearchParams({ content, percent: String(10 + (n % 80)), reportedOn: today });
					if (await action(live, cookie, `/assignments/${id}?/sendReport`, body, 'application/x-www-form-urlencoded'))
						acked.push(content);
				};
				for (let n = 0; n < 5; n++) await send(n);
				const before = [...acked];
				// The writer keeps going for as long as the backup runs.
				let writing = true;
				const writer = (async () => {
					for (let n = 5; writing; n++) await send(n);
				})();
				const backup = await run('scripts/backup.ts', [backupDir], {
					DATABASE_PATH: dbPath,
					UPLOAD_DIR: world.uploadDir
				});
				writing = false;
				await writer;
				expect(backup.out).toContain('备份完成');
				expect(backup.code).toBe(0);
				expect(acked.length).toBeGreaterThan(before.length);

				const target = { DATABASE_PATH: join(fresh, 'app.db'), UPLOAD_DIR: join(fresh, 'uploads') };
				const restore = await run('scripts/restore.ts', [backupDir], target);
				expect(restore.out).toContain('已恢复');
				expect(restore.code).toBe(0);
				const again = await run('scripts/restore.ts', [backupDir], target);
				expect(again.code).toBe(1);
				expect(again.out).toContain('恢复目标不是空的');

				restored = await startServer({ ...target, DEMO: '' });
				const cookie2 = await signIn(restored, staff.username);
				const page = await (await fetch(`${restored.url}/assignments/${id}`, { headers: { cookie: cookie2 } })).text();
				for (const content of before) expect(page).toContain(content);
				const db = new Database(target.DATABASE_PATH, { readonly: true });
				const evidence = db
					.prepare("select id, file_hash h from evidence where description like '备份材料%' order by id")
					.all() as { id: number; h: string }[];
				const reports = (
					db.prepare("select count(*) n from progress_report where content like '备份期间的进展%'").get() as {
						n: number;
					}
				).n;
				db.close();
				expect(reports).toBeGreaterThanOrEqual(before.length);
				expect(reports).toBeLessThanOrEqual(acked.length);
				expect(evidence.map((e) => e.h)).toEqual(files.map(sha));
				for (const e of evidence) {
					const res = await fetch(`${restored.url}/evidence/${e.id}`, { headers: { cookie: cookie2 } });
					expect(res.status).toBe(200);
					expect(sha(new Uint8Array(await res.arrayBuffer()))).toBe(e.h);
				}
			} finally {
				await restored?.stop();
				await live.stop();
				rmSync(world.dir, { recursive: true, force: true });
				rmSync(fresh, { recursive: true, force: true });
				rmSync(join(backupDir, '..'), { recursive: true, force: true });
			}
		}
	);
});
