// Creates an office (管理员) account in the configured database, for production set-ups without the
// demo. Usage: npm run create-admin -- <username> <姓名>   (password from ADMIN_PASSWORD or a prompt)
import { createInterface } from 'node:readline/promises';
import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import { createUser } from '../src/lib/server/auth/users';
import { SYSTEM_ACTOR } from '../src/lib/server/shared/actor';
import { isDomainError } from '../src/lib/server/shared/errors';

const [username, displayName] = process.argv.slice(2);
if (!username || !displayName) {
	console.error('用法：npm run create-admin -- <用户名> <姓名>（密码取自环境变量 ADMIN_PASSWORD，或在提示时输入）');
	process.exit(1);
}

async function readPassword(): Promise<string> {
	if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
	const password = await rl.question('密码（至少 8 位）：');
	rl.close();
	return password.trim();
}

const config = readConfig();
const db = openDatabase(config.databasePath);
try {
	const id = await createUser(
		db,
		{ ...SYSTEM_ACTOR, username: 'create-admin' },
		{
			username,
			displayName,
			role: 'admin',
			unitId: null,
			password: await readPassword()
		}
	);
	console.log(`已创建管理员 ${username}（id ${id}），数据库：${config.databasePath}`);
} catch (e) {
	if (isDomainError(e)) {
		console.error(`创建失败：${e.message}`);
		process.exit(1);
	}
	throw e;
}
