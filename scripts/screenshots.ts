// Renders pages in headless Chromium at desktop and phone width, for looking at what we build.
// Usage: npx tsx scripts/screenshots.ts [--url http://127.0.0.1:3000] <account> <path> [<path>…]
//   account: admin | leader | sifaju | zhengding | anon. Output: screenshots/<account>-<path>-<w>.png
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/helpers/browser';

const args = process.argv.slice(2);
let base = 'http://127.0.0.1:3000';
if (args[0] === '--url') {
	base = args[1];
	args.splice(0, 2);
}
const [account, ...paths] = args;
const sizes = [
	{ width: 1366, height: 768 },
	{ width: 390, height: 844 }
];
const print = process.env.PRINT === '1';
mkdirSync('screenshots', { recursive: true });
for (const size of sizes) {
	const { context, close } = await launchBrowser(size);
	const page = await context.newPage();
	if (account !== 'anon') {
		await page.goto(`${base}/login`);
		await page.fill('#username', account);
		await page.fill('#password', 'demo12345');
		await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type=submit]')]);
	}
	for (const p of paths) {
		await page.goto(base + p);
		await page.waitForLoadState('networkidle');
		// Charts animate for about a second: shoot what the user sees once they settle.
		await page.waitForTimeout(1200);
		if (print) await page.emulateMedia({ media: 'print' });
		const name = `screenshots/${account}-${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${size.width}${print ? '-print' : ''}.png`;
		await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
		console.log(name);
	}
	await close();
}
