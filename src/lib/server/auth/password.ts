// Password hashing with argon2id at OWASP's minimum (m=19456 KiB, t=2, p=1), as the Lucia guide does.
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../shared/errors';

const ARGON2ID = 2; // @node-rs/argon2's Algorithm.Argon2id (a const enum, so not importable at runtime)

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** A hash of nothing anyone knows, verified when the user does not exist so both answers take as long. */
let dummyHash: Promise<string> | null = null;
export function dummyVerify(password: string): Promise<boolean> {
	dummyHash ??= hashPassword('dummy-password-for-timing-only');
	return dummyHash.then((h) => verifyPassword(h, password));
}

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** ASVS 2.1: length is what matters; no composition rules, but refuse the obvious. */
export function checkPasswordStrength(password: string, username = ''): void {
	if (password.length < PASSWORD_MIN)
		throw new DomainError('invalid', `密码至少 ${PASSWORD_MIN} 位`, { password: `密码至少 ${PASSWORD_MIN} 位` });
	if (password.length > PASSWORD_MAX)
		throw new DomainError('invalid', `密码不能超过 ${PASSWORD_MAX} 位`, {
			password: `密码不能超过 ${PASSWORD_MAX} 位`
		});
	if (username && password.toLowerCase().includes(username.toLowerCase()))
		throw new DomainError('invalid', '密码不能包含用户名', { password: '密码不能包含用户名' });
	if (/^(.)\1*$/.test(password) || /^(?:12345678|password|abcdefgh)/i.test(password))
		throw new DomainError('invalid', '密码过于简单，请换一个', { password: '密码过于简单，请换一个' });
}
