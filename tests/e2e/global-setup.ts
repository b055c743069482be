// Browser tests run against the production build; `npm test` builds it first.
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../helpers/browser';

export default function setup() {
	if (!existsSync('build/index.js')) throw new Error('build/ 不存在：请先运行 npm run build（npm test 会自动构建）');
	if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium（${CHROMIUM}）：请运行 apt-get install -y chromium`);
}
