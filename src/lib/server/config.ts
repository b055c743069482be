// The app's settings, read from the environment in one place (see README "配置").
export interface AppConfig {
	databasePath: string;
	/**
	 * Seed Shijiazhuang's demo data into an empty database, and show demo accounts on the login page.
	 * Off unless DEMO=1: a production start never gets demo accounts (`npm start` asks for the demo).
	 */
	demo: boolean;
	/** With the demo, also import the 2020 plan (DEMO_PLAN=0 leaves it for trying the import). */
	demoPlan: boolean;
	uploadDir: string;
	uploadMaxBytes: number;
	/** true/false forces the Secure cookie flag; null decides per request (https → Secure). */
	cookieSecure: boolean | null;
	/** Lowest level of the JSON log lines on stdout/stderr (LOG_LEVEL: debug, info, warn, error). */
	logLevel: LogLevel;
	/**
	 * BENCH_STATS=1: count SQL statements and sample event-loop delay for `npm run bench`, served at
	 * /healthz/stats. Off in production (the endpoint answers 404 then).
	 */
	benchStats: boolean;
	/** The daily online backup: its folder (BACKUP_DIR, off when unset) and how many to keep (BACKUP_KEEP). */
	backup: { dir: string; keep: number } | null;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function flag(value: string | undefined): boolean | null {
	if (value === undefined || value === '') return null;
	return !/^(0|false|no|off)$/i.test(value.trim());
}

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
	const databasePath = env.DATABASE_PATH || './data/app.db';
	const mb = Number(env.UPLOAD_MAX_MB ?? 50);
	return {
		databasePath,
		demo: flag(env.DEMO) ?? false,
		demoPlan: flag(env.DEMO_PLAN) ?? true,
		uploadDir:
			env.UPLOAD_DIR ||
			(databasePath === ':memory:' ? './data/uploads' : `${databasePath.replace(/[^/\\]+$/, '')}uploads`),
		uploadMaxBytes: Math.round((Number.isFinite(mb) && mb > 0 ? mb : 50) * 1024 * 1024),
		cookieSecure: flag(env.COOKIE_SECURE),
		logLevel: (LOG_LEVELS as readonly string[]).includes(env.LOG_LEVEL ?? '') ? (env.LOG_LEVEL as LogLevel) : 'info',
		benchStats: flag(env.BENCH_STATS) ?? false,
		backup: env.BACKUP_DIR ? { dir: env.BACKUP_DIR, keep: positiveInt(env.BACKUP_KEEP, 14) } : null
	};
}

function positiveInt(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return Number.isInteger(n) && n > 0 ? n : fallback;
}
