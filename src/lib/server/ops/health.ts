// /healthz: is this instance able to serve? The database answers, its migrations are the ones this
// build ships, and the upload folder takes a write. JSON, no sign-in, and nothing secret in it (no
// paths, no versions of dependencies, no counts of users).
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DB } from '../db/client';

export interface HealthCheck {
	ok: boolean;
	ms: number;
	detail?: string;
}

export interface Health {
	status: 'ok' | 'fail';
	checks: { database: HealthCheck; migrations: HealthCheck; uploads: HealthCheck };
}

/** The migration timestamps this build ships (drizzle's journal), read once per folder. */
const journals = new Map<string, number[]>();
export function shippedMigrations(migrationsFolder: string): number[] {
	let w = journals.get(migrationsFolder);
	if (!w) {
		const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
			entries: { when: number }[];
		};
		journals.set(migrationsFolder, (w = journal.entries.map((e) => e.when)));
	}
	return w;
}

function timed(run: () => string | undefined): HealthCheck {
	const t0 = performance.now();
	try {
		const detail = run();
		return { ok: detail === undefined, ms: Math.round((performance.now() - t0) * 100) / 100, detail };
	} catch (e) {
		return { ok: false, ms: Math.round((performance.now() - t0) * 100) / 100, detail: (e as Error).message };
	}
}

/** The applied migrations (drizzle's bookkeeping table) against the shipped ones. */
export function migrationState(
	db: DB,
	migrationsFolder: string
): { applied: number; shipped: number; current: boolean } {
	const shipped = shippedMigrations(migrationsFolder);
	const row = db.$client.prepare('select count(*) n, max(created_at) last from __drizzle_migrations').get() as {
		n: number;
		last: number | null;
	};
	return {
		applied: row.n,
		shipped: shipped.length,
		current: row.n === shipped.length && Number(row.last) === shipped[shipped.length - 1]
	};
}

export function checkHealth(db: DB, opts: { uploadDir: string; migrationsFolder: string }): Health {
	const database = timed(() => {
		const r = db.$client.prepare('select 1 ok').get() as { ok: number };
		return r.ok === 1 ? undefined : '数据库无应答';
	});
	const migrations = timed(() => {
		const m = migrationState(db, opts.migrationsFolder);
		return m.current ? undefined : `数据库迁移 ${m.applied} 个，本版本应为 ${m.shipped} 个`;
	});
	const uploads = timed(() => {
		const probe = join(opts.uploadDir, 'tmp', `.healthz-${process.pid}`);
		writeFileSync(probe, '');
		unlinkSync(probe);
		return undefined;
	});
	// A failed write's message names the path: say only what failed.
	if (!uploads.ok) uploads.detail = '佐证材料目录不可写';
	const ok = database.ok && migrations.ok && uploads.ok;
	return { status: ok ? 'ok' : 'fail', checks: { database, migrations, uploads } };
}
