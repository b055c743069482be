// Operations, against the production build: /healthz answers without sign-in and names nothing
// secret; the request id of a failed page is on the error page, in X-Request-Id and in the JSON log;
// a start-up check refuses in Chinese and English; SIGTERM lets an upload in flight finish, refuses
// new connections, closes the database (its WAL checkpointed away) and exits 0.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startServer, type RunningServer } from '../helpers/server';
import { DEMO_PASSWORD } from '../helpers/e2e';
import { pdfBytes } from '../helpers/files';

async function signIn(server: RunningServer, username: string): Promise<string> {
	const res = await fetch(`${server.url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password: DEMO_PASSWORD, next: '/' })
	});
	return res.headers.get('set-cookie')!.split(';')[0];
}

/** Log lines (JSON) the server wrote so far. */
const logLines = (server: RunningServer) =>
	server
		.log()
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('operations', () => {
	it('serves /healthz, shows the request id on the error page, and stops gracefully on SIGTERM', async () => {
		const server = await startServer({ DEMO: '1', DEMO_PLAN: '1' });
		try {
			// /healthz: no sign-in, JSON, every check ok, no path or secret in it.
			const health = await fetch(`${server.url}/healthz`);
			expect(health.status).toBe(200);
			expect(health.headers.get('content-type')).toContain('application/json');
			const body = await health.json();
			expect(body).toMatchObject({
				status: 'ok',
				checks: { database: { ok: true }, migrations: { ok: true }, uploads: { ok: true } }
			});
			expect(JSON.stringify(body)).not.toContain(server.dir);

			// A page that does not exist, signed in: the error page's 错误编号 is the request id.
			const cookie = await signIn(server, 'sifaju');
			const missing = await fetch(`${server.url}/no-such-page`, { headers: { cookie } });
			expect(missing.status).toBe(404);
			const id = missing.headers.get('x-request-id')!;
			expect(id).toMatch(/^[0-9a-f]{16}$/);
			const html = await missing.text();
			expect(html).toContain(`错误编号：<code>${id}</code>`);
			expect(logLines(server)).toContainEqual(
				expect.objectContaining({ event: 'request', id, path: '/no-such-page', status: 404 })
			);
			// A proxy's id is kept.
			const proxied = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'nginx-0123456789abcdef' } });
			expect(proxied.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');

			// SIGTERM while an upload is half sent: it finishes and is stored; then the process exits 0.
			const dbPath = join(server.dir, 'app.db');
			const reader = new Database(dbPath, { readonly: true });
			const { id: assignmentId } = reader
				.prepare(
					`select a.id from assignment a join unit u on u.id = a.unit_id where u.short_name = '市司法局'
					 and a.status in ('not_started', 'in_progress', 'returned') order by a.id limit 1`
				)
				.get() as { id: number };
			reader.close();
			const boundary = 'graceful-shutdown-boundary';
			const head = `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\n停机时的上传\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="停机.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
			const file = Buffer.from(pdfBytes(200_000));
			const url = new URL(`${server.url}/assignments/${assignmentId}?/addFile`);
			let answered = '';
			const request = http.request(url, {
				method: 'POST',
				headers: {
					cookie,
					origin: server.url,
					accept: 'application/json',
					'x-sveltekit-action': 'true',
					'content-type': `multipart/form-data; boundary=${boundary}`
				}
			});
			const response = new Promise<number>((ok, fail) => {
				request.on('response', (res) => {
					res.on('data', (d) => (answered += d));
					res.on('end', () => ok(res.statusCode ?? 0));
				});
				request.on('error', fail);
			});
			request.write(head);
			request.write(file.subarray(0, 50_000));
			await new Promise((r) => setTimeout(r, 300));
			const exit = new Promise<number | null>((ok) => server.process.once('exit', (code) => ok(code)));
			server.process.kill('SIGTERM');
			await new Promise((r) => setTimeout(r, 500));
			// No new connections once stopping.
			await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
			request.end(Buffer.concat([file.subarray(50_000), Buffer.from(`\r\n--${boundary}--\r\n`)]));
			expect(await response).toBe(200);
			expect(answered).toContain('"type":"success"');
			expect(await exit).toBe(0);
			const events = logLines(server).map((l) => l.event);
			expect(events.indexOf('server.stopping')).toBeLessThan(events.indexOf('db.closed'));
			expect(events.indexOf('db.closed')).toBeLessThan(events.indexOf('server.stopped'));
			// Closed cleanly: the last connection's close checkpointed and removed the WAL.
			expect(existsSync(`${dbPath}-wal`)).toBe(false);
			const after = new Database(dbPath, { readonly: true });
			const stored = after.prepare("select count(*) n from evidence where description = '停机时的上传'").get() as {
				n: number;
			};
			after.close();
			expect(stored.n).toBe(1);
		} finally {
			await server.stop();
		}
	});

	it('refuses to start, in Chinese and English, when the upload folder cannot be written', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'yd-startup-'));
		try {
			writeFileSync(join(dir, 'not-a-folder'), '');
			const port = await freePort();
			const child = spawn(process.execPath, [resolve('scripts/serve.js')], {
				env: {
					...process.env,
					DATABASE_PATH: join(dir, 'app.db'),
					UPLOAD_DIR: join(dir, 'not-a-folder', 'uploads'),
					DEMO: '',
					PORT: String(port),
					HOST: '127.0.0.1'
				},
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let output = '';
			child.stdout.on('data', (d) => (output += d));
			child.stderr.on('data', (d) => (output += d));
			const code = await new Promise<number | null>((ok) => child.once('exit', ok));
			expect(code).toBe(1);
			expect(output).toContain('佐证材料目录（UPLOAD_DIR）不可写');
			expect(output).toContain('The upload folder (UPLOAD_DIR) is not writable');
			expect(output).toContain('"event":"startup.refused"');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
