// The crash test's database: the unit registry and the reference plan imported (as the tests'
// assignment world), an office account and the staff of the six units with the most assignments,
// all with one password, in a file the server then serves.
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/auth/password';
import { seedShijiazhuangRegistry } from '../../src/lib/server/demo/seed';
import * as importer from '../../src/lib/server/plans/import';
import { SYSTEM_ACTOR } from '../../src/lib/server/shared/actor';
import { draftFrom, referenceText } from '../../tests/helpers/plans';

export const CRASH_PASSWORD = 'crash-test-password';
export const UNIT_WORKERS = 6;

export interface CrashWorld {
	dir: string;
	dbPath: string;
	uploadDir: string;
	office: string;
	staff: { username: string; unitId: number }[];
}

export async function seedCrashWorld(dir: string): Promise<CrashWorld> {
	const dbPath = join(dir, 'app.db');
	const db = openDatabase(dbPath);
	const c = db.$client;
	seedShijiazhuangRegistry(db);
	const hash = await hashPassword(CRASH_PASSWORD);
	const officeId = Number(
		c
			.prepare(
				"insert into user (username, display_name, password_hash, role) values ('crash-office', '政务公开办', ?, 'admin')"
			)
			.run(hash).lastInsertRowid
	);
	const d = draftFrom(db, { ...SYSTEM_ACTOR, id: officeId, username: 'crash-office', role: 'admin' }, referenceText());
	importer.confirmImport(
		db,
		{ ...SYSTEM_ACTOR, id: officeId, username: 'crash-office', role: 'admin' },
		d.draftId,
		d.decisions
	);
	const busiest = c
		.prepare('select unit_id u from assignment group by unit_id order by count(*) desc, unit_id limit ?')
		.all(UNIT_WORKERS) as { u: number }[];
	const insStaff = c.prepare(
		"insert into user (username, display_name, password_hash, role, unit_id) values (?, ?, ?, 'unit', ?)"
	);
	const staff = busiest.map(({ u }) => {
		insStaff.run(`crash-unit-${u}`, `填报人${u}`, hash, u);
		return { username: `crash-unit-${u}`, unitId: u };
	});
	c.pragma('wal_checkpoint(TRUNCATE)');
	c.close();
	return { dir, dbPath, uploadDir: join(dir, 'uploads'), office: 'crash-office', staff };
}
