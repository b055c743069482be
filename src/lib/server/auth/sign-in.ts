// Signing in and out: the session is created (or ended) and audited in one transaction.
import type { DB } from '../db/client';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { authenticate, type SignInInput } from './users';
import { createSession, generateSessionToken, invalidateSession } from './session';

/** Checks the credentials (throttled), then opens a session; returns the token for the cookie. */
export async function signIn(
	db: DB,
	input: SignInInput,
	now = Date.now()
): Promise<{ token: string; expiresAt: number }> {
	const userId = await authenticate(db, input, now);
	const token = generateSessionToken();
	const username = input.username.trim();
	const session = db.transaction((tx) => {
		const s = createSession(tx, token, userId, input.ip, now);
		recordAudit(
			tx,
			{ id: userId, username, role: 'unit', unitId: null, ip: input.ip },
			{ action: 'auth.login', objectType: 'user', objectId: userId, summary: `${username} 登录` }
		);
		return s;
	});
	return { token, expiresAt: session.expiresAt };
}

export function signOut(db: DB, actor: Actor, sessionId: string | null): void {
	db.transaction((tx) => {
		if (sessionId) invalidateSession(tx, sessionId);
		recordAudit(tx, actor, {
			action: 'auth.logout',
			objectType: 'user',
			objectId: actor.id,
			summary: `${actor.username} 退出登录`
		});
	});
}
