// Hostile uploads to the two places that take files — evidence (佐证材料) and the plan importer — are
// refused with a Chinese message and leave nothing behind: no row, no stored file, no temporary file.
// (Oversized files, path-traversal names and a renamed program through the page: tests/e2e/access.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { exeBytes, htmlBytes, multipart, pdfBytes } from '../helpers/files';
import { startServer, type RunningServer } from '../helpers/server';
import { demoWorld, type World } from '../helpers/world';

let server: RunningServer;
let world: World;

beforeAll(async () => {
	server = await startServer({ UPLOAD_MAX_MB: '2' });
	world = await demoWorld(server);
});
afterAll(async () => {
	await server?.stop();
});

/** Every file under the upload folder, temporary ones included. */
const files = () =>
	readdirSync(join(server.dir, 'uploads'), { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name))
		.sort();
const count = (sql: string) => world.q<{ n: number }>(sql).n;
const residue = () => ({
	files: files(),
	evidence: count('select count(*) n from evidence'),
	drafts: count('select count(*) n from plan_import'),
	plans: count('select count(*) n from plan')
});

async function send(path: string, cookie: string, name: string, bytes: Uint8Array, type?: string) {
	const { contentType, body } = multipart({ description: '材料' }, { name, bytes, type });
	const res = await fetch(server.url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie, origin: server.url, 'content-type': contentType, accept: 'text/html' },
		body,
		duplex: 'half'
	} as RequestInit);
	return { status: res.status, text: await res.text() };
}
const evidence = (name: string, bytes: Uint8Array, type?: string) =>
	send(`/assignments/${world.ids.assignmentA}?/addFile`, world.cookies.unitA, name, bytes, type);
const importer = (name: string, bytes: Uint8Array) => send('/plans/import?/parse', world.cookies.admin, name, bytes);

const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
/** A real-looking .docx or .xlsx whose one part inflates to 100 MB of one repeated run (the
 * importer stops at 40 MB or a 200:1 ratio): a few hundred KB as sent. */
function zipBomb(kind: 'docx' | 'xlsx'): Uint8Array {
	const chunk = strToU8('<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>'.repeat(1000));
	const big = new Uint8Array(100 * 1024 * 1024);
	for (let i = 0; i + chunk.length <= big.length; i += chunk.length) big.set(chunk, i);
	const parts: Record<string, Uint8Array> =
		kind === 'docx'
			? { 'word/document.xml': big }
			: {
					'xl/workbook.xml': strToU8(
						'<workbook xmlns:r="r"><sheets><sheet name="任务" sheetId="1" r:id="rId1"/></sheets></workbook>'
					),
					'xl/_rels/workbook.xml.rels': strToU8(
						'<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
					),
					'xl/worksheets/sheet1.xml': big
				};
	return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), ...parts }, { level: 9 });
}

describe('evidence uploads', () => {
	it.each([
		['an SVG with script', '图.svg', svg, 'image/svg+xml'],
		['an SVG named .png', '图.png', svg, 'image/png'],
		['a program named .pdf', '通知.pdf', exeBytes(), 'application/pdf'],
		['a web page named .docx', '报告.docx', htmlBytes(), 'application/vnd.openxmlformats'],
		['an empty file', '空.pdf', new Uint8Array(0), 'application/pdf']
	])('refuses %s, keeping nothing', async (_what, name, bytes, type) => {
		const before = residue();
		const res = await evidence(name, bytes, type);
		expect(res.status).toBeGreaterThanOrEqual(400);
		expect(res.status).toBeLessThan(500);
		expect(res.text).toMatch(/不是允许的文件类型|请选择|空/);
		expect(residue()).toEqual(before);
	});

	it('keeps nothing of a body cut off half-way, nor of one that stalls and then drops', async () => {
		const before = residue();
		for (const stallMs of [0, 1500]) {
			const { contentType, body } = multipart(
				{ description: '材料' },
				{ name: '扫描件.pdf', bytes: pdfBytes(1_000_000) }
			);
			const payload = Buffer.from(await new Response(body).arrayBuffer());
			const url = new URL(server.url);
			await new Promise<void>((done) => {
				const socket = connect(Number(url.port), url.hostname, () => {
					socket.write(
						`POST /assignments/${world.ids.assignmentA}?/addFile HTTP/1.1\r\nHost: ${url.host}\r\n` +
							`Origin: ${server.url}\r\nCookie: ${world.cookies.unitA}\r\nAccept: text/html\r\n` +
							`Content-Type: ${contentType}\r\nContent-Length: ${payload.length}\r\n\r\n`
					);
					socket.write(payload.subarray(0, payload.length / 2));
					setTimeout(() => socket.destroy(), stallMs + 300);
				});
				socket.on('close', () => done());
				socket.on('error', () => done());
			});
		}
		// The server notices the closed connection and removes the temporary file.
		await expect.poll(() => residue(), { timeout: 10_000 }).toEqual(before);
	});

	it('still takes a real file (the refusals above are not a broken upload)', async () => {
		const before = residue().evidence;
		const res = await evidence('材料.pdf', pdfBytes(500));
		expect(res.status).toBe(200);
		expect(residue().evidence).toBe(before + 1);
	});
});

describe('plan imports', () => {
	it.each([
		['a Word zip bomb', '要点.docx', () => zipBomb('docx')],
		['an Excel zip bomb', '分解表.xlsx', () => zipBomb('xlsx')]
	])('refuses %s without inflating it, keeping nothing', async (_what, name, make) => {
		const bytes = make();
		expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
		const before = residue();
		const res = await importer(name, bytes);
		// 413: what comes out of the zip passes the limit, and reading stops there.
		expect([400, 413]).toContain(res.status);
		expect(res.text).toMatch(/过大|压缩|上限|超过/);
		expect(residue()).toEqual(before);
	});

	it.each([
		['an SVG', '要点.svg', svg],
		['a program named .docx', '要点.docx', exeBytes()],
		['a web page named .txt', '要点.txt', htmlBytes()]
	])('refuses %s with a Chinese message, keeping nothing', async (_what, name, bytes) => {
		const before = residue();
		const res = await importer(name, bytes);
		// 415: not a type the importer reads (decided by the content, not the name).
		expect([400, 415]).toContain(res.status);
		expect(res.text).toMatch(/不支持|无法|不是|请/);
		expect(residue()).toEqual(before);
	});
});
