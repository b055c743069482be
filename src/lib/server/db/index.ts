// The app's database: opened once, migrated, and seeded with the demo on first start.
// The only module that reads the environment (through readConfig).
import { readConfig, type AppConfig } from '../config';
import { openDatabase, type DB } from './client';
import { seedDemo } from '../demo/seed';
import { demoSteps } from '../demo/steps';
import { assertNoDemoPasswords } from '../demo/guard';

export const config: AppConfig = readConfig();

let instance: DB | null = null;
let starting: Promise<DB> | null = null;

/**
 * Opens the database. With DEMO=1 it seeds the demo into an empty database; without, it refuses to
 * serve while an account still has the demo password.
 */
export function startDatabase(): Promise<DB> {
	starting ??= (async () => {
		const db = openDatabase(config.databasePath);
		if (config.demo) await seedDemo(db, demoSteps({ plan: config.demoPlan }));
		else await assertNoDemoPasswords(db);
		instance = db;
		return db;
	})();
	return starting;
}

/** Closes the database at shutdown (after the last request finished). */
export function closeDatabase(): void {
	instance?.$client.close();
	instance = null;
}

/** The open database; startDatabase() must have finished (the server hook's init awaits it). */
export function getDb(): DB {
	if (!instance) throw new Error('数据库尚未初始化');
	return instance;
}
