// Online backup of the configured database and its evidence files, while the server keeps running.
//   npm run backup -- <dir>       into <dir> (new or empty), verified, with manifest.json
//   npm run backup -- --daily     into BACKUP_DIR/backup-<time>, then keep the newest BACKUP_KEEP (14)
//   npm run backup -- --verify <dir>   re-check an existing backup against its manifest
// Exit status 1, with the reason, when the backup does not verify.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import { BackupError, createBackup, verifyBackup, type BackupManifest } from '../src/lib/server/ops/backup';
import { backupName, listBackups, pruneBackups } from '../src/lib/server/ops/retention';

const args = process.argv.slice(2);
const config = readConfig();

function summary(dest: string, m: BackupManifest): string {
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	return `备份完成：${dest}（数据库 ${mb(m.database.bytes)} MB，佐证材料 ${m.files.count} 个 ${mb(m.files.bytes)} MB，${m.seconds} 秒，已校验）`;
}

async function main(): Promise<void> {
	if (args[0] === '--verify' && args[1]) {
		const m = await verifyBackup(args[1]);
		console.log(`校验通过：${args[1]}（${m.createdAt}，佐证材料 ${m.files.count} 个）`);
		return;
	}
	const daily = args[0] === '--daily';
	const root = daily ? (config.backup?.dir ?? '') : '';
	if (daily && !root) throw new BackupError('--daily 需要设置 BACKUP_DIR');
	const dest = daily ? join(root, backupName()) : args[0];
	if (!dest || dest.startsWith('--')) {
		console.error('用法：npm run backup -- <备份目录> | --daily | --verify <备份目录>');
		process.exit(2);
	}
	if (!existsSync(config.databasePath)) throw new BackupError(`数据库不存在：${config.databasePath}`);
	const db = openDatabase(config.databasePath, { migrate: false });
	try {
		const previous = daily ? listBackups(root).at(-1) : undefined;
		const m = await createBackup(db, {
			uploadDir: config.uploadDir,
			dest,
			linkFrom: previous ? join(root, previous) : null
		});
		console.log(summary(dest, m));
		if (daily) for (const n of pruneBackups(root, config.backup!.keep)) console.log(`已删除旧备份：${n}`);
	} finally {
		db.$client.close();
	}
}

main().catch((e) => {
	console.error(e instanceof BackupError ? `备份失败：${e.message}` : e);
	process.exit(1);
});
