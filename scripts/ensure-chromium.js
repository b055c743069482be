// Browser tests drive Debian's Chromium, never a downloaded one. Install it when missing (as root
// with apt), otherwise say exactly what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && existsSync('/usr/bin/apt-get')) {
		console.log('未找到 Chromium，正在通过 apt-get 安装 chromium …');
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
			stdio: 'inherit',
			shell: '/bin/bash'
		});
	} else {
		console.error(`浏览器测试需要 Chromium（${path}）。请运行：sudo apt-get install -y chromium`);
		process.exit(1);
	}
}
