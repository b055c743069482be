// What must hold after every kill and restart, whatever was cut off: the database is intact, every
// evidence row has its file with the right hash, and no record is half-written — each sent report,
// submission, review and added material came with its timeline event and audit row, each confirmed
// import with all its tasks, each issued bulletin with all its rows, and the board roll-ups equal
// the assignments they count.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { storedPath } from '../../src/lib/server/evidence/upload';

export interface Invariant {
	name: string;
	check(db: Database.Database, uploadDir: string): string[];
}

const n = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

function equalCounts(name: string, what: string, queries: Record<string, string>): Invariant {
	return {
		name,
		check(db) {
			const counts = Object.entries(queries).map(([k, q]) => [k, n(db, q)] as const);
			return new Set(counts.map(([, v]) => v)).size === 1
				? []
				: [`${what}不一致：${counts.map(([k, v]) => `${k} ${v}`).join('，')}`];
		}
	};
}

export const INVARIANTS: Invariant[] = [
	{
		name: 'integrity',
		check(db) {
			const rows = db.pragma('integrity_check') as { integrity_check: string }[];
			const fk = db.pragma('foreign_key_check') as unknown[];
			return [
				...rows.filter((r) => r.integrity_check !== 'ok').map((r) => `integrity_check：${r.integrity_check}`),
				...(fk.length ? [`外键不一致 ${fk.length} 处`] : [])
			];
		}
	},
	{
		name: 'evidence-files',
		check(db, uploadDir) {
			const out: string[] = [];
			for (const { h } of db.prepare('select distinct file_hash h from evidence where file_hash is not null').all() as {
				h: string;
			}[]) {
				const p = storedPath(uploadDir, h);
				if (!existsSync(p)) out.push(`佐证材料文件缺失：${h}`);
				else if (createHash('sha256').update(readFileSync(p)).digest('hex') !== h)
					out.push(`佐证材料文件内容不符：${h}`);
			}
			return out;
		}
	},
	equalCounts('reports-whole', '已报送进展与办理记录、审计日志', {
		reports: 'select count(*) n from progress_report where sent_at is not null',
		events: "select count(*) n from assignment_event where type = 'report'",
		audit: "select count(*) n from audit_log where action = 'progress.report'"
	}),
	equalCounts('submissions-whole', '提交办结与办理记录、审计日志', {
		submissions: 'select count(*) n from submission where submitted_at is not null',
		events: "select count(*) n from assignment_event where type = 'submitted'",
		audit: "select count(*) n from audit_log where action = 'assignment.submit'"
	}),
	equalCounts('reviews-whole', '审核与办理记录、审计日志', {
		reviews: 'select count(*) n from review',
		events: "select count(*) n from assignment_event where type in ('accepted', 'returned')",
		audit: "select count(*) n from audit_log where action in ('review.accept', 'review.return')"
	}),
	equalCounts('evidence-whole', '佐证材料与审计日志', {
		evidence: 'select count(*) n from evidence',
		audit: "select count(*) n from audit_log where action = 'evidence.add'"
	}),
	{
		name: 'imports-whole',
		check(db) {
			const out: string[] = [];
			const rows = db
				.prepare(
					`select i.id, i.status, i.plan_id, i.parsed, (select count(*) from task t where t.plan_id = i.plan_id) tasks
					 from plan_import i where i.status = 'confirmed'`
				)
				.all() as { id: number; plan_id: number | null; parsed: string; tasks: number }[];
			for (const r of rows) {
				const parsed = JSON.parse(r.parsed) as { sections: { items: unknown[] }[] };
				const expected = parsed.sections.reduce((k, s) => k + s.items.length, 0);
				if (r.plan_id === null || r.tasks !== expected)
					out.push(`导入草稿 ${r.id} 已确认，但工作要点只有 ${r.tasks} 项任务（应为 ${expected}）`);
			}
			const orphans = n(
				db,
				'select count(*) n from plan p where not exists (select 1 from plan_import i where i.plan_id = p.id)'
			);
			if (orphans) out.push(`${orphans} 个工作要点没有已确认的导入记录`);
			return out;
		}
	},
	{
		// Checked after a restart, with no load: a bulletin cut off while being written is gone (the
		// server removes it at start-up), and every issued one holds each unit it counted, each with
		// its breakdown lines numbered without a gap.
		name: 'bulletins-whole',
		check(db) {
			const out: string[] = [];
			const writing = n(db, "select count(*) n from bulletin where status = 'writing'");
			if (writing) out.push(`重启后仍有 ${writing} 期通报停在“印发中”`);
			const issued = db
				.prepare(
					`select b.id, b.classes, (select count(*) from bulletin_unit u where u.bulletin_id = b.id) units
					 from bulletin b where b.status = 'issued'`
				)
				.all() as { id: number; classes: string; units: number }[];
			for (const b of issued) {
				const counted = (JSON.parse(b.classes) as { units: number }[]).reduce((k, c) => k + c.units, 0);
				if (counted !== b.units) out.push(`通报 ${b.id} 应有 ${counted} 个单位的得分，只有 ${b.units} 个`);
			}
			const gaps = n(
				db,
				`select count(*) n from (select l.bulletin_id, l.unit_id from bulletin_line l
				   join bulletin b on b.id = l.bulletin_id and b.status = 'issued'
				   group by 1, 2 having max(l.seq) + 1 != count(*) or min(l.seq) != 0
				     or not exists (select 1 from bulletin_unit u where u.bulletin_id = l.bulletin_id and u.unit_id = l.unit_id))`
			);
			if (gaps) out.push(`${gaps} 个单位在已印发通报中的扣分明细不完整`);
			return out;
		}
	},
	{
		name: 'rollup',
		check(db) {
			const diff = n(
				db,
				`select count(*) n from (
				   select a.plan_id, t.section_id, a.unit_id, count(*) total, sum(a.status = 'accepted') acc, sum(a.last_light is 'red') red
				   from assignment a join task t on t.id = a.task_id group by 1, 2, 3
				   except select plan_id, section_id, unit_id, total, accepted, red from assignment_rollup where total > 0)`
			);
			return diff ? [`看板汇总与任务分工不一致（${diff} 组）`] : [];
		}
	}
];
