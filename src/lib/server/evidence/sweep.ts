// The orphan sweep: deletes stored evidence files that no row references and that are older than a
// grace period, and temporary files of uploads that never finished (a process that died mid-upload).
// It is the only code that deletes stored files (see upload.ts for why requests never do).
//
// Each file is checked and removed synchronously — stat, the database lookup, unlink — so an upload,
// whose move into place is synchronous too, can never land between the check and the unlink; and a
// file an upload just moved in has a fresh mtime, so it is skipped until its row has long existed.
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { prepared, type DB } from '../db/client';
import { evidence } from '../db/schema';

const HOUR = 3_600_000;
/** An unreferenced file younger than this may belong to an upload whose row is being written. */
export const ORPHAN_GRACE_MS = HOUR;
/** A temporary file older than this belongs to an upload that will never finish. */
export const TEMP_MAX_AGE_MS = 24 * HOUR;

const HASH = /^[0-9a-f]{64}$/;

/**
 * Present in the upload folder while a backup copies files (ops/backup.ts): the sweep deletes nothing
 * then, so a file the copied database references cannot go between the copy of the rows and of the
 * files. A lock older than this is a backup that died, and is ignored.
 */
export const BACKUP_LOCK = '.backup.lock';
const BACKUP_LOCK_MAX_AGE_MS = 24 * HOUR;

export interface SweepResult {
	orphans: number;
	temps: number;
	kept: number;
}

function referenced(db: DB, hash: string): boolean {
	return !!prepared(db, 'evidence.byHash', (d) =>
		d
			.select({ id: evidence.id })
			.from(evidence)
			.where(eq(evidence.fileHash, sql.placeholder('hash')))
			.limit(1)
			.prepare()
	).get({ hash });
}

function list(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}

function ageOf(path: string, now: number): number | null {
	try {
		return now - statSync(path).mtimeMs;
	} catch {
		return null;
	}
}

/** Sweeps the upload folder; yields to the event loop between folders so requests keep flowing. */
export async function sweepOrphanFiles(
	db: DB,
	uploadDir: string,
	opts: { now?: number; graceMs?: number; tempMaxAgeMs?: number } = {}
): Promise<SweepResult> {
	const grace = opts.graceMs ?? ORPHAN_GRACE_MS;
	const tempMax = opts.tempMaxAgeMs ?? TEMP_MAX_AGE_MS;
	const out: SweepResult = { orphans: 0, temps: 0, kept: 0 };
	const lockAge = ageOf(join(uploadDir, BACKUP_LOCK), opts.now ?? Date.now());
	if (lockAge !== null && lockAge < BACKUP_LOCK_MAX_AGE_MS) return out;
	for (const name of list(join(uploadDir, 'tmp'))) {
		const p = join(uploadDir, 'tmp', name);
		const age = ageOf(p, opts.now ?? Date.now());
		if (age !== null && age > tempMax && tryUnlink(p)) out.temps++;
	}
	for (const prefix of list(uploadDir)) {
		if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
		for (const name of list(join(uploadDir, prefix))) {
			if (!HASH.test(name) || !name.startsWith(prefix)) continue;
			const p = join(uploadDir, prefix, name);
			// stat, look-up and unlink in one synchronous step (see the note at the top).
			const age = ageOf(p, opts.now ?? Date.now());
			if (age === null || age <= grace || referenced(db, name)) {
				out.kept++;
				continue;
			}
			if (tryUnlink(p)) out.orphans++;
		}
		await new Promise((r) => setImmediate(r));
	}
	return out;
}

function tryUnlink(path: string): boolean {
	try {
		unlinkSync(path);
		return true;
	} catch {
		return false;
	}
}
