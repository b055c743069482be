import { describe, expect, it, vi } from 'vitest';

// Spy on the hashing functions to prove a throttled attempt never reaches them.
vi.mock('../../../src/lib/server/auth/password', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../../src/lib/server/auth/password')>();
	return { ...real, verifyPassword: vi.fn(real.verifyPassword), dummyVerify: vi.fn(real.dummyVerify) };
});
import * as password from '../../../src/lib/server/auth/password';
import * as users from '../../../src/lib/server/auth/users';
import { ACCOUNT_RULE, ADDRESS_RULE } from '../../../src/lib/server/auth/rate-limit';
import {
	createSession,
	generateSessionToken,
	validateSessionToken,
	SESSION_DAYS
} from '../../../src/lib/server/auth/session';
import { auditLog, session } from '../../../src/lib/server/db/schema';
import { isDomainError } from '../../../src/lib/server/shared/errors';
import { eq } from 'drizzle-orm';
import { makeUser, testDb, TEST_PASSWORD } from '../../helpers/db';

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
	try {
		await p;
	} catch (e) {
		if (isDomainError(e)) return { code: e.code, message: e.message };
		throw e;
	}
	throw new Error('expected a failure');
}

describe('sign-in', () => {
	it('accepts the right password and returns the user id', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		await expect(users.authenticate(db, { username: 'office', password: TEST_PASSWORD, ip: '10.0.0.1' })).resolves.toBe(
			admin.id
		);
	});

	it('gives an unknown user and a wrong password the same answer', async () => {
		const db = testDb();
		await makeUser(db, 'office', 'admin');
		const unknown = await failure(
			users.authenticate(db, { username: 'nobody', password: 'whatever123', ip: '10.0.0.1' })
		);
		const wrong = await failure(
			users.authenticate(db, { username: 'office', password: 'wrong-password', ip: '10.0.0.2' })
		);
		expect(unknown).toEqual(wrong);
		expect(unknown.message).toBe('用户名或密码错误');
	});

	it('gives a disabled account the same answer as a wrong password', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const other = await makeUser(db, 'clerk', 'leader');
		users.setUserActive(db, admin, other.id, false);
		const res = await failure(users.authenticate(db, { username: 'clerk', password: TEST_PASSWORD, ip: '10.0.0.3' }));
		expect(res.message).toBe('用户名或密码错误');
	});

	it('locks an account after repeated failures, with the wait in minutes, without hashing', async () => {
		const db = testDb();
		await makeUser(db, 'office', 'admin');
		const now = Date.now();
		for (let i = 0; i < ACCOUNT_RULE.maxFailures; i++) {
			// Different addresses: only the account counter reaches its limit.
			await failure(users.authenticate(db, { username: 'office', password: 'bad-' + i, ip: `10.1.0.${i}` }, now));
		}
		// Even the right password is refused while locked, and the answer names the wait.
		vi.mocked(password.verifyPassword).mockClear();
		vi.mocked(password.dummyVerify).mockClear();
		const locked = await failure(
			users.authenticate(db, { username: 'office', password: TEST_PASSWORD, ip: '10.2.0.1' }, now + 1000)
		);
		expect(locked.code).toBe('throttled');
		expect(locked.message).toMatch(/请 15 分钟后再试/);
		expect(password.verifyPassword).not.toHaveBeenCalled();
		expect(password.dummyVerify).not.toHaveBeenCalled();
		// After the lock expires the right password works again.
		await expect(
			users.authenticate(
				db,
				{ username: 'office', password: TEST_PASSWORD, ip: '10.2.0.1' },
				now + ACCOUNT_RULE.lockMs + 2000
			)
		).resolves.toBeTypeOf('number');
	});

	it('locks a client address that tries many accounts', async () => {
		const db = testDb();
		await makeUser(db, 'office', 'admin');
		const now = Date.now();
		for (let i = 0; i < ADDRESS_RULE.maxFailures; i++) {
			await failure(users.authenticate(db, { username: `guess${i}`, password: 'x-password', ip: '192.168.9.9' }, now));
		}
		const res = await failure(
			users.authenticate(db, { username: 'office', password: TEST_PASSWORD, ip: '192.168.9.9' }, now + 10)
		);
		expect(res.code).toBe('throttled');
		// Another address is not affected.
		await expect(
			users.authenticate(db, { username: 'office', password: TEST_PASSWORD, ip: '192.168.9.10' }, now + 10)
		).resolves.toBeTypeOf('number');
	});

	it('bounds parallel attempts by the same limit: 20 at once evaluate at most 5 passwords', async () => {
		const db = testDb();
		await makeUser(db, 'office', 'admin');
		vi.mocked(password.verifyPassword).mockClear();
		const now = Date.now();
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				failure(users.authenticate(db, { username: 'office', password: `wrong-${i}`, ip: `10.5.0.${i}` }, now))
			)
		);
		expect(vi.mocked(password.verifyPassword).mock.calls.length).toBeLessThanOrEqual(ACCOUNT_RULE.maxFailures);
		expect(results.filter((r) => r.code === 'invalid')).toHaveLength(ACCOUNT_RULE.maxFailures);
		expect(results.filter((r) => r.code === 'throttled')).toHaveLength(20 - ACCOUNT_RULE.maxFailures);
	});

	it('throttles the current-password check of a password change the same way', async () => {
		const db = testDb();
		const u = await makeUser(db, 'office', 'admin');
		const change = (current: string, at: number) =>
			users.changeOwnPassword(
				db,
				{ ...u, ip: '10.6.0.1' },
				{ current, next: 'a-brand-new-pass', again: 'a-brand-new-pass', keepSessionId: null },
				at
			);
		const now = Date.now();
		for (let i = 0; i < ACCOUNT_RULE.maxFailures; i++)
			expect((await failure(change(`guess-${i}`, now))).code).toBe('invalid');
		vi.mocked(password.verifyPassword).mockClear();
		const locked = await failure(change(TEST_PASSWORD, now + 1000));
		expect(locked.code).toBe('throttled');
		expect(password.verifyPassword).not.toHaveBeenCalled();
		// The sign-in of the same account is locked too: it is the same guess.
		expect(
			(
				await failure(
					users.authenticate(db, { username: 'office', password: TEST_PASSWORD, ip: '10.6.0.2' }, now + 2000)
				)
			).code
		).toBe('throttled');
		await change(TEST_PASSWORD, now + ACCOUNT_RULE.lockMs + 5000);
	});

	it('records failed sign-ins in the audit log', async () => {
		const db = testDb();
		await failure(users.authenticate(db, { username: 'ghost', password: 'nope-nope', ip: '10.9.9.9' }));
		const rows = db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed')).all();
		expect(rows).toHaveLength(1);
		expect(rows[0].ip).toBe('10.9.9.9');
	});
});

describe('sessions', () => {
	it('stores only the SHA-256 of the token and validates the token', async () => {
		const db = testDb();
		const u = await makeUser(db, 'office', 'admin');
		const token = generateSessionToken();
		createSession(db, token, u.id);
		const stored = db.select().from(session).all();
		expect(stored).toHaveLength(1);
		expect(stored[0].id).not.toContain(token);
		expect(stored[0].id).toMatch(/^[0-9a-f]{64}$/);
		expect(validateSessionToken(db, token)?.user.username).toBe('office');
		expect(validateSessionToken(db, generateSessionToken())).toBeNull();
	});

	it('expires after the session lifetime and renews in its second half', async () => {
		const db = testDb();
		const u = await makeUser(db, 'office', 'admin');
		const token = generateSessionToken();
		const now = Date.now();
		createSession(db, token, u.id, '', now);
		const day = 86_400_000;
		const mid = validateSessionToken(db, token, now + (SESSION_DAYS - 5) * day);
		expect(mid?.renewed).toBe(true);
		expect(validateSessionToken(db, token, now + (SESSION_DAYS - 5) * day + SESSION_DAYS * day + 1)).toBeNull();
		expect(db.select().from(session).all()).toHaveLength(0);
	});

	it('ends every session of a user the moment the user is disabled', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const staff = await makeUser(db, 'clerk', 'unit', '市司法局');
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const t of tokens) createSession(db, t, staff.id);
		const adminToken = generateSessionToken();
		createSession(db, adminToken, admin.id);
		users.setUserActive(db, admin, staff.id, false);
		for (const t of tokens) expect(validateSessionToken(db, t)).toBeNull();
		expect(validateSessionToken(db, adminToken)?.user.id).toBe(admin.id);
		const audit = db.select().from(auditLog).where(eq(auditLog.action, 'user.disable')).all();
		expect(audit).toHaveLength(1);
	});

	it('ends sessions when a password is reset or the role changes', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const staff = await makeUser(db, 'clerk', 'unit', '市司法局');
		const t1 = generateSessionToken();
		createSession(db, t1, staff.id);
		await users.resetPassword(db, admin, staff.id, 'a-new-long-password');
		expect(validateSessionToken(db, t1)).toBeNull();
		const t2 = generateSessionToken();
		createSession(db, t2, staff.id);
		users.updateUser(db, admin, staff.id, { displayName: 'clerk', role: 'leader', unitId: null });
		expect(validateSessionToken(db, t2)).toBeNull();
	});
});
