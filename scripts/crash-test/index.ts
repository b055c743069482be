// npm run crash-test -- [--kills 200] [--seed 14] [--keep]
// SIGKILLs the production server at random moments under a mixed write load (sent reports,
// uploads, submissions, reviews, imports) and checks after every restart that nothing acknowledged
// is lost and nothing is half-written. Exit status 1 when anything is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuild } from '../bench/machine';
import { runCrashTest } from './harness';
import { seedCrashWorld } from './world';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
ensureBuild((m) => console.error(m));
const dir = mkdtempSync(join(tmpdir(), 'yd-crash-'));
try {
	const world = await seedCrashWorld(dir);
	const report = await runCrashTest(world, {
		kills: Number(opt('kills', '200')),
		seed: Number(opt('seed', '14')),
		log: (l) => console.error(l)
	});
	console.log(
		JSON.stringify({ ...report, lost: report.lost.slice(0, 50), broken: report.broken.slice(0, 50) }, null, 2)
	);
	process.exitCode = report.lost.length || report.broken.length ? 1 : 0;
} finally {
	if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
	else console.error(`保留：${dir}`);
}
