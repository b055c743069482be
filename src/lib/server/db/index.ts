// The app's database: opened once, checked, migrated, and seeded with the demo on first start.
// The only module that reads the environment (through readConfig).
import { readConfig, type AppConfig } from '../config';
import { defaultMigrationsFolder, openDatabase, type DB } from './client';
import { seedDemo } from '../demo/seed';
import { demoSteps } from '../demo/steps';
import { assertNoDemoPasswords } from '../demo/guard';
import { assertDataFolders, StartupError } from '../ops/startup';
import { enableBenchStats } from '../ops/bench-stats';
import { logInfo, setLogLevel } from '../ops/log';
import { discardUnfinishedBulletins } from '../bulletins/issue';

export const config: AppConfig = readConfig();
setLogLevel(config.logLevel);

export const migrationsFolder = defaultMigrationsFolder();

let instance: DB | null = null;
let starting: Promise<DB> | null = null;

function open(): DB {
	try {
		return openDatabase(config.databasePath, { migrationsFolder });
	} catch (e) {
		if (e instanceof StartupError) throw e;
		const message = (e as Error).message;
		throw new StartupError(
			`无法打开或迁移数据库 ${config.databasePath}：${message}`,
			`Cannot open or migrate the database ${config.databasePath}: ${message}`
		);
	}
}

/**
 * Opens the database after the start-up checks (writable folders, SQLite version, pragmas; each
 * refusal a StartupError in Chinese and English). With DEMO=1 it seeds the demo into an empty
 * database; without, it refuses to serve while an account still has the demo password.
 */
export function startDatabase(): Promise<DB> {
	starting ??= (async () => {
		assertDataFolders(config.databasePath, config.uploadDir);
		const db = open();
		optimizeDatabase(db, { first: true });
		const unfinished = discardUnfinishedBulletins(db);
		if (unfinished)
			logInfo('bulletin.discarded', { count: unfinished, why: 'unfinished when the last process stopped' });
		if (config.benchStats) enableBenchStats(db.$client);
		if (config.demo) await seedDemo(db, demoSteps({ plan: config.demoPlan }));
		else await assertNoDemoPasswords(db);
		instance = db;
		logInfo('db.open', { sqlite: db.$client.prepare('select sqlite_version() v').pluck().get() });
		return db;
	})();
	return starting;
}

/**
 * Keeps the query planner's statistics current (SQLite's advice for long-lived connections): at
 * start-up it analyses tables that have none (bounded by analysis_limit, well under a second at
 * province scale), later only what changed a lot. Without statistics SQLite picks an index by
 * its shape alone, e.g. plan_id over task_id for the 台账's cells, scanning a whole year's rows.
 */
export function optimizeDatabase(db: DB, { first = false } = {}): void {
	db.$client.pragma('analysis_limit = 1000');
	db.$client.pragma(first ? 'optimize = 0x10002' : 'optimize');
}

/** Closes the database at shutdown (after the last request finished); the WAL is checkpointed. */
export function closeDatabase(): void {
	if (!instance) return;
	instance.$client.close();
	instance = null;
	logInfo('db.closed');
}

/** The open database; startDatabase() must have finished (the server hook's init awaits it). */
export function getDb(): DB {
	if (!instance) throw new Error('数据库尚未初始化');
	return instance;
}
