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
}

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
		cookieSecure: flag(env.COOKIE_SECURE)
	};
}
