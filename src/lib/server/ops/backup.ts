// Online backup and restore: the database through SQLite's backup API (while the app keeps serving
// writes), the evidence files its rows reference, both verified (integrity check, every file present
// with its hash), and a manifest written last, so a folder with a manifest is a complete backup.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DB } from '../db/client';
import { storedPath } from '../evidence/upload';
import { BACKUP_LOCK } from '../evidence/sweep';

export const MANIFEST = 'manifest.json';
export const FORMAT = 'yaodian-duban-backup/1';
const DB_FILE = 'app.db';
/** Tables whose row counts the manifest records: a restored database is compared against them. */
const COUNTED = ['unit', 'user', 'plan', 'task', 'assignment', 'progress_report', 'evidence', 'submission', 'review'];

export interface BackupManifest {
	format: typeof FORMAT;
	createdAt: string;
	database: { file: string; bytes: number; sha256: string; migrations: number; rows: Record<string, number> };
	/** Every evidence file the database references: [sha256, bytes]. */
	files: { count: number; bytes: number; list: [string, number][] };
	seconds: number;
}

export class BackupError extends Error {
	constructor(
		message: string,
		readonly problems: string[] = []
	) {
		super(problems.length ? `${message}：\n${problems.slice(0, 20).join('\n')}` : message);
		this.name = 'BackupError';
	}
}

export async function hashFile(path: string): Promise<string> {
	const h = createHash('sha256');
	for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
	return h.digest('hex');
}

/** Writes a file and makes it durable (data, then its folder entry) before returning. */
async function writeDurably(path: string, text: string): Promise<void> {
	const tmp = `${path}.tmp`;
	await writeFile(tmp, text);
	const fh = await open(tmp, 'r');
	await fh.sync();
	await fh.close();
	await rename(tmp, path);
	await syncFolder(dirname(path));
}

async function syncFolder(dir: string): Promise<void> {
	const fh = await open(dir, 'r');
	try {
		await fh.sync();
	} finally {
		await fh.close();
	}
}

function isEmptyFolder(dir: string): boolean {
	return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** An upload folder with nothing stored: missing, empty, or holding only an empty tmp/. */
function isEmptyUploads(dir: string): boolean {
	return !existsSync(dir) || readdirSync(dir).every((n) => n === 'tmp' && isEmptyFolder(join(dir, n)));
}

interface DatabaseFacts {
	integrity: string;
	migrations: number;
	rows: Record<string, number>;
	files: [string, number][];
}

/** Integrity, migrations, row counts and the referenced files of a database file (opened read-only). */
function inspect(path: string): DatabaseFacts {
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
			.map((r) => r.integrity_check)
			.join('; ');
		const migrations = (db.prepare('select count(*) n from __drizzle_migrations').get() as { n: number }).n;
		const rows: Record<string, number> = {};
		for (const t of COUNTED) rows[t] = (db.prepare(`select count(*) n from "${t}"`).get() as { n: number }).n;
		const files = db
			.prepare(
				'select file_hash h, max(size) s from evidence where file_hash is not null group by file_hash order by 1'
			)
			.raw()
			.all() as [string, number][];
		return { integrity, migrations, rows, files };
	} finally {
		db.close();
	}
}

/** Checks every listed file under `uploadDir`: present, of its size, with its hash. */
async function checkFiles(uploadDir: string, files: [string, number][]): Promise<string[]> {
	const problems: string[] = [];
	for (const [hash, size] of files) {
		const p = storedPath(uploadDir, hash);
		if (!existsSync(p)) problems.push(`缺少文件 ${hash}`);
		else if (statSync(p).size !== size) problems.push(`文件大小不符 ${hash}`);
		else if ((await hashFile(p)) !== hash) problems.push(`文件内容与哈希不符 ${hash}`);
	}
	return problems;
}

export interface BackupOptions {
	uploadDir: string;
	/** The backup's folder: created, or an existing empty one. */
	dest: string;
	/**
	 * Pages copied per step. In the server's own process small steps keep the event loop free (its
	 * writes update the copy as they happen); another process copies all at once, since a write by a
	 * different connection restarts SQLite's backup and steady writes would keep restarting it.
	 */
	stepPages?: number;
	/** A previous backup's folder: files it already holds are hard-linked instead of copied. */
	linkFrom?: string | null;
}

/** Takes and verifies a backup; throws BackupError (and writes no manifest) when it does not verify. */
export async function createBackup(db: DB, opts: BackupOptions): Promise<BackupManifest> {
	const t0 = performance.now();
	const dest = resolve(opts.dest);
	if (!isEmptyFolder(dest)) throw new BackupError(`备份目录 ${dest} 不是空的：请指定新的目录`);
	await mkdir(join(dest, 'uploads'), { recursive: true });
	// While the lock exists the orphan sweep deletes nothing: a file the copied database references
	// stays even if its last row is removed in the meantime.
	const lock = join(opts.uploadDir, BACKUP_LOCK);
	mkdirSync(opts.uploadDir, { recursive: true });
	await writeFile(lock, String(process.pid));
	try {
		const dbPath = join(dest, DB_FILE);
		const step = opts.stepPages ?? 0x7fffffff;
		await db.$client.backup(dbPath, { progress: () => step });
		// One self-contained file: no -wal beside it.
		const copy = new Database(dbPath);
		copy.pragma('journal_mode = DELETE');
		copy.close();
		const facts = inspect(dbPath);
		if (facts.integrity !== 'ok') throw new BackupError('备份的数据库未通过完整性检查', [facts.integrity]);
		const problems: string[] = [];
		let bytes = 0;
		for (const [hash, size] of facts.files) {
			const src = storedPath(opts.uploadDir, hash);
			const dst = storedPath(join(dest, 'uploads'), hash);
			await mkdir(dirname(dst), { recursive: true });
			const previous = opts.linkFrom ? storedPath(join(opts.linkFrom, 'uploads'), hash) : null;
			try {
				if (previous && existsSync(previous)) await link(previous, dst).catch(() => copyFile(src, dst));
				else await copyFile(src, dst);
				bytes += size;
			} catch {
				problems.push(`缺少文件 ${hash}`);
			}
		}
		problems.push(...(await checkFiles(join(dest, 'uploads'), facts.files)));
		if (problems.length) throw new BackupError('备份的佐证材料不完整', [...new Set(problems)]);
		const manifest: BackupManifest = {
			format: FORMAT,
			createdAt: new Date().toISOString(),
			database: {
				file: DB_FILE,
				bytes: statSync(dbPath).size,
				sha256: await hashFile(dbPath),
				migrations: facts.migrations,
				rows: facts.rows
			},
			files: { count: facts.files.length, bytes, list: facts.files },
			seconds: Math.round(performance.now() - t0) / 1000
		};
		await writeDurably(join(dest, MANIFEST), JSON.stringify(manifest, null, '\t') + '\n');
		return manifest;
	} finally {
		await unlink(lock).catch(() => {});
	}
}

export function readManifest(dir: string): BackupManifest {
	const path = join(resolve(dir), MANIFEST);
	if (!existsSync(path)) throw new BackupError(`${dir} 中没有 ${MANIFEST}：不是完整的备份`);
	const m = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
	if (m.format !== FORMAT) throw new BackupError(`不认识的备份格式：${String(m.format)}`);
	return m;
}

/** Re-checks a backup against its manifest: the database's hash and integrity, every file's hash. */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
	const m = readManifest(dir);
	const dbPath = join(resolve(dir), m.database.file);
	if (!existsSync(dbPath)) throw new BackupError('备份中缺少数据库文件');
	if ((await hashFile(dbPath)) !== m.database.sha256) throw new BackupError('备份的数据库文件与清单的哈希不符');
	const facts = inspect(dbPath);
	const problems = facts.integrity === 'ok' ? [] : [facts.integrity];
	if (JSON.stringify(facts.files) !== JSON.stringify(m.files.list)) problems.push('数据库引用的文件与清单不一致');
	problems.push(...(await checkFiles(join(resolve(dir), 'uploads'), m.files.list)));
	if (problems.length) throw new BackupError('备份未通过校验', problems);
	return m;
}

/**
 * Restores a verified backup into an empty data folder: the database file (written beside and
 * renamed into place) and every evidence file. Refuses when the database or the upload folder exists
 * with content, so a restore never mixes with or overwrites live data.
 */
export async function restoreBackup(
	dir: string,
	target: { databasePath: string; uploadDir: string }
): Promise<BackupManifest> {
	const dbPath = resolve(target.databasePath);
	const uploads = resolve(target.uploadDir);
	// The data folder may hold the (empty) upload folder and nothing else.
	const others = existsSync(dirname(dbPath))
		? readdirSync(dirname(dbPath)).filter((n) => resolve(dirname(dbPath), n) !== uploads)
		: [];
	if (others.length || !isEmptyUploads(uploads))
		throw new BackupError(`恢复目标不是空的（${dirname(dbPath)}）：只能恢复到空的数据目录，以免覆盖现有数据`);
	const m = await verifyBackup(dir);
	await mkdir(dirname(dbPath), { recursive: true });
	const tmp = `${dbPath}.restoring`;
	await copyFile(join(resolve(dir), m.database.file), tmp);
	const fh = await open(tmp, 'r');
	await fh.sync();
	await fh.close();
	for (const [hash] of m.files.list) {
		const dst = storedPath(uploads, hash);
		await mkdir(dirname(dst), { recursive: true });
		await copyFile(storedPath(join(resolve(dir), 'uploads'), hash), dst);
	}
	const problems = await checkFiles(uploads, m.files.list);
	if (problems.length) {
		await rm(tmp, { force: true });
		throw new BackupError('恢复的佐证材料校验失败', problems);
	}
	await rename(tmp, dbPath);
	await syncFolder(dirname(dbPath));
	return m;
}
