// 20 evidence files of 20 MB uploaded at once to the production build: every file stored with
// the right SHA-256, and the server's resident memory (VmRSS, polled) stays under 400 MB.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { startServer } from '../../tests/helpers/server';
import { storedPath } from '../../src/lib/server/evidence/upload';
import { rng, round, summarise } from './stats';
import type { TaskResult } from './scenarios';

const FILES = 20;
const SIZE = 20 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** A PDF-looking body of `size` bytes generated on the fly; its hash is ready when it ends. */
function fileStream(seed: number, size: number) {
	const rand = rng(seed);
	const hash = createHash('sha256');
	const header = Buffer.from('%PDF-1.7\n%bench\n');
	let sent = 0;
	const digest = { value: '' };
	const stream = new ReadableStream<Uint8Array>({
		pull(c) {
			if (sent >= size) {
				digest.value = hash.digest('hex');
				c.close();
				return;
			}
			const n = Math.min(CHUNK, size - sent);
			const buf = Buffer.allocUnsafe(n);
			for (let i = 0; i < n; i += 4) buf.writeUInt32LE((rand() * 2 ** 32) >>> 0, Math.min(i, n - 4));
			if (sent === 0) header.copy(buf);
			hash.update(buf);
			sent += n;
			c.enqueue(buf);
		}
	});
	return { stream, digest };
}

function multipartStream(name: string, file: ReadableStream<Uint8Array>, boundary: string): ReadableStream<Uint8Array> {
	const head = Buffer.from(
		`--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\n基准测试\r\n` +
			`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`
	);
	const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
	const reader = file.getReader();
	let stage = 0;
	return new ReadableStream<Uint8Array>({
		async pull(c) {
			if (stage === 0) {
				stage = 1;
				c.enqueue(head);
				return;
			}
			if (stage === 1) {
				const { done, value } = await reader.read();
				if (!done) return c.enqueue(value);
				stage = 2;
			}
			c.enqueue(tail);
			c.close();
		}
	});
}

function rssMb(pid: number): number {
	const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Number(m[1]) / 1024 : 0;
}

async function login(base: string, username: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password: 'demo12345', next: '/' })
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (!cookie) throw new Error(`登录失败：${res.status}`);
	return cookie;
}

export async function benchUpload(): Promise<TaskResult> {
	if (!existsSync('build/index.js')) execSync('npx vite build', { stdio: 'inherit' });
	const server = await startServer({ UPLOAD_MAX_MB: '50' });
	try {
		const cookie = await login(server.url, 'sifaju');
		const db = new Database(join(server.dir, 'app.db'), { readonly: true });
		const { id } = db
			.prepare(
				"select a.id from assignment a join unit u on u.id = a.unit_id join task t on t.id = a.task_id where u.short_name = '市司法局' and t.title = '加强政务信息规范管理'"
			)
			.get() as { id: number };
		const pid = server.process.pid!;
		const idleRss = rssMb(pid);
		let peak = idleRss;
		const poll = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
		const t0 = performance.now();
		const uploads = await Promise.all(
			Array.from({ length: FILES }, async (_, i) => {
				const boundary = `----bench${i}${Date.now()}`;
				const file = fileStream(1000 + i, SIZE);
				const started = performance.now();
				const res = await fetch(`${server.url}/assignments/${id}?/addFile`, {
					method: 'POST',
					headers: {
						cookie,
						origin: server.url,
						'content-type': `multipart/form-data; boundary=${boundary}`,
						accept: 'application/json',
						'x-sveltekit-action': 'true'
					},
					body: multipartStream(`材料${i + 1}.pdf`, file.stream, boundary),
					duplex: 'half'
				} as RequestInit);
				const text = await res.text();
				return {
					ok: res.ok && text.includes('success'),
					hash: file.digest.value,
					status: res.status,
					ms: performance.now() - started
				};
			})
		);
		const seconds = (performance.now() - t0) / 1000;
		clearInterval(poll);
		peak = Math.max(peak, rssMb(pid));
		// Every upload's hash is a stored row, and the stored file re-hashes to it.
		const rows = db.prepare('select file_hash h, size from evidence where assignment_id = ?').all(id) as {
			h: string;
			size: number;
		}[];
		db.close();
		let verified = 0;
		for (const u of uploads) {
			if (!u.ok || !rows.some((r) => r.h === u.hash && r.size === SIZE)) continue;
			const h = createHash('sha256');
			for await (const chunk of createReadStream(storedPath(join(server.dir, 'uploads'), u.hash)))
				h.update(chunk as Buffer);
			if (h.digest('hex') === u.hash) verified++;
		}
		const latency = summarise(uploads.map((u) => u.ms));
		return {
			rps: round(FILES / seconds),
			p50_ms: round(latency.p50),
			p99_ms: round(latency.p99),
			statements: null,
			rss_mb: round(peak, 1),
			event_loop_p99_ms: null,
			figures: {
				files: FILES,
				file_mb: SIZE / 1024 / 1024,
				accepted: uploads.filter((u) => u.ok).length,
				hashes_verified: verified,
				seconds: round(seconds),
				throughput_mb_s: round((FILES * SIZE) / 1024 / 1024 / seconds),
				server_rss_idle_mb: round(idleRss, 1),
				server_rss_peak_mb: round(peak, 1)
			},
			problems: verified === FILES ? [] : [`${FILES - verified} 个文件未通过哈希校验`]
		};
	} finally {
		await server.stop();
	}
}
