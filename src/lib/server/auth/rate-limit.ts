// Login throttling per account and per client address (ASVS 2.2.1). Every attempt is counted before
// any hashing, synchronously in one transaction, so N attempts in parallel are bounded by the same
// limit as N in a row; a success gives its count back. A locked-out attacker costs the server nothing.
import { eq, inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { loginThrottle } from '../db/schema';
import { DomainError } from '../shared/errors';

export interface ThrottleRule {
	/** Attempts allowed within the window; the one that reaches the limit locks the key. */
	maxFailures: number;
	windowMs: number;
	lockMs: number;
}

const MIN = 60_000;
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MIN, lockMs: 15 * MIN };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * MIN, lockMs: 15 * MIN };

export const accountKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

export interface ThrottleKey {
	key: string;
	rule: ThrottleRule;
}

/** The keys one sign-in (or current-password check) is counted against. */
export const signInKeys = (username: string, ip: string): ThrottleKey[] => [
	{ key: accountKey(username), rule: ACCOUNT_RULE },
	{ key: addressKey(ip), rule: ADDRESS_RULE }
];

/**
 * Counts one attempt against every key, or throws `throttled` (with the wait in minutes) when any
 * is locked. Call it before hashing; a successful attempt then calls `attemptSucceeded`.
 */
export function reserveAttempt(db: DB, keys: ThrottleKey[], now = Date.now()): void {
	db.transaction((tx) => {
		const rows = tx
			.select()
			.from(loginThrottle)
			.where(
				inArray(
					loginThrottle.key,
					keys.map((k) => k.key)
				)
			)
			.all();
		const until = Math.max(0, ...rows.map((r) => r.lockedUntil));
		if (until > now) {
			const minutes = Math.ceil((until - now) / MIN);
			throw new DomainError('throttled', `登录失败次数过多，请 ${minutes} 分钟后再试`);
		}
		for (const { key, rule } of keys) {
			const row = rows.find((r) => r.key === key);
			const fresh = !row || now - row.windowStart > rule.windowMs;
			const failures = fresh ? 1 : row.failures + 1;
			const windowStart = fresh ? now : row.windowStart;
			const lockedUntil = failures >= rule.maxFailures ? now + rule.lockMs : 0;
			tx.insert(loginThrottle)
				.values({ key, failures, windowStart, lockedUntil })
				.onConflictDoUpdate({ target: loginThrottle.key, set: { failures, windowStart, lockedUntil } })
				.run();
		}
	});
}

/** The attempt was right: the account starts afresh, and the address gets its count back. */
export function attemptSucceeded(db: DB, accountKeyValue: string, address: ThrottleKey | null): void {
	db.transaction((tx) => {
		tx.delete(loginThrottle).where(eq(loginThrottle.key, accountKeyValue)).run();
		if (!address) return;
		const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, address.key)).get();
		if (!row) return;
		const failures = Math.max(0, row.failures - 1);
		tx.update(loginThrottle)
			.set({ failures, lockedUntil: failures >= address.rule.maxFailures ? row.lockedUntil : 0 })
			.where(eq(loginThrottle.key, address.key))
			.run();
	});
}
