// Crash safety, the short run CI does (the full one: npm run crash-test -- --kills 200): the server
// is SIGKILLed 20 times at random moments under sent reports, uploads, submissions, reviews and
// imports; after every restart every acknowledged write is there and nothing is half-written.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashTest } from '../../scripts/crash-test/harness';
import { seedCrashWorld } from '../../scripts/crash-test/world';

const dir = mkdtempSync(join(tmpdir(), 'yd-crash-ci-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGKILL under a mixed write load', () => {
	it('loses no acknowledged write and leaves no half-written record over 20 kills', { timeout: 300_000 }, async () => {
		const world = await seedCrashWorld(dir);
		const report = await runCrashTest(world, { kills: 20, seed: 20 });
		expect(report.kills).toBe(20);
		expect(report.lost).toEqual([]);
		expect(report.broken).toEqual([]);
		// The load really wrote: each kind of write was acknowledged at least once.
		for (const op of ['report', 'upload', 'submit', 'review', 'bulletin'])
			expect(report.acknowledged[op] ?? 0, op).toBeGreaterThan(0);
	});
});
