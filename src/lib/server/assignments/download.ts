// Which evidence file a viewer may download: the owning unit its drafts, everyone who may read the
// assignment its sent files; anything else is "not found".
import { eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { evidence } from '../db/schema';
import type { PolicyUser } from '../auth/policy';
import { isDomainError } from '../shared/errors';
import { requireViewable, seesDrafts } from './access';

export interface Downloadable {
	hash: string;
	fileName: string;
	mimeType: string;
	size: number;
}

export function evidenceForDownload(db: DB, viewer: PolicyUser, evidenceId: number): Downloadable | null {
	const row = db.select().from(evidence).where(eq(evidence.id, evidenceId)).get();
	if (!row || row.kind !== 'file' || !row.fileHash) return null;
	let ctx;
	try {
		ctx = requireViewable(db, viewer, row.assignmentId);
	} catch (e) {
		if (isDomainError(e)) return null;
		throw e;
	}
	if (row.sentAt === null && !seesDrafts(viewer, ctx)) return null;
	return {
		hash: row.fileHash,
		fileName: row.fileName ?? '附件',
		mimeType: row.mimeType ?? 'application/octet-stream',
		size: row.size ?? 0
	};
}
