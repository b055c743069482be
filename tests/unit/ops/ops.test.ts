// The pure parts of operations: log lines, request ids, version comparison, start-up refusals,
// backup folder names and retention.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorFields, formatLine } from '../../../src/lib/server/ops/log';
import { requestIdOf } from '../../../src/lib/server/ops/request-id';
import {
	assertSqliteVersion,
	assertWritableFolder,
	compareVersions,
	StartupError
} from '../../../src/lib/server/ops/startup';
import { backupName, listBackups, pruneBackups } from '../../../src/lib/server/ops/retention';
import { readConfig } from '../../../src/lib/server/config';

describe('log lines', () => {
	it('are one JSON object with time, level and event first, then the fields', () => {
		const line = formatLine('info', 'request', { id: 'abc', status: 200 }, new Date('2026-01-02T03:04:05.000Z'));
		expect(line).not.toContain('\n');
		expect(Object.keys(JSON.parse(line))).toEqual(['time', 'level', 'event', 'id', 'status']);
		expect(JSON.parse(line)).toMatchObject({ time: '2026-01-02T03:04:05.000Z', level: 'info', status: 200 });
	});

	it('carry an error as message, name and stack, with its cause', () => {
		const f = errorFields(new TypeError('坏了', { cause: new Error('根因') }));
		expect(f).toMatchObject({ error: '坏了', errorName: 'TypeError', cause: '根因' });
		expect(String(f.stack)).toContain('TypeError: 坏了');
		expect(errorFields('plain')).toEqual({ error: 'plain' });
	});
});

describe('request ids', () => {
	it("keep a proxy's id that looks like one and make a fresh one otherwise", () => {
		expect(requestIdOf('0123456789abcdef0123456789abcdef')).toBe('0123456789abcdef0123456789abcdef');
		for (const bad of [null, '', 'short', 'has space in it', 'x'.repeat(65), '<script>alert(1)</script>']) {
			const id = requestIdOf(bad);
			expect(id).toMatch(/^[0-9a-f]{16}$/);
		}
		expect(requestIdOf(null)).not.toBe(requestIdOf(null));
	});
});

describe('start-up checks', () => {
	it('compare dotted versions numerically', () => {
		expect(compareVersions('3.42.0', '3.42.0')).toBe(0);
		expect(compareVersions('3.9.0', '3.42.0')).toBe(-1);
		expect(compareVersions('3.53.2', '3.42')).toBe(1);
	});

	it('refuse an old SQLite in Chinese and English', () => {
		expect(() => assertSqliteVersion('3.53.2')).not.toThrow();
		try {
			assertSqliteVersion('3.31.1');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(StartupError);
			expect((e as StartupError).zh).toContain('SQLite 版本过旧');
			expect((e as StartupError).en).toContain('too old');
		}
	});

	it('refuse a folder that cannot be written, naming it in both languages', () => {
		const dir = mkdtempSync(join(tmpdir(), 'yd-startup-'));
		try {
			assertWritableFolder(join(dir, 'ok'), { zh: '测试目录', en: 'test folder' });
			expect(readdirSync(join(dir, 'ok'))).toEqual([]); // the probe file is gone
			writeFileSync(join(dir, 'file'), '');
			// A path below a plain file can never be a folder (root ignores permission bits, so this is the test).
			const bad = join(dir, 'file', 'uploads');
			expect(() => assertWritableFolder(bad, { zh: '测试目录', en: 'test folder' })).toThrow(
				/测试目录不可写.*\n.*test folder is not writable/
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('configuration for operations', () => {
	it('reads the log level, bench stats and the daily backup from the environment', () => {
		expect(readConfig({})).toMatchObject({ logLevel: 'info', benchStats: false, backup: null });
		expect(readConfig({ LOG_LEVEL: 'warn', BENCH_STATS: '1', BACKUP_DIR: '/b', BACKUP_KEEP: '3' })).toMatchObject({
			logLevel: 'warn',
			benchStats: true,
			backup: { dir: '/b', keep: 3 }
		});
		expect(readConfig({ LOG_LEVEL: 'loud', BACKUP_DIR: '/b', BACKUP_KEEP: '-1' })).toMatchObject({
			logLevel: 'info',
			backup: { dir: '/b', keep: 14 }
		});
	});
});

describe('backup retention', () => {
	it('names backups by Shanghai time', () => {
		// 2026-12-01 18:30:05 UTC is 2026-12-02 02:30:05 in Shanghai (UTC+8).
		expect(backupName(Date.parse('2026-12-01T18:30:05Z'))).toBe('backup-20261202-023005');
	});

	it('keeps the newest complete backups and removes abandoned halves older than a day', () => {
		const root = mkdtempSync(join(tmpdir(), 'yd-retention-'));
		try {
			const names = ['backup-20261201-020000', 'backup-20261202-020000', 'backup-20261203-020000'];
			for (const n of names) {
				mkdirSync(join(root, n));
				writeFileSync(join(root, n, 'manifest.json'), '{}');
			}
			mkdirSync(join(root, 'backup-20261130-020000')); // died half-way, two days ago
			const old = (Date.now() - 2 * 86_400_000) / 1000;
			utimesSync(join(root, 'backup-20261130-020000'), old, old);
			mkdirSync(join(root, 'backup-20261204-020000')); // in progress now
			mkdirSync(join(root, 'notes'));
			expect(listBackups(root)).toEqual(names);
			const removed = pruneBackups(root, 2);
			expect(removed.sort()).toEqual(['backup-20261130-020000', 'backup-20261201-020000']);
			expect(readdirSync(root).sort()).toEqual([
				'backup-20261202-020000',
				'backup-20261203-020000',
				'backup-20261204-020000',
				'notes'
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
