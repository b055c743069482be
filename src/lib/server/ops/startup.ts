// Start-up checks: the server refuses to start, in Chinese and English, when SQLite is too old, a
// pragma we rely on did not take, or a folder it must write to is not writable, rather than failing
// later on the first write a user makes.
import { accessSync, constants, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';

/** unixepoch('subsec') in the schema's defaults needs 3.42. */
export const MIN_SQLITE = '3.42.0';

/** A refusal to start, with the same message in both languages (operators may not read Chinese). */
export class StartupError extends Error {
	constructor(
		readonly zh: string,
		readonly en: string
	) {
		super(`${zh}\n${en}`);
		this.name = 'StartupError';
	}
}

export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d) return Math.sign(d);
	}
	return 0;
}

export function assertSqliteVersion(version: string): void {
	if (compareVersions(version, MIN_SQLITE) < 0)
		throw new StartupError(
			`SQLite 版本过旧（${version}），需要 ${MIN_SQLITE} 或更高：请重新安装 better-sqlite3（npm ci）`,
			`SQLite ${version} is too old; ${MIN_SQLITE} or later is required: reinstall better-sqlite3 (npm ci)`
		);
}

/** The pragmas every connection must have; checked after setting them. */
export function assertPragmas(sqlite: Database.Database, { memory = false } = {}): void {
	const journal = String(sqlite.pragma('journal_mode', { simple: true }));
	const sync = Number(sqlite.pragma('synchronous', { simple: true }));
	const fk = Number(sqlite.pragma('foreign_keys', { simple: true }));
	const busy = Number(sqlite.pragma('busy_timeout', { simple: true }));
	if (!memory && journal !== 'wal')
		throw new StartupError(
			`数据库未能启用 WAL 模式（当前 ${journal}）：数据库文件不能放在网络磁盘上`,
			`The database could not switch to WAL mode (it is ${journal}): keep the database file off network disks`
		);
	if (sync !== 2)
		throw new StartupError(
			`数据库 synchronous 应为 FULL（当前 ${sync}）`,
			`The database's synchronous pragma must be FULL (it is ${sync})`
		);
	if (fk !== 1) throw new StartupError('数据库未能启用外键约束', 'The database could not enable foreign keys');
	if (busy < 1000) throw new StartupError('数据库 busy_timeout 未设置', 'The database busy_timeout is not set');
}

/** Creates the folder if needed and proves it writable by writing and removing a small file. */
export function assertWritableFolder(dir: string, what: { zh: string; en: string }): void {
	const path = resolve(dir);
	try {
		mkdirSync(path, { recursive: true });
		accessSync(path, constants.W_OK);
		const probe = join(path, `.write-check-${process.pid}`);
		writeFileSync(probe, '');
		unlinkSync(probe);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? String(e);
		throw new StartupError(
			`${what.zh}不可写：${path}（${code}）。请检查目录权限和磁盘空间`,
			`The ${what.en} is not writable: ${path} (${code}). Check the folder's permissions and free space`
		);
	}
}

/** The folders the server writes to: the database's (for its WAL and shared-memory files) and uploads. */
export function assertDataFolders(databasePath: string, uploadDir: string): void {
	if (databasePath !== ':memory:')
		assertWritableFolder(dirname(resolve(databasePath)), { zh: '数据库目录', en: 'database folder' });
	assertWritableFolder(uploadDir, { zh: '佐证材料目录（UPLOAD_DIR）', en: 'upload folder (UPLOAD_DIR)' });
	assertWritableFolder(join(uploadDir, 'tmp'), { zh: '上传临时目录', en: 'upload temporary folder' });
}
