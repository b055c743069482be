// Restores a backup (npm run backup) into an empty data folder: DATABASE_PATH and UPLOAD_DIR as the
// server will use them. Refuses a folder that already holds data; verifies the backup first.
//   DATABASE_PATH=/var/lib/duban/app.db npm run restore -- <backup dir>
import { readConfig } from '../src/lib/server/config';
import { BackupError, restoreBackup } from '../src/lib/server/ops/backup';

const dir = process.argv[2];
if (!dir) {
	console.error('用法：npm run restore -- <备份目录>（恢复到 DATABASE_PATH 和 UPLOAD_DIR，目标必须为空）');
	process.exit(2);
}
const config = readConfig();
try {
	const m = await restoreBackup(dir, { databasePath: config.databasePath, uploadDir: config.uploadDir });
	console.log(
		`已恢复 ${m.createdAt} 的备份到 ${config.databasePath}（佐证材料 ${m.files.count} 个，已逐一校验哈希）。启动服务即可使用`
	);
} catch (e) {
	console.error(e instanceof BackupError ? `恢复失败：${e.message}` : e);
	process.exit(1);
}
