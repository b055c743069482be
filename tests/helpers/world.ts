// The demo world the security tests run against: the built server with the demo data, six kinds of
// user signed in (anonymous, unit A, unit B, the lead unit, a leader, the office), and the ids the
// security matrix's paths use (tests/security/matrix.ts, MatrixIds).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { shanghaiDate } from '../../src/lib/server/shared/time';
import type { MatrixIds, MatrixRole } from '../security/matrix';
import { DEMO_PASSWORD } from './e2e';
import { pdfBytes, multipart } from './files';
import type { RunningServer } from './server';

export interface World {
	ids: MatrixIds;
	/** Session cookies by role ('' for anonymous). */
	cookies: Record<MatrixRole, string>;
	/** Signs `role` in again (a fresh session), e.g. before posting /logout with it. */
	signInAgain(role: MatrixRole): Promise<string>;
	q<T>(sql: string, ...args: unknown[]): T;
	run(sql: string, ...args: unknown[]): void;
}

const USERNAMES: Record<Exclude<MatrixRole, 'anonymous'>, string> = {
	unitA: 'sifaju',
	unitB: 'zhengding',
	lead: '',
	leader: 'leader',
	admin: 'admin'
};

export async function signIn(base: string, username: string, password = DEMO_PASSWORD): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password, next: '/' })
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (res.status !== 303 || !cookie) throw new Error(`${username} 登录失败：${res.status}`);
	return cookie;
}

/** Sets up the world on a running demo server (DEMO=1). */
export async function demoWorld(server: RunningServer): Promise<World> {
	const path = join(server.dir, 'app.db');
	const q = <T>(sql: string, ...args: unknown[]): T => {
		const db = new Database(path, { readonly: true });
		try {
			return db.prepare(sql).get(...args) as T;
		} finally {
			db.close();
		}
	};
	const run = (sql: string, ...args: unknown[]) => {
		const db = new Database(path);
		try {
			db.pragma('busy_timeout = 5000');
			db.prepare(sql).run(...args);
		} finally {
			db.close();
		}
	};
	const unitA = q<{ unit_id: number }>("select unit_id from user where username = 'sifaju'").unit_id;
	// A's assignment, still open, on a task another unit leads.
	const work = q<{ id: number; task_id: number; plan_id: number; lead: number }>(
		`select a.id, a.task_id, a.plan_id, l.unit_id lead from assignment a
		 join assignment l on l.task_id = a.task_id and l.role = 'lead' and l.unit_id != a.unit_id
		 where a.unit_id = ? and a.role = 'responsible' and a.status = 'in_progress' order by a.id limit 1`,
		unitA
	);
	// The lead unit's staff account has a random password in the demo: give it the demo one.
	const lead = q<{ username: string }>("select username from user where unit_id = ? and role = 'unit'", work.lead);
	run(
		"update user set password_hash = (select password_hash from user where username = 'sifaju') where username = ?",
		lead.username
	);
	const usernames = { ...USERNAMES, lead: lead.username };
	const signInAgain = async (role: MatrixRole) => (role === 'anonymous' ? '' : signIn(server.url, usernames[role]));
	const cookies = { anonymous: '' } as Record<MatrixRole, string>;
	for (const role of ['unitA', 'unitB', 'lead', 'leader', 'admin'] as const) cookies[role] = await signInAgain(role);

	const today = shanghaiDate();
	// A file sent with a progress report: what the lead unit, leaders and the office may download.
	const headers = { cookie: cookies.unitA, origin: server.url, accept: 'text/html' };
	const upload = async (name: string) => {
		const { contentType, body } = multipart({ description: '佐证' }, { name, bytes: pdfBytes(200) });
		const up = await fetch(`${server.url}/assignments/${work.id}?/addFile`, {
			method: 'POST',
			headers: { ...headers, 'content-type': contentType },
			body,
			duplex: 'half'
		} as RequestInit);
		if (up.status !== 200) throw new Error(`上传失败：${up.status}`);
	};
	await upload('进展材料.pdf');
	const percent = q<{ p: number | null }>(
		'select max(percent) p from progress_report where assignment_id = ?',
		work.id
	).p;
	const sent = await fetch(`${server.url}/assignments/${work.id}?/sendReport`, {
		method: 'POST',
		redirect: 'manual',
		headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			content: '按计划推进，材料见附件。',
			percent: String(percent ?? 10),
			reportedOn: today
		})
	});
	if (sent.status >= 400) throw new Error(`报送失败：${sent.status} ${await sent.text()}`);
	const evidenceA = q<{ id: number }>(
		"select id from evidence where assignment_id = ? and kind = 'file' and sent_at is not null order by id desc",
		work.id
	).id;

	await upload('未报送材料.pdf');
	const draftEvidenceA = q<{ id: number }>(
		"select id from evidence where assignment_id = ? and kind = 'file' and sent_at is null order by id desc",
		work.id
	).id;
	const year = q<{ year: number }>('select year from plan where id = ?', work.plan_id).year;
	// Unit A's annual-report draft, so its Word file and print view exist.
	const generated = await fetch(`${server.url}/reports/${year}/${unitA}/draft?/generate`, {
		method: 'POST',
		redirect: 'manual',
		headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ version: '0' })
	});
	if (generated.status >= 400) throw new Error(`年报草稿未生成：${generated.status}`);

	const parsed = await fetch(`${server.url}/plans/import?/parse`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			cookie: cookies.admin,
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ text: '2031年政务公开工作要点\n一、重点领域\n1.推进决策公开。（市司法局）' })
	});
	const draft = Number(/\/plans\/import\/(\d+)/.exec(parsed.headers.get('location') ?? '')?.[1]);
	if (!draft) throw new Error(`导入草稿未建立：${parsed.status}`);

	// A unit nothing depends on, for the office's unit actions (deactivate, merge, rename).
	run("insert into unit (name, short_name, kind) values ('安全测试备用单位', '测试备用', 'department')");
	const spareUnit = q<{ id: number }>("select id from unit where short_name = '测试备用'").id;
	const spareUser = q<{ id: number }>(
		"select id from user where role = 'unit' and username not in ('sifaju', 'zhengding', ?) order by id limit 1",
		lead.username
	).id;
	return {
		ids: {
			plan: work.plan_id,
			task: work.task_id,
			unitA,
			assignmentA: work.id,
			evidenceA,
			draftEvidenceA,
			draft,
			spareUnit,
			spareUser,
			year,
			today,
			bulletin: q<{ id: number }>("select id from bulletin where status = 'issued' order by id limit 1").id,
			entry: q<{ id: number } | undefined>('select id from score_entry order by id limit 1')?.id ?? 0
		},
		cookies,
		signInAgain,
		q,
		run
	};
}
