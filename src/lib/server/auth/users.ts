// 用户: sign-in, and the office's user administration. Every change is audited in its transaction.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { DB } from '../db/client';
import { ROLES, session, unit, user, type Role } from '../db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { checkPasswordStrength, dummyVerify, hashPassword, verifyPassword } from './password';
import { attemptSucceeded, reserveAttempt, signInKeys } from './rate-limit';
import { assertCan } from './policy';
import { invalidateUserSessions } from './session';

/** The one answer for an unknown user, a wrong password and a disabled account. */
export const BAD_CREDENTIALS = '用户名或密码错误';

export interface SignInInput {
	username: string;
	password: string;
	ip: string;
}

/**
 * Counts the attempt first (refused with no hashing while locked), then checks the password; returns
 * the user id.
 */
export async function authenticate(db: DB, input: SignInInput, now = Date.now()): Promise<number> {
	const username = input.username.trim();
	const keys = signInKeys(username, input.ip);
	reserveAttempt(db, keys, now);
	const row = username ? db.select().from(user).where(eq(user.username, username)).get() : undefined;
	const ok = row ? await verifyPassword(row.passwordHash, input.password) : await dummyVerify(input.password);
	if (!row || !ok || !row.active) {
		recordAudit(
			db,
			{ id: row?.id ?? 0, username: username.slice(0, 64), role: 'unit', unitId: null, ip: input.ip },
			{
				action: 'auth.login_failed',
				objectType: 'user',
				objectId: row?.id ?? '',
				summary: `登录失败：${username.slice(0, 64)}`
			}
		);
		throw new DomainError('invalid', BAD_CREDENTIALS);
	}
	attemptSucceeded(db, keys[0].key, keys[1]);
	return row.id;
}

export interface UserInput {
	username: string;
	displayName: string;
	role: Role;
	unitId: number | null;
}

const USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

function validateUserInput(db: DB, input: UserInput): UserInput {
	const errors: Record<string, string> = {};
	const username = input.username.trim();
	const displayName = input.displayName.trim();
	if (!USERNAME.test(username)) errors.username = '用户名为 3–32 位字母、数字或 _ . -';
	if (!displayName) errors.displayName = '请填写姓名';
	else if (displayName.length > 50) errors.displayName = '姓名不能超过 50 字';
	if (!ROLES.includes(input.role)) errors.role = '请选择角色';
	let unitId = input.unitId;
	if (input.role === 'unit') {
		if (!unitId) errors.unitId = '单位填报人必须绑定一个单位';
		else if (!db.select({ id: unit.id }).from(unit).where(eq(unit.id, unitId)).get()) errors.unitId = '单位不存在';
	} else unitId = null;
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return { username, displayName, role: input.role, unitId };
}

const ADMIN_ONLY = '只有管理员可以管理用户';

export async function createUser(db: DB, actor: Actor, input: UserInput & { password: string }): Promise<number> {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	const clean = validateUserInput(db, input);
	checkPasswordStrength(input.password, clean.username);
	const passwordHash = await hashPassword(input.password);
	return db.transaction((tx) => {
		const taken = tx.select({ id: user.id }).from(user).where(eq(user.username, clean.username)).get();
		if (taken) throw new DomainError('conflict', `用户名“${clean.username}”已被使用`, { username: '用户名已被使用' });
		const { id } = tx
			.insert(user)
			.values({ ...clean, passwordHash })
			.returning({ id: user.id })
			.get();
		recordAudit(tx, actor, {
			action: 'user.create',
			objectType: 'user',
			objectId: id,
			summary: `新建用户 ${clean.username}（${clean.displayName}）`,
			detail: { role: clean.role, unitId: clean.unitId }
		});
		return id;
	});
}

export function updateUser(db: DB, actor: Actor, id: number, input: Omit<UserInput, 'username'>): void {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	db.transaction((tx) => {
		const row = tx.select().from(user).where(eq(user.id, id)).get();
		if (!row) throw new DomainError('not_found', '用户不存在');
		const clean = validateUserInput(db, { ...input, username: row.username });
		if (row.id === actor.id && clean.role !== 'admin')
			throw new DomainError('invalid', '不能取消自己的管理员角色', { role: '不能取消自己的管理员角色' });
		tx.update(user)
			.set({ displayName: clean.displayName, role: clean.role, unitId: clean.unitId })
			.where(eq(user.id, id))
			.run();
		// A changed role or unit must not keep old powers in an open session.
		if (row.role !== clean.role || row.unitId !== clean.unitId) invalidateUserSessions(tx, id);
		recordAudit(tx, actor, {
			action: 'user.update',
			objectType: 'user',
			objectId: id,
			summary: `修改用户 ${row.username}`,
			detail: {
				before: { displayName: row.displayName, role: row.role, unitId: row.unitId },
				after: { displayName: clean.displayName, role: clean.role, unitId: clean.unitId }
			}
		});
	});
}

export async function resetPassword(db: DB, actor: Actor, id: number, password: string): Promise<void> {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	const row = db.select().from(user).where(eq(user.id, id)).get();
	if (!row) throw new DomainError('not_found', '用户不存在');
	checkPasswordStrength(password, row.username);
	const passwordHash = await hashPassword(password);
	db.transaction((tx) => {
		tx.update(user).set({ passwordHash }).where(eq(user.id, id)).run();
		invalidateUserSessions(tx, id);
		recordAudit(tx, actor, {
			action: 'user.reset_password',
			objectType: 'user',
			objectId: id,
			summary: `重置 ${row.username} 的密码`
		});
	});
}

/** Disabling ends every session of that user in the same transaction. */
export function setUserActive(db: DB, actor: Actor, id: number, active: boolean): void {
	assertCan(actor, 'admin.manage', undefined, ADMIN_ONLY);
	db.transaction((tx) => {
		const row = tx.select().from(user).where(eq(user.id, id)).get();
		if (!row) throw new DomainError('not_found', '用户不存在');
		if (row.id === actor.id && !active) throw new DomainError('invalid', '不能停用自己的账号');
		tx.update(user).set({ active }).where(eq(user.id, id)).run();
		if (!active) invalidateUserSessions(tx, id);
		recordAudit(tx, actor, {
			action: active ? 'user.enable' : 'user.disable',
			objectType: 'user',
			objectId: id,
			summary: `${active ? '启用' : '停用'}用户 ${row.username}`
		});
	});
}

export interface UserListRow {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	unitId: number | null;
	unitName: string | null;
	active: boolean;
}

function selectUsers(db: DB) {
	return db
		.select({
			id: user.id,
			username: user.username,
			displayName: user.displayName,
			role: user.role,
			unitId: user.unitId,
			unitName: unit.shortName,
			active: user.active
		})
		.from(user)
		.leftJoin(unit, eq(user.unitId, unit.id));
}

export function listUsers(db: DB): UserListRow[] {
	return selectUsers(db).orderBy(asc(user.role), asc(user.username)).all();
}

export function getUser(db: DB, id: number): UserListRow | null {
	return selectUsers(db).where(eq(user.id, id)).get() ?? null;
}

/**
 * A user changes their own password: the current one is checked — throttled like a sign-in, since it
 * is one more way to guess it — and the user's other sessions end.
 */
export async function changeOwnPassword(
	db: DB,
	actor: Actor,
	input: { current: string; next: string; again: string; keepSessionId: string | null },
	now = Date.now()
): Promise<void> {
	const row = db.select().from(user).where(eq(user.id, actor.id)).get();
	if (!row) throw new DomainError('not_found', '用户不存在');
	const keys = signInKeys(row.username, actor.ip);
	reserveAttempt(db, keys, now);
	if (!(await verifyPassword(row.passwordHash, input.current)))
		throw new DomainError('invalid', '当前密码不正确', { current: '当前密码不正确' });
	attemptSucceeded(db, keys[0].key, keys[1]);
	if (input.next !== input.again)
		throw new DomainError('invalid', '两次输入的新密码不一致', { again: '两次输入不一致' });
	checkPasswordStrength(input.next, row.username);
	const passwordHash = await hashPassword(input.next);
	db.transaction((tx) => {
		tx.update(user).set({ passwordHash }).where(eq(user.id, actor.id)).run();
		tx.delete(session)
			.where(and(eq(session.userId, actor.id), input.keepSessionId ? ne(session.id, input.keepSessionId) : undefined))
			.run();
		recordAudit(tx, actor, {
			action: 'user.change_password',
			objectType: 'user',
			objectId: actor.id,
			summary: `${row.username} 修改本人密码`
		});
	});
}
