// Online backup and restore at the domain level: a backup taken in small steps while reports keep
// being sent holds a consistent database and every referenced file; it verifies, detects tampering,
// restores only into an empty folder, and the restored data equals the backup's. The orphan sweep
// deletes nothing while a backup holds its lock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { receiveUpload, storedPath } from '../../../src/lib/server/evidence/upload';
import { BACKUP_LOCK, sweepOrphanFiles } from '../../../src/lib/server/evidence/sweep';
import {
	BackupError,
	createBackup,
	readManifest,
	restoreBackup,
	verifyBackup
} from '../../../src/lib/server/ops/backup';
import { openDatabase } from '../../../src/lib/server/db/client';
import * as progress from '../../../src/lib/server/progress';
import { multipart, pdfBytes } from '../../helpers/files';
import { assignmentOf, assignmentWorld, sendOn } from '../../helpers/assignments';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'yd-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The assignment world, moved to a file database as the server has (an in-memory source restarts its backup on every write). */
async function world() {
	const memory = await assignmentWorld();
	await memory.db.$client.backup(join(dir, 'live.db'));
	memory.db.$client.close();
	const db = openDatabase(join(dir, 'live.db'));
	const w = { ...memory, db, assignmentOf: (unit: string, title: string) => assignmentOf(db, unit, title) };
	const uploadDir = join(dir, 'uploads');
	const a = w.assignmentOf('市司法局', '加强政务信息规范管理');
	const b = w.assignmentOf('正定县政府', '加强政务信息规范管理');
	const contents = [pdfBytes(100), pdfBytes(2000), pdfBytes(100)]; // the third repeats the first
	for (const [i, bytes] of contents.entries()) {
		const { contentType, body } = multipart({ description: `材料${i}` }, { name: `材料${i}.pdf`, bytes });
		const file = (await receiveUpload(contentType, body, { uploadDir, maxBytes: 1 << 20 })).file!;
		progress.addFileEvidence(w.db, i === 2 ? w.staffB : w.staffA, i === 2 ? b : a, file, `材料${i}`);
	}
	return { ...w, uploadDir, a, b, hashes: [...new Set(contents.map(sha))].sort() };
}

const count = (path: string, sql: string) => {
	const db = new Database(path, { readonly: true });
	try {
		return (db.prepare(sql).get() as { n: number }).n;
	} finally {
		db.close();
	}
};

describe('online backup', () => {
	it('copies a consistent database and every referenced file while reports keep being sent', async () => {
		const w = await world();
		let sent = 0;
		let writing = true;
		const writer = (async () => {
			// One report per turn of the event loop, for as long as the backup runs.
			while (writing && sent < 300) {
				sendOn(w.db, w.staffA, w.a, '2020-09-01', 10 + (sent % 80), `备份期间的进展 ${sent}`);
				sent++;
				await new Promise((r) => setImmediate(r));
			}
		})();
		const dest = join(dir, 'backup');
		const m = await createBackup(w.db, { uploadDir: w.uploadDir, dest, stepPages: 8 });
		writing = false;
		await writer;
		expect(sent).toBeGreaterThan(0);
		expect(m.files.list.map(([h]) => h)).toEqual(w.hashes);
		expect(m.files.count).toBe(2);
		// The copy holds some prefix of the writes, each whole: every report has its timeline event.
		const db = join(dest, 'app.db');
		const reports = count(db, "select count(*) n from progress_report where content like '备份期间的进展%'");
		expect(reports).toBe(m.database.rows.progress_report);
		expect(reports).toBeLessThanOrEqual(sent);
		expect(count(db, "select count(*) n from assignment_event where type = 'report'")).toBe(reports);
		expect(existsSync(`${db}-wal`)).toBe(false);
		for (const h of w.hashes) expect(sha(readFileSync(storedPath(join(dest, 'uploads'), h)))).toBe(h);
		await expect(verifyBackup(dest)).resolves.toMatchObject({ createdAt: m.createdAt });
		expect(existsSync(join(w.uploadDir, BACKUP_LOCK))).toBe(false);
	});

	it('refuses a folder that is not empty, and fails (writing no manifest) when a file is missing', async () => {
		const w = await world();
		mkdirSync(join(dir, 'used'));
		writeFileSync(join(dir, 'used', 'x'), '');
		await expect(createBackup(w.db, { uploadDir: w.uploadDir, dest: join(dir, 'used') })).rejects.toThrow(/不是空的/);
		rmSync(storedPath(w.uploadDir, w.hashes[0]));
		const dest = join(dir, 'broken');
		await expect(createBackup(w.db, { uploadDir: w.uploadDir, dest })).rejects.toThrow(BackupError);
		expect(existsSync(join(dest, 'manifest.json'))).toBe(false);
	});

	it('detects a tampered file or database on verification', async () => {
		const w = await world();
		const dest = join(dir, 'backup');
		await createBackup(w.db, { uploadDir: w.uploadDir, dest });
		writeFileSync(storedPath(join(dest, 'uploads'), w.hashes[1]), pdfBytes(1999));
		await expect(verifyBackup(dest)).rejects.toThrow(/文件大小不符|文件内容与哈希不符/);
		const dest2 = join(dir, 'backup2');
		await createBackup(w.db, { uploadDir: w.uploadDir, dest: dest2 });
		writeFileSync(join(dest2, 'app.db'), readFileSync(join(dest2, 'app.db')).subarray(0, 4096));
		await expect(verifyBackup(dest2)).rejects.toThrow(/哈希不符/);
	});
});

describe('restore', () => {
	it('restores into an empty folder the same rows and files, and refuses one with data', async () => {
		const w = await world();
		sendOn(w.db, w.staffA, w.a, '2020-09-01', 40, '恢复前的进展');
		const dest = join(dir, 'backup');
		const m = await createBackup(w.db, { uploadDir: w.uploadDir, dest });
		const target = { databasePath: join(dir, 'fresh', 'app.db'), uploadDir: join(dir, 'fresh', 'uploads') };
		await restoreBackup(dest, target);
		for (const [table, n] of Object.entries(readManifest(dest).database.rows))
			expect(count(target.databasePath, `select count(*) n from "${table}"`), table).toBe(n);
		expect(count(target.databasePath, "select count(*) n from progress_report where content = '恢复前的进展'")).toBe(1);
		for (const [h] of m.files.list) expect(sha(readFileSync(storedPath(target.uploadDir, h)))).toBe(h);
		// A second restore over it is refused, and so is one into a folder holding anything else.
		await expect(restoreBackup(dest, target)).rejects.toThrow(/不是空的/);
		const other = join(dir, 'other');
		mkdirSync(other);
		writeFileSync(join(other, 'notes.txt'), '');
		await expect(
			restoreBackup(dest, { databasePath: join(other, 'app.db'), uploadDir: join(other, 'uploads') })
		).rejects.toThrow(/不是空的/);
		expect(existsSync(join(other, 'app.db'))).toBe(false);
	});
});

describe('the orphan sweep during a backup', () => {
	it('deletes nothing while the lock is fresh, and sweeps again once it is gone', async () => {
		const w = await world();
		const orphan = pdfBytes(7);
		const p = storedPath(w.uploadDir, sha(orphan));
		mkdirSync(join(p, '..'), { recursive: true });
		writeFileSync(p, orphan);
		const old = (Date.now() - 3 * 3_600_000) / 1000;
		utimesSync(p, old, old);
		writeFileSync(join(w.uploadDir, BACKUP_LOCK), '1');
		expect(await sweepOrphanFiles(w.db, w.uploadDir)).toEqual({ orphans: 0, temps: 0, kept: 0 });
		expect(existsSync(p)).toBe(true);
		rmSync(join(w.uploadDir, BACKUP_LOCK));
		expect((await sweepOrphanFiles(w.db, w.uploadDir)).orphans).toBe(1);
		expect(existsSync(p)).toBe(false);
	});
});
