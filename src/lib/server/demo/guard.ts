// The start-up check for production: with demo mode off, no account may still open with the demo
// password (a database first started with the demo, then put into service as it was).
import { inArray } from 'drizzle-orm';
import type { DB } from '../db/client';
import { user } from '../db/schema';
import { verifyPassword } from '../auth/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';

/** Usernames of active accounts whose password is still the demo one. */
export async function accountsWithDemoPassword(db: DB): Promise<string[]> {
	const rows = db
		.select({ username: user.username, hash: user.passwordHash, active: user.active })
		.from(user)
		.where(
			inArray(
				user.username,
				DEMO_ACCOUNTS.map((a) => a.username)
			)
		)
		.all();
	const out: string[] = [];
	for (const r of rows) if (r.active && (await verifyPassword(r.hash, DEMO_PASSWORD))) out.push(r.username);
	return out;
}

export async function assertNoDemoPasswords(db: DB): Promise<void> {
	const names = await accountsWithDemoPassword(db);
	if (!names.length) return;
	throw new Error(
		`演示模式已关闭，但账号 ${names.join('、')} 仍使用演示密码，拒绝启动：请先以演示模式（DEMO=1）登录修改这些账号的密码或停用它们，` +
			`或用 npm run create-admin 另建管理员后停用它们。\n` +
			`Demo mode is off but account(s) ${names.join(', ')} still use the demo password; refusing to serve. ` +
			`Change or disable them first.`
	);
}
