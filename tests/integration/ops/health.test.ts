// /healthz's checks against a real (migrated) database: all well, then each failure on its own.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultMigrationsFolder } from '../../../src/lib/server/db/client';
import { checkHealth, migrationState, shippedMigrations } from '../../../src/lib/server/ops/health';
import { testDb } from '../../helpers/db';

const migrationsFolder = defaultMigrationsFolder();

function withUploads(run: (uploadDir: string, root: string) => void) {
	const root = mkdtempSync(join(tmpdir(), 'yd-health-'));
	try {
		mkdirSync(join(root, 'uploads', 'tmp'), { recursive: true });
		run(join(root, 'uploads'), root);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

describe('health', () => {
	it('is ok on a migrated database with a writable upload folder, and names no path', () => {
		withUploads((uploadDir) => {
			const h = checkHealth(testDb({ seedUnits: false }), { uploadDir, migrationsFolder });
			expect(h.status).toBe('ok');
			expect(Object.values(h.checks).every((c) => c.ok)).toBe(true);
			expect(JSON.stringify(h)).not.toContain(uploadDir);
		});
	});

	it('fails the migrations check when the database lacks one this build ships', () => {
		withUploads((uploadDir) => {
			const db = testDb({ seedUnits: false });
			const shipped = shippedMigrations(migrationsFolder).length;
			expect(migrationState(db, migrationsFolder)).toEqual({ applied: shipped, shipped, current: true });
			db.$client
				.prepare(
					'delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)'
				)
				.run();
			const h = checkHealth(db, { uploadDir, migrationsFolder });
			expect(h.status).toBe('fail');
			expect(h.checks.migrations).toMatchObject({
				ok: false,
				detail: `数据库迁移 ${shipped - 1} 个，本版本应为 ${shipped} 个`
			});
			expect(h.checks.database.ok).toBe(true);
		});
	});

	it('fails the uploads check when the folder cannot take a write, without saying where it is', () => {
		withUploads((_uploadDir, root) => {
			writeFileSync(join(root, 'not-a-folder'), '');
			const h = checkHealth(testDb({ seedUnits: false }), { uploadDir: join(root, 'not-a-folder'), migrationsFolder });
			expect(h.status).toBe('fail');
			expect(h.checks.uploads).toMatchObject({ ok: false, detail: '佐证材料目录不可写' });
			expect(JSON.stringify(h)).not.toContain(root);
		});
	});

	it('fails the database check when the database is closed', () => {
		withUploads((uploadDir) => {
			const db = testDb({ seedUnits: false });
			db.$client.close();
			const h = checkHealth(db, { uploadDir, migrationsFolder });
			expect(h.status).toBe('fail');
			expect(h.checks.database.ok).toBe(false);
		});
	});
});
