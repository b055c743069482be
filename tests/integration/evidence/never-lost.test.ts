// Acceptance (progress model, 4): an evidence row never points at a missing file, whatever the order
// of an upload of content that is already stored, the removal of its last row and the orphan sweep;
// the sweep removes unreferenced old files and temporary leftovers, never a referenced or fresh file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidence } from '../../../src/lib/server/db/schema';
import { receiveUpload, storedPath } from '../../../src/lib/server/evidence/upload';
import { ORPHAN_GRACE_MS, sweepOrphanFiles, TEMP_MAX_AGE_MS } from '../../../src/lib/server/evidence/sweep';
import * as progress from '../../../src/lib/server/progress';
import { multipart, pdfBytes } from '../../helpers/files';
import { assignmentWorld } from '../../helpers/assignments';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'yd-lost-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 3_600_000;
const bytes = pdfBytes(4000);
const hash = createHash('sha256').update(bytes).digest('hex');
const upload = async () => {
	const { contentType, body } = multipart({ description: '同一份红头文件' }, { name: '通知.pdf', bytes });
	return (await receiveUpload(contentType, body, { uploadDir: dir, maxBytes: 1 << 20 })).file!;
};
/** Pretends the stored file was written long ago (the sweep only removes old files). */
const age = (path: string, ms: number) => utimesSync(path, (Date.now() - ms) / 1000, (Date.now() - ms) / 1000);
const later = () => Date.now() + 2 * ORPHAN_GRACE_MS;

async function world() {
	const w = await assignmentWorld();
	return {
		...w,
		a: w.assignmentOf('市司法局', '加强政务信息规范管理'),
		b: w.assignmentOf('正定县政府', '加强政务信息规范管理')
	};
}

/** Every evidence row's file exists and holds the bytes of its hash. */
function expectEveryRowHasItsFile(w: Awaited<ReturnType<typeof world>>) {
	const rows = w.db
		.select()
		.from(evidence)
		.all()
		.filter((r) => r.kind === 'file');
	for (const r of rows) {
		const p = storedPath(dir, r.fileHash!);
		expect(existsSync(p), `row ${r.id}`).toBe(true);
		expect(createHash('sha256').update(readFileSync(p)).digest('hex')).toBe(r.fileHash);
	}
	return rows.length;
}

describe('an upload of stored content against the removal of its last row', () => {
	it('upload first, then removal, then a sweep before the new row is written', async () => {
		const w = await world();
		const old = progress.addFileEvidence(w.db, w.staffA, w.a, await upload(), '');
		age(storedPath(dir, hash), 3 * HOUR);
		const fresh = await upload(); // B uploads the same official PDF: moved over the stored file
		progress.removeEvidence(w.db, w.staffA, w.a, old); // A removes its (last) row
		expect((await sweepOrphanFiles(w.db, dir)).orphans).toBe(0); // the file is fresh: kept
		progress.addFileEvidence(w.db, w.staffB, w.b, fresh, '');
		expect((await sweepOrphanFiles(w.db, dir, { now: later() })).orphans).toBe(0); // referenced: kept
		expect(expectEveryRowHasItsFile(w)).toBe(1);
	});

	it('removal first, a sweep that deletes the orphan, then the upload brings the file back', async () => {
		const w = await world();
		const old = progress.addFileEvidence(w.db, w.staffA, w.a, await upload(), '');
		progress.removeEvidence(w.db, w.staffA, w.a, old);
		expect(existsSync(storedPath(dir, hash))).toBe(true); // removal never deletes the file itself
		expect((await sweepOrphanFiles(w.db, dir, { now: later() })).orphans).toBe(1);
		expect(existsSync(storedPath(dir, hash))).toBe(false);
		progress.addFileEvidence(w.db, w.staffB, w.b, await upload(), '');
		expect(expectEveryRowHasItsFile(w)).toBe(1);
	});

	it('a failed row write leaves the file to the sweep, not to the request', async () => {
		const w = await world();
		const file = await upload();
		expect(() => progress.addFileEvidence(w.db, w.staffA, w.b, file, '')).toThrow(); // not A's assignment
		expect(existsSync(storedPath(dir, hash))).toBe(true);
		expect((await sweepOrphanFiles(w.db, dir)).orphans).toBe(0);
		expect((await sweepOrphanFiles(w.db, dir, { now: later() })).orphans).toBe(1);
	});
});

describe('50 units at once', () => {
	it('uploading and removing the same content concurrently never loses a referenced file', async () => {
		const w = await world();
		const sweeps: Promise<unknown>[] = [];
		await Promise.all(
			Array.from({ length: 50 }, async (_, i) => {
				const [staff, id] = i % 2 ? [w.staffA, w.a] : [w.staffB, w.b];
				const row = progress.addFileEvidence(w.db, staff, id, await upload(), `第 ${i} 份`);
				if (i % 3 === 0) progress.removeEvidence(w.db, staff, id, row);
				if (i % 5 === 0) sweeps.push(sweepOrphanFiles(w.db, dir));
			})
		);
		await Promise.all(sweeps);
		// 50 uploads, every third removed: 33 rows remain, all on the one shared file.
		expect(expectEveryRowHasItsFile(w)).toBe(50 - 17);
		expect((await sweepOrphanFiles(w.db, dir, { now: later() })).orphans).toBe(0);
		expect(expectEveryRowHasItsFile(w)).toBe(33);
	});
});

describe('the sweep', () => {
	it('removes an unreferenced old file and old temp files, never a referenced or fresh one', async () => {
		const w = await world();
		progress.addFileEvidence(w.db, w.staffA, w.a, await upload(), ''); // referenced
		const write = (content: string) => {
			const h = createHash('sha256').update(content).digest('hex');
			mkdirSync(join(dir, h.slice(0, 2)), { recursive: true });
			writeFileSync(storedPath(dir, h), content);
			return storedPath(dir, h);
		};
		const oldOrphan = write('old orphan');
		const freshOrphan = write('fresh orphan');
		age(oldOrphan, 2 * ORPHAN_GRACE_MS);
		age(storedPath(dir, hash), 10 * ORPHAN_GRACE_MS);
		mkdirSync(join(dir, 'tmp'), { recursive: true });
		writeFileSync(join(dir, 'tmp', 'dead-upload'), 'partial');
		writeFileSync(join(dir, 'tmp', 'live-upload'), 'partial');
		age(join(dir, 'tmp', 'dead-upload'), TEMP_MAX_AGE_MS + HOUR);

		const result = await sweepOrphanFiles(w.db, dir);
		expect(result).toEqual({ orphans: 1, temps: 1, kept: 2 });
		expect(existsSync(oldOrphan)).toBe(false);
		expect(existsSync(freshOrphan)).toBe(true);
		expect(existsSync(storedPath(dir, hash))).toBe(true);
		expect(existsSync(join(dir, 'tmp', 'live-upload'))).toBe(true);
		expect(existsSync(join(dir, 'tmp', 'dead-upload'))).toBe(false);
	});
});
