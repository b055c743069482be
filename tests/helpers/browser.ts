// Debian's Chromium driven by playwright-core: never a downloaded browser. Flags for running as
// root, offline and headless (see DEVELOPERS.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedBrowser {
	browser: BrowserContext;
	close(): Promise<void>;
}

/** A persistent context in a fresh user-data dir, so no state leaks between runs. */
export async function launchBrowser(
	viewport = { width: 1366, height: 768 }
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'yd-chromium-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM,
		headless: true,
		viewport,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--disable-dev-shm-usage'
		]
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export type { Browser, BrowserContext, Page };
