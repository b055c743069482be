// Opens a database, sets and asserts the pragmas we rely on, and applies the committed migrations.
// Used by the app (db/index.ts), the CLI scripts, benchmarks and tests (with ':memory:').
import Database from 'better-sqlite3';
import { count, type SQL } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { assertPragmas, assertSqliteVersion } from '../ops/startup';

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The committed migrations: found from this file (scripts, tests) or the working directory (the build). */
export function defaultMigrationsFolder(): string {
	const here = dirname(fileURLToPath(import.meta.url));
	const candidates = [resolve(here, '../../../../drizzle'), resolve(process.cwd(), 'drizzle')];
	return candidates.find((c) => existsDir(c)) ?? candidates[1];
}

function existsDir(p: string): boolean {
	try {
		return statSync(p).isDirectory();
	} catch {
		return false;
	}
}

/**
 * Applies and checks the pragmas we rely on (WAL, synchronous=FULL: an acknowledged commit survives
 * power loss, foreign keys, a busy timeout) and the SQLite version; throws a StartupError in Chinese
 * and English when one did not take (e.g. WAL on a network disk).
 */
export function applyPragmas(sqlite: Database.Database, { memory = false } = {}): void {
	assertSqliteVersion(String((sqlite.prepare('select sqlite_version() v').get() as { v: string }).v));
	if (!memory) sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	assertPragmas(sqlite, { memory });
}

export interface OpenOptions {
	/** Run the committed migrations (default true). */
	migrate?: boolean;
	migrationsFolder?: string;
	/** Called with every SQL statement drizzle runs (tests count statements per page). */
	onQuery?: (sql: string) => void;
}

/** Opens (creating if needed) the database at `path`, or an in-memory one for ':memory:'. */
export function openDatabase(path: string, options: OpenOptions = {}): DB {
	const memory = path === ':memory:';
	if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	applyPragmas(sqlite, { memory });
	const onQuery = options.onQuery;
	const db = drizzle(sqlite, { schema, logger: onQuery ? { logQuery: (sql) => onQuery(sql) } : false }) as DB;
	if (options.migrate !== false)
		migrate(db, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder() });
	return db;
}

/** Anything that can run a query: the database or a transaction inside it. */
export type Tx = Pick<DB, 'insert' | 'select' | 'update' | 'delete' | 'selectDistinct'>;

/** COUNT(*) run synchronously (drizzle's $count is a promise even on better-sqlite3). */
export function countRows(db: Pick<DB, 'select'>, table: SQLiteTable, where?: SQL): number {
	return db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}

const preparedCache = new WeakMap<object, Map<string, unknown>>();

/**
 * A statement prepared once per database and reused: for the few queries every request runs
 * (session check, a board's version), where building and preparing SQL each time shows up in
 * profiles. `build` must use sql.placeholder() for its parameters.
 */
export function prepared<T>(db: DB, key: string, build: (db: DB) => T): T {
	let map = preparedCache.get(db.$client);
	if (!map) preparedCache.set(db.$client, (map = new Map()));
	let q = map.get(key) as T | undefined;
	if (!q) map.set(key, (q = build(db)));
	return q;
}
