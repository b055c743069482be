// The app's database: opened once, migrated, and seeded with the demo on first start.
// The only module that reads the environment (through readConfig).
import { readConfig, type AppConfig } from '../config';
import { openDatabase, type DB } from './client';
import { seedDemo } from '../demo/seed';
import { demoSteps } from '../demo/steps';

export const config: AppConfig = readConfig();

let instance: DB | null = null;
let starting: Promise<DB> | null = null;

/** Opens the database and seeds the demo when it is empty and DEMO is not switched off. */
export function startDatabase(): Promise<DB> {
	starting ??= (async () => {
		const db = openDatabase(config.databasePath);
		if (config.demo) await seedDemo(db, demoSteps({ plan: config.demoPlan }));
		instance = db;
		return db;
	})();
	return starting;
}

/** The open database; startDatabase() must have finished (the server hook's init awaits it). */
export function getDb(): DB {
	if (!instance) throw new Error('数据库尚未初始化');
	return instance;
}
