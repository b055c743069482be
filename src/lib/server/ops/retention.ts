// Where scheduled backups go and how many stay: one folder per backup named by its Shanghai time
// (backup-20261201-020000), the newest `keep` complete ones kept, older ones and abandoned halves
// (no manifest, over a day old) removed.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST } from './backup';

const NAME = /^backup-\d{8}-\d{6}$/;
const DAY = 86_400_000;

export function backupName(now = Date.now()): string {
	const s = new Date(now + 8 * 3_600_000).toISOString(); // Asia/Shanghai, no daylight saving
	return `backup-${s.slice(0, 10).replaceAll('-', '')}-${s.slice(11, 19).replaceAll(':', '')}`;
}

/** Complete backups in `root`, oldest first. */
export function listBackups(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.filter((n) => NAME.test(n) && existsSync(join(root, n, MANIFEST)))
		.sort();
}

/** Removes all but the newest `keep` complete backups, and incomplete ones older than a day. */
export function pruneBackups(root: string, keep: number, now = Date.now()): string[] {
	const removed: string[] = [];
	const complete = listBackups(root);
	for (const n of complete.slice(0, Math.max(0, complete.length - keep))) {
		rmSync(join(root, n), { recursive: true, force: true });
		removed.push(n);
	}
	for (const n of existsSync(root) ? readdirSync(root) : []) {
		const p = join(root, n);
		if (!NAME.test(n) || existsSync(join(p, MANIFEST))) continue;
		if (now - statSync(p).mtimeMs > DAY) {
			rmSync(p, { recursive: true, force: true });
			removed.push(n);
		}
	}
	return removed;
}
