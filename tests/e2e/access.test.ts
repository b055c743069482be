// Unit B against unit A's assignment over HTTP: every page, download and action with A's ids;
// plus an oversized upload that must leave no file and no row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import type { Page } from 'playwright-core';
import { loginAs, postForm, sessionCookie, startE2E, type E2E } from '../helpers/e2e';
import { multipart, pdfBytes } from '../helpers/files';

let e2e: E2E;
let page: Page;
let a = 0; // 市司法局 on 一(四)
let b = 0; // 正定县政府 on 一(四)
let evidenceA = 0;
let cookieA = '';
let cookieB = '';

const q = <T>(sql: string, ...args: unknown[]) => {
	const db = new Database(join(e2e.server.dir, 'app.db'), { readonly: true });
	try {
		return db.prepare(sql).get(...args) as T;
	} finally {
		db.close();
	}
};
const assignmentOf = (unit: string) =>
	q<{ id: number }>(
		"select a.id from assignment a join unit u on u.id = a.unit_id join task t on t.id = a.task_id where u.short_name = ? and t.title = '加强政务信息规范管理'",
		unit
	).id;
const uploadedFiles = () =>
	readdirSync(join(e2e.server.dir, 'uploads'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
		.length;

async function upload(cookie: string, id: number, name: string, bytes: Uint8Array) {
	const { contentType, body } = multipart({ description: '材料' }, { name, bytes });
	return fetch(`${e2e.server.url}/assignments/${id}?/addFile`, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie, origin: e2e.server.url, 'content-type': contentType, accept: 'text/html' },
		body,
		duplex: 'half'
	} as RequestInit);
}

/** Posts a multipart body with node:http and resolves with the answer even if the upload is cut off. */
async function postEarlyAnswer(cookie: string, id: number, name: string, bytes: Uint8Array) {
	const { contentType, body } = multipart({ description: '材料' }, { name, bytes });
	const payload = Buffer.from(await new Response(body).arrayBuffer());
	const url = new URL(`${e2e.server.url}/assignments/${id}?/addFile`);
	return new Promise<{ status: number; body: string }>((ok, fail) => {
		const req = httpRequest(url, {
			method: 'POST',
			headers: {
				cookie,
				origin: e2e.server.url,
				accept: 'text/html',
				'content-type': contentType,
				'content-length': String(payload.length)
			}
		});
		req.on('response', (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (c) => (text += c));
			res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
			res.on('error', () => ok({ status: res.statusCode ?? 0, body: text }));
		});
		req.on('error', (e) => setTimeout(() => fail(e), 2000));
		req.end(payload);
	});
}

beforeAll(async () => {
	e2e = await startE2E({ UPLOAD_MAX_MB: '1' });
	page = await e2e.context.newPage();
	a = assignmentOf('市司法局');
	b = assignmentOf('正定县政府');
	await loginAs(page, e2e.server.url, 'sifaju');
	cookieA = await sessionCookie(e2e.context);
	await e2e.context.clearCookies();
	await loginAs(page, e2e.server.url, 'zhengding');
	cookieB = await sessionCookie(e2e.context);
	const res = await upload(cookieA, a, '草稿.pdf', pdfBytes(1000));
	expect(res.status).toBe(200);
	evidenceA = q<{ id: number }>('select id from evidence where assignment_id = ? order by id desc', a).id;
});
afterAll(async () => {
	await e2e?.close();
});

describe('unit B and unit A’s work', () => {
	it('gets 404 for A’s assignment page and A’s evidence download', async () => {
		const pageRes = await fetch(`${e2e.server.url}/assignments/${a}`, { headers: { cookie: cookieB } });
		expect(pageRes.status).toBe(404);
		expect(await pageRes.text()).not.toContain('草稿.pdf');
		const dl = await fetch(`${e2e.server.url}/evidence/${evidenceA}`, { headers: { cookie: cookieB } });
		expect(dl.status).toBe(404);
		// A's own staff can download its draft.
		expect((await fetch(`${e2e.server.url}/evidence/${evidenceA}`, { headers: { cookie: cookieA } })).status).toBe(200);
	});

	it('gets 404 or 403 for every action posted with A’s ids, and nothing changes', async () => {
		const before = q<{ n: number }>('select count(*) n from audit_log').n;
		const posts: [string, Record<string, string>, number][] = [
			[`/assignments/${a}?/sendReport`, { content: '冒充', percent: '100', reportedOn: '2020-10-01' }, 404],
			[`/assignments/${a}?/saveReport`, { content: '冒充', percent: '100', reportedOn: '2020-10-01' }, 404],
			[`/assignments/${a}?/discardReport`, {}, 404],
			[`/assignments/${a}?/addLink`, { url: 'https://evil.example', description: '冒充' }, 404],
			[`/assignments/${a}?/removeEvidence`, { evidenceId: String(evidenceA) }, 404],
			[`/assignments/${a}?/saveSubmission`, { summary: '冒充', percent: '100' }, 404],
			[`/assignments/${a}?/submit`, { summary: '冒充', percent: '100', version: '1' }, 404],
			[`/assignments/${a}?/requestExtension`, { milestoneId: '', requestedDue: '2021-01-31', reason: '冒充' }, 404],
			[`/assignments/${a}?/withdrawExtension`, {}, 404],
			[`/assignments/${a}?/decideExtension`, { requestId: '1', decision: 'approve', note: '' }, 403],
			[`/assignments/${a}?/setDeadline`, { milestoneId: '', dueOn: '2021-01-31', reason: '冒充' }, 403],
			[`/assignments/${a}?/accept`, { grade: 'excellent', version: '1' }, 403],
			[`/assignments/${a}?/return`, { reason: 'x', version: '1' }, 403],
			[`/assignments/${a}?/remind`, { message: 'x' }, 403],
			// Tampering: A's evidence id on B's own assignment.
			[`/assignments/${b}?/removeEvidence`, { evidenceId: String(evidenceA) }, 404]
		];
		for (const [path, fields, status] of posts) {
			const res = await postForm(e2e.server.url, path, cookieB, fields);
			expect(res.status, path).toBe(status);
		}
		const fileRes = await upload(cookieB, a, '冒充.pdf', pdfBytes());
		expect(fileRes.status).toBe(404);
		expect(q<{ n: number }>('select count(*) n from audit_log').n).toBe(before);
		expect(q<{ n: number }>('select count(*) n from evidence where assignment_id = ?', a).n).toBe(1);
		// A's draft evidence changed nothing visible: the assignment has not started.
		expect(q<{ s: string }>('select status s from assignment where id = ?', a).s).toBe('not_started');
	});

	it('the office and the leader cannot download A’s draft either', async () => {
		for (const who of ['admin', 'leader'] as const) {
			await e2e.context.clearCookies();
			await loginAs(page, e2e.server.url, who);
			const res = await fetch(`${e2e.server.url}/evidence/${evidenceA}`, {
				headers: { cookie: await sessionCookie(e2e.context) }
			});
			expect(res.status, who).toBe(404);
		}
	});
});

describe('uploads', () => {
	it('refuses an oversized file with a clear message, leaving no file and no row', async () => {
		const files = uploadedFiles();
		const rows = q<{ n: number }>('select count(*) n from evidence').n;
		const res = await upload(cookieA, a, '扫描件.pdf', pdfBytes(1_200_000));
		expect(res.status).toBe(413);
		expect(await res.text()).toContain('“扫描件.pdf”超过 1 MB 上限，未保存');
		expect(uploadedFiles()).toBe(files);
		expect(q<{ n: number }>('select count(*) n from evidence').n).toBe(rows);
	});

	it('refuses a body far over the limit before reading it, still in Chinese', async () => {
		// The server answers before the body is sent and closes the connection, so the client's write may
		// fail after the answer came: read the answer the way a browser shows it.
		const res = await postEarlyAnswer(cookieA, a, '巨大.pdf', pdfBytes(8_000_000));
		expect(res.status).toBe(413);
		expect(res.body).toContain('上限');
	});

	it('stores a path-traversal, control-character name safely and downloads it under a clean name', async () => {
		const res = await upload(cookieA, a, '../../etc/\u0007报告\u202e.pdf', pdfBytes(100));
		expect(res.status).toBe(200);
		const row = q<{ id: number; file_name: string; file_hash: string }>(
			'select id, file_name, file_hash from evidence where assignment_id = ? order by id desc',
			a
		);
		expect(row.file_name).toBe('报告.pdf');
		const dl = await fetch(`${e2e.server.url}/evidence/${row.id}`, { headers: { cookie: cookieA } });
		expect(dl.headers.get('content-disposition')).toBe(
			`attachment; filename="__.pdf"; filename*=UTF-8''${encodeURIComponent('报告.pdf')}`
		);
		// Stored under its hash inside the upload directory, nowhere else.
		expect(readdirSync(join(e2e.server.dir, 'uploads', row.file_hash.slice(0, 2)))).toContain(row.file_hash);
	});

	it('refuses a renamed executable through the page', async () => {
		await e2e.context.clearCookies();
		await loginAs(page, e2e.server.url, 'sifaju');
		await page.goto(`${e2e.server.url}/assignments/${a}`);
		await page.setInputFiles('#file', {
			name: '通知.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('MZ\x90\x00 this is a program')
		});
		await page.click('button:text-is("上传")');
		await expect.poll(() => page.locator('#evidence [role=alert]').innerText()).toContain('不是允许的文件类型');
		expect(q<{ n: number }>('select count(*) n from evidence where assignment_id = ?', a).n).toBe(2);
	});
});
