// Sessions as the Lucia guide implements them: a random token in the cookie, only its SHA-256 stored.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq, sql } from 'drizzle-orm';
import { prepared, type DB, type Tx } from '../db/client';
import { session, unit, user } from '../db/schema';

export const SESSION_DAYS = 30;
const DAY = 86_400_000;
const SESSION_MS = SESSION_DAYS * DAY;
/** Extend when less than half the lifetime is left, so active users stay signed in. */
const RENEW_BEFORE_MS = SESSION_MS / 2;

export type Session = typeof session.$inferSelect;

export interface SessionUser {
	id: number;
	username: string;
	displayName: string;
	role: 'admin' | 'unit' | 'leader';
	unitId: number | null;
	unitName: string | null;
}

export type SessionValidation = { session: Session; user: SessionUser; renewed: boolean } | null;

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(db: Tx, token: string, userId: number, ip = '', now = Date.now()): Session {
	const row: Session = { id: sessionIdFromToken(token), userId, expiresAt: now + SESSION_MS, createdAt: now, ip };
	db.insert(session).values(row).run();
	return row;
}

function sessionQuery(db: Tx) {
	return db
		.select({
			session,
			user: {
				id: user.id,
				username: user.username,
				displayName: user.displayName,
				role: user.role,
				unitId: user.unitId,
				active: user.active,
				unitName: unit.shortName
			}
		})
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.leftJoin(unit, eq(user.unitId, unit.id))
		.where(eq(session.id, sql.placeholder('id')));
}

export function validateSessionToken(db: DB, token: string, now = Date.now()): SessionValidation {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const id = sessionIdFromToken(token);
	// Runs on every request: prepared once per database.
	const row = prepared(db, 'session.validate', (d) => sessionQuery(d).prepare()).get({ id });
	if (!row) return null;
	if (now >= row.session.expiresAt || !row.user.active) {
		db.delete(session).where(eq(session.id, id)).run();
		return null;
	}
	let renewed = false;
	if (now >= row.session.expiresAt - RENEW_BEFORE_MS) {
		row.session.expiresAt = now + SESSION_MS;
		db.update(session).set({ expiresAt: row.session.expiresAt }).where(eq(session.id, id)).run();
		renewed = true;
	}
	const { active: _active, ...u } = row.user;
	return { session: row.session, user: u, renewed };
}

export function invalidateSession(db: Tx, sessionId: string): void {
	db.delete(session).where(eq(session.id, sessionId)).run();
}

export function invalidateUserSessions(db: Tx, userId: number): void {
	db.delete(session).where(eq(session.userId, userId)).run();
}
