// Acceptance (progress model, 6): demo data only when asked. A production start on an empty database
// creates no demo account and shows none; a database that still has a demo password is refused with
// a clear message; the README's first command still starts the demo.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startServer } from '../helpers/server';

const count = (path: string, sql: string) => {
	const db = new Database(path, { readonly: true });
	try {
		return (db.prepare(sql).get() as { n: number }).n;
	} finally {
		db.close();
	}
};

describe('a production start', () => {
	it('without DEMO creates no demo users and shows no demo accounts', async () => {
		const server = await startServer({ DEMO: '' });
		try {
			const html = await (await fetch(`${server.url}/login`)).text();
			expect(html).toContain('登录');
			expect(html).not.toContain('demo12345');
			expect(html).not.toContain('演示账号');
			expect(count(join(server.dir, 'app.db'), 'select count(*) n from user')).toBe(0);
			expect(count(join(server.dir, 'app.db'), 'select count(*) n from unit')).toBe(0);
		} finally {
			await server.stop();
		}
	});

	it('refuses to serve, in Chinese and English, while an account still has the demo password', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'yd-prod-'));
		const env = { DATABASE_PATH: join(dir, 'app.db'), UPLOAD_DIR: join(dir, 'uploads') };
		try {
			const demo = await startServer({ ...env, DEMO: '1', DEMO_PLAN: '0' });
			await demo.stop();
			expect(count(env.DATABASE_PATH, "select count(*) n from user where username = 'admin'")).toBe(1);
			const port = await freePort();
			const child = spawn(process.execPath, [resolve('scripts/serve.js')], {
				env: { ...process.env, ...env, DEMO: '', PORT: String(port), HOST: '127.0.0.1', TZ: 'Asia/Shanghai' },
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let output = '';
			child.stdout.on('data', (d) => (output += d));
			child.stderr.on('data', (d) => (output += d));
			const code = await new Promise<number | null>((ok) => {
				const timer = setTimeout(() => {
					child.kill('SIGKILL');
					ok(null);
				}, 30_000);
				child.once('exit', (c) => {
					clearTimeout(timer);
					ok(c);
				});
			});
			expect(code).not.toBe(0);
			expect(code).not.toBeNull();
			expect(output).toContain('仍使用演示密码，拒绝启动');
			expect(output).toContain('still use the demo password');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the README', () => {
	it('starts with the two commands, the first asking for the demo explicitly', () => {
		const readme = readFileSync('README.md', 'utf8');
		const block = /```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
		expect(block).toHaveLength(2);
		expect(block[0]).toMatch(/^npm install && npm start\b/);
		expect(block[1]).toMatch(/^npm test\b/);
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(pkg.scripts.start).toContain('DEMO=1');
		expect(pkg.scripts.serve).not.toContain('DEMO=1');
	});
});
