// The bench's data: a province (tests/helpers/province.ts) seeded straight into a SQLite file at
// `scale` times the units and tasks, with `years` plans (the newest last), plus the accounts the
// scenarios sign in as: a leader, an office account, the staff of the unit with the most work in the
// newest plan, and the staff of 50 writer units, each with an assignment it may still report on.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/auth/password';
import { PROVINCE, scaled, seedProvince } from '../../tests/helpers/province';

export const BENCH_PASSWORD = 'bench-password-1';
export const WRITERS = 50;

export interface BenchWorld {
	dbPath: string;
	uploadDir: string;
	planId: number;
	seedSeconds: number;
	counts: Record<string, number>;
	/** The unit page and 我的任务 show this unit; its staff signs in as `unitUser`. */
	unitId: number;
	unitUser: string;
	/** One of that unit's assignments with a full history (reports, a submission, a review). */
	assignmentId: number;
	leaderUser: string;
	officeUser: string;
	writers: { username: string; assignmentId: number }[];
}

export async function seedBench(dir: string, opts: { scale: number; years: number }): Promise<BenchWorld> {
	const dbPath = join(dir, 'app.db');
	const db = openDatabase(dbPath);
	const t0 = performance.now();
	const { planIds, officeId } = seedProvince(db, { ...scaled(PROVINCE, opts.scale), plans: opts.years });
	const c = db.$client;
	const planId = planIds[planIds.length - 1];
	const hash = await hashPassword(BENCH_PASSWORD);
	c.prepare(
		"insert into user (username, display_name, password_hash, role) values ('bench-leader', '分管领导', ?, 'leader')"
	).run(hash);
	c.prepare("update user set username = 'bench-office', password_hash = ? where id = ?").run(hash, officeId);
	const busiest = c
		.prepare(
			'select unit_id u from assignment where plan_id = ? group by unit_id order by count(*) desc, unit_id limit 1'
		)
		.get(planId) as { u: number };
	const staffOf = c.prepare("select username from user where role = 'unit' and unit_id = ?").pluck();
	const setPassword = c.prepare('update user set password_hash = ? where username = ?');
	const unitUser = staffOf.get(busiest.u) as string;
	setPassword.run(hash, unitUser);
	const withHistory = c
		.prepare(
			`select a.id from assignment a where a.plan_id = ? and a.unit_id = ? and a.status = 'accepted'
			 order by (select count(*) from extension_request e where e.assignment_id = a.id) desc, a.id limit 1`
		)
		.get(planId, busiest.u) as { id: number };
	// Writers: the first 50 other units, each on its first assignment still open for reports.
	const open = c
		.prepare(
			`select unit_id u, min(id) a from assignment where plan_id = ? and unit_id != ? and status in ('not_started', 'in_progress', 'returned')
			 group by unit_id order by unit_id limit ?`
		)
		.all(planId, busiest.u, WRITERS) as { u: number; a: number }[];
	const writers = open.map((w) => ({ username: staffOf.get(w.u) as string, assignmentId: w.a }));
	for (const w of writers) setPassword.run(hash, w.username);
	const seedSeconds = (performance.now() - t0) / 1000;
	const counts = c
		.prepare(
			`select (select count(*) from unit) units, (select count(*) from task) tasks, (select count(*) from assignment) assignments,
			        (select count(*) from progress_report) reports, (select count(*) from evidence) evidence,
			        (select count(*) from submission) submissions, (select count(*) from review) reviews,
			        (select count(*) from extension_request) extensions, (select count(*) from deadline_change) deadline_changes,
			        (select count(*) from assignment_event) events`
		)
		.get() as Record<string, number>;
	c.pragma('wal_checkpoint(TRUNCATE)');
	c.close();
	return {
		dbPath,
		uploadDir: join(dir, 'uploads'),
		planId,
		seedSeconds,
		counts,
		unitId: busiest.u,
		unitUser,
		assignmentId: withHistory.id,
		leaderUser: 'bench-leader',
		officeUser: 'bench-office',
		writers
	};
}

/** Sent reports the writers' scenario added (its content marks them). */
export function countBenchReports(dbPath: string, marker: string): number {
	const db = new Database(dbPath, { readonly: true });
	try {
		return (
			db.prepare('select count(*) n from progress_report where content = ? and sent_at is not null').get(marker) as {
				n: number;
			}
		).n;
	} finally {
		db.close();
	}
}
