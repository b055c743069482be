// A fresh in-memory database built from the real migrations, with factories for tests.
import { openDatabase, type DB } from '../../src/lib/server/db/client';
import { seedShijiazhuangRegistry } from '../../src/lib/server/demo/seed';
import { hashPassword } from '../../src/lib/server/auth/password';
import { unit, user, type Role } from '../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/lib/server/shared/actor';

export function testDb({ seedUnits = true } = {}): DB {
	const db = openDatabase(':memory:');
	if (seedUnits) seedShijiazhuangRegistry(db);
	return db;
}

let cachedHash: Promise<string> | null = null;
/** One hash for every factory user (hashing is deliberately slow). */
export function testPasswordHash(): Promise<string> {
	cachedHash ??= hashPassword('correct horse battery');
	return cachedHash;
}
export const TEST_PASSWORD = 'correct horse battery';

export function unitIdByShortName(db: DB, shortName: string): number {
	const row = db.select({ id: unit.id }).from(unit).where(eq(unit.shortName, shortName)).get();
	if (!row) throw new Error(`no unit ${shortName}`);
	return row.id;
}

export async function makeUser(
	db: DB,
	username: string,
	role: Role,
	unitShortName?: string
): Promise<Actor & { displayName: string }> {
	const unitId = unitShortName ? unitIdByShortName(db, unitShortName) : null;
	const { id } = db
		.insert(user)
		.values({ username, displayName: username, role, unitId, passwordHash: await testPasswordHash() })
		.returning({ id: user.id })
		.get();
	return { id, username, role, unitId, ip: '127.0.0.1', displayName: username };
}
