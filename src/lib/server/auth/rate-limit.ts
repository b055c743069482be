// Login throttling per account and per client address (ASVS 2.2.1). Checked before any hashing,
// so a locked-out attacker costs the server nothing.
import { eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { loginThrottle } from '../db/schema';
import { DomainError } from '../shared/errors';

export interface ThrottleRule {
	/** Failures allowed within the window before locking. */
	maxFailures: number;
	windowMs: number;
	lockMs: number;
}

const MIN = 60_000;
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MIN, lockMs: 15 * MIN };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * MIN, lockMs: 15 * MIN };

export const accountKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Throws a throttled DomainError with the wait in minutes when any key is locked. */
export function assertNotThrottled(db: DB, keys: string[], now = Date.now()): void {
	const rows = db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
	const until = Math.max(0, ...rows.map((r) => r.lockedUntil));
	if (until > now) {
		const minutes = Math.ceil((until - now) / MIN);
		throw new DomainError('throttled', `登录失败次数过多，请 ${minutes} 分钟后再试`);
	}
}

export function recordFailure(db: DB, key: string, rule: ThrottleRule, now = Date.now()): void {
	const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
	const fresh = !row || now - row.windowStart > rule.windowMs;
	const failures = fresh ? 1 : row.failures + 1;
	const windowStart = fresh ? now : row.windowStart;
	const lockedUntil = failures >= rule.maxFailures ? now + rule.lockMs : (row?.lockedUntil ?? 0);
	db.insert(loginThrottle)
		.values({ key, failures, windowStart, lockedUntil })
		.onConflictDoUpdate({ target: loginThrottle.key, set: { failures, windowStart, lockedUntil } })
		.run();
}

export function clearFailures(db: DB, key: string): void {
	db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
