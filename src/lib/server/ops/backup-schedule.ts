// The daily online backup inside the server (BACKUP_DIR set): at 02:00 Shanghai time, small backup
// steps so requests keep flowing, files hard-linked from the previous backup where it has them, then
// the old ones pruned to BACKUP_KEEP. Each outcome is one log line.
import { join } from 'node:path';
import type { DB } from '../db/client';
import { msUntilShanghaiMidnight } from '../shared/time';
import { createBackup } from './backup';
import { backupName, listBackups, pruneBackups } from './retention';
import { errorFields, logError, logInfo } from './log';

const HOUR = 3_600_000;
const AT_HOUR = 2;

export async function runScheduledBackup(
	db: DB,
	uploadDir: string,
	opts: { dir: string; keep: number },
	now = Date.now()
): Promise<string> {
	const previous = listBackups(opts.dir).at(-1);
	const dest = join(opts.dir, backupName(now));
	const m = await createBackup(db, {
		uploadDir,
		dest,
		stepPages: 1024,
		linkFrom: previous ? join(opts.dir, previous) : null
	});
	const removed = pruneBackups(opts.dir, opts.keep);
	logInfo('backup.done', { dest, seconds: m.seconds, files: m.files.count, bytes: m.database.bytes, removed });
	return dest;
}

export function scheduleDailyBackup(db: DB, uploadDir: string, opts: { dir: string; keep: number }): void {
	const next = () => {
		const wait = (msUntilShanghaiMidnight() + AT_HOUR * HOUR) % (24 * HOUR) || 24 * HOUR;
		setTimeout(() => {
			runScheduledBackup(db, uploadDir, opts)
				.catch((e) => logError('backup.failed', errorFields(e)))
				.finally(next);
		}, wait).unref();
	};
	next();
	logInfo('backup.scheduled', { dir: opts.dir, keep: opts.keep, at: `${AT_HOUR}:00 Asia/Shanghai` });
}
