// The write load of the crash test: each operation is a real request with a real session, and
// returns what it wrote when the server acknowledged it (a 2xx with a success answer). A pluggable
// registry: each op picks its target from the database, posts the form and returns an Ack whose
// check() finds the write; checks.ts then finds every record whole (an issued bulletin included).
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { shanghaiDate } from '../../src/lib/server/shared/time';

export interface Session {
	base: string;
	cookie: string;
	role: 'unit' | 'admin';
	unitId: number | null;
}

/** An acknowledged write and how to find it afterwards (null when present and whole). */
export interface Ack {
	op: string;
	token: string;
	check(db: Database.Database): string | null;
}

export interface OpContext {
	session: Session;
	/** A read-only connection to the live database, for choosing targets. */
	db: Database.Database;
	token: string;
	rand: () => number;
}

export interface CrashOp {
	name: string;
	role: Session['role'];
	weight: number;
	run(ctx: OpContext): Promise<Ack | null>;
}

async function action(s: Session, path: string, body: BodyInit, type?: string): Promise<boolean> {
	const headers: Record<string, string> = {
		cookie: s.cookie,
		origin: s.base,
		accept: 'application/json',
		'x-sveltekit-action': 'true'
	};
	if (type) headers['content-type'] = type;
	const res = await fetch(s.base + path, { method: 'POST', headers, body, redirect: 'manual' });
	const text = await res.text();
	const ok = res.ok && /"type":"(success|redirect)"/.test(text);
	if (!ok && process.env.CRASH_DEBUG) console.error(path, res.status, text.slice(0, 300));
	return ok;
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const FORM = 'application/x-www-form-urlencoded';

/** One of the unit's assignments it may still report on (with evidence already, for a submission). */
function editable(ctx: OpContext, withEvidence = false): { id: number; version: number } | undefined {
	const rows = ctx.db
		.prepare(
			`select id, version from assignment a where unit_id = ? and status in ('not_started', 'in_progress', 'returned')
			 and (? = 0 or exists (select 1 from evidence e where e.assignment_id = a.id)) order by id`
		)
		.all(ctx.session.unitId, withEvidence ? 1 : 0) as { id: number; version: number }[];
	return rows[Math.floor(ctx.rand() * rows.length)];
}

const one = (db: Database.Database, sql: string, ...args: unknown[]) =>
	(db.prepare(sql).get(...args) as { n: number }).n;

/** Files drawn from a small pool of contents, so some uploads repeat stored content. */
function pdfOf(rand: () => number): Uint8Array<ArrayBuffer> {
	const variant = Math.floor(rand() * 12);
	const size = 200 + variant * 997;
	const bytes = new Uint8Array(size);
	bytes.set(new TextEncoder().encode(`%PDF-1.4\n% crash test ${variant}\n`));
	for (let i = 40; i < size; i++) bytes[i] = (i * 31 + variant * 7) & 0xff;
	return bytes;
}

export const OPS: CrashOp[] = [
	{
		name: 'report',
		role: 'unit',
		weight: 5,
		async run(ctx) {
			const a = editable(ctx);
			if (!a) return null;
			const content = `报送进展 ${ctx.token}`;
			const body = form({ content, percent: String(10 + Math.floor(ctx.rand() * 80)), reportedOn: shanghaiDate() });
			if (!(await action(ctx.session, `/assignments/${a.id}?/sendReport`, body, FORM))) return null;
			return {
				op: 'report',
				token: ctx.token,
				check: (db) =>
					one(db, 'select count(*) n from progress_report where content = ? and sent_at is not null', content) !== 1
						? '已确认的进展报送不在数据库中'
						: one(
									db,
									"select count(*) n from assignment_event where type = 'report' and message like ?",
									// The message ends with the content: anchored there, k1w0n1 does not also match k1w0n12.
									`%${content}`
							  ) !== 1
							? '进展报送缺少办理记录'
							: null
			};
		}
	},
	{
		name: 'upload',
		role: 'unit',
		weight: 3,
		async run(ctx) {
			const a = editable(ctx);
			if (!a) return null;
			const bytes = pdfOf(ctx.rand);
			const hash = createHash('sha256').update(bytes).digest('hex');
			const body = new FormData();
			body.append('description', ctx.token);
			body.append('file', new Blob([bytes], { type: 'application/pdf' }), `材料 ${ctx.token}.pdf`);
			if (!(await action(ctx.session, `/assignments/${a.id}?/addFile`, body))) return null;
			return {
				op: 'upload',
				token: ctx.token,
				check: (db) =>
					one(db, 'select count(*) n from evidence where description = ? and file_hash = ?', ctx.token, hash) !== 1
						? '已确认的上传不在数据库中'
						: null
			};
		}
	},
	{
		name: 'submit',
		role: 'unit',
		weight: 2,
		async run(ctx) {
			const a = editable(ctx, true);
			if (!a) return null;
			const summary = `办结 ${ctx.token}`;
			const body = form({ summary, percent: '100', version: String(a.version) });
			if (!(await action(ctx.session, `/assignments/${a.id}?/submit`, body, FORM))) return null;
			return {
				op: 'submit',
				token: ctx.token,
				check: (db) =>
					one(db, 'select count(*) n from submission where summary = ? and submitted_at is not null', summary) !== 1
						? '已确认的提交办结不在数据库中'
						: null
			};
		}
	},
	{
		name: 'review',
		role: 'admin',
		weight: 4,
		async run(ctx) {
			const rows = ctx.db
				.prepare("select id, version from assignment where status = 'submitted' order by submitted_at limit 20")
				.all() as { id: number; version: number }[];
			const a = rows[Math.floor(ctx.rand() * rows.length)];
			if (!a) return null;
			const accept = ctx.rand() < 0.5;
			const comment = `审核 ${ctx.token}`;
			const body = accept
				? form({ grade: 'good', comment, version: String(a.version) })
				: form({ reason: comment, version: String(a.version) });
			if (!(await action(ctx.session, `/assignments/${a.id}?/${accept ? 'accept' : 'return'}`, body, FORM)))
				return null;
			return {
				op: 'review',
				token: ctx.token,
				check: (db) =>
					one(db, 'select count(*) n from review where comment = ? and assignment_id = ?', comment, a.id) !== 1
						? '已确认的审核不在数据库中'
						: null
			};
		}
	},
	{
		name: 'import',
		role: 'admin',
		weight: 1,
		async run(ctx) {
			const tasks = 10 + Math.floor(ctx.rand() * 20);
			const title = `崩溃测试${ctx.token}年政务公开工作要点`;
			const res = await fetch(`${ctx.session.base}/plans/import?/parse`, {
				method: 'POST',
				redirect: 'manual',
				headers: { cookie: ctx.session.cookie, origin: ctx.session.base, 'content-type': FORM },
				body: form({ text: pastedTable(title, tasks) })
			});
			// A redirect answer (303, or SvelteKit's JSON one) names the new draft.
			const text = await res.text();
			const draft = /\/plans\/import\/(\d+)/.exec(`${res.headers.get('location') ?? ''} ${text}`)?.[1];
			if (!draft && process.env.CRASH_DEBUG) console.error('parse', res.status, text.slice(0, 300));
			if (!draft) return null;
			const body = form({ mode: 'create', planTitle: title, planYear: '2031' });
			if (!(await action(ctx.session, `/plans/import/${draft}?/confirm`, body, FORM))) return null;
			return {
				op: 'import',
				token: ctx.token,
				check: (db) =>
					one(
						db,
						'select count(*) n from task where plan_id = (select id from plan where title = ? and year = 2031)',
						title
					) !== tasks
						? `已确认的导入不完整（应有 ${tasks} 项任务）`
						: null
			};
		}
	},
	{
		name: 'bulletin',
		role: 'admin',
		weight: 1,
		async run(ctx) {
			// The reference plan (imports add plans of 2031 whose bulletins could not be dated yet).
			const planId = one(ctx.db, "select min(id) n from plan where kind = 'work' and year = 2020");
			if (!planId) return null;
			const title = `崩溃测试通报${ctx.token}`;
			const body = form({
				kind: 'monthly',
				docNumber: `崩溃测试〔${ctx.token}〕号`,
				title,
				cutOff: shanghaiDate(),
				publish: 'scores',
				comment: `崩溃测试 ${ctx.token}`,
				issuer: '崩溃测试办公室'
			});
			if (!(await action(ctx.session, `/assessment/bulletins/new?plan=${planId}&/issue`, body, FORM))) return null;
			return {
				op: 'bulletin',
				token: ctx.token,
				check: (db) =>
					one(db, "select count(*) n from bulletin where title = ? and status = 'issued'", title) !== 1
						? '已确认印发的通报不在数据库中'
						: null
			};
		}
	}
];

/** A task table as pasted from Word or Excel (tab-separated), naming only units the registry knows. */
function pastedTable(title: string, tasks: number): string {
	const units = ['市司法局', '市财政局', '市教育局', '市民政局', '市卫健委', '市住建局'];
	const lines = [title, ['序号', '类别', '工作任务', '工作要求', '牵头单位', '责任单位', '完成时限'].join('\t')];
	for (let i = 1; i <= tasks; i++)
		lines.push(
			[
				String(i),
				`${'一二三四五六'[Math.floor(((i - 1) * 6) / tasks)]}、重点领域`,
				`推进第${i}项公开任务`,
				`做好第${i}项任务的信息公开。`,
				units[i % units.length],
				`${units[(i + 1) % units.length]}、各县(市、区)政府`,
				`${1 + (i % 12)}月底前`
			].join('\t')
		);
	return lines.join('\n');
}
