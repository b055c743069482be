// Where a plan comes from: an uploaded file (any format the readers take) or pasted text. Either way
// the result is a draft to preview; an empty or oversized source is refused with the reason.
import type { DB } from '../../db/client';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/errors';
import { parsePlanText } from '../parse';
import { parsePlanSource, readPlanUpload } from '../read';
import { MAX_FILE_BYTES } from '../read/limits';
import { createDraft } from './drafts';

export interface ImportSource {
	/** The uploaded file, if one was chosen. */
	file: { name: string; size: number; bytes: () => Promise<Uint8Array> } | null;
	/** What was pasted into the box (used when no file was chosen). */
	text: string;
}

const MB = MAX_FILE_BYTES / 1024 / 1024;

export async function draftFromSource(db: DB, actor: Actor, source: ImportSource): Promise<number> {
	if (source.file && source.file.size > 0) {
		if (source.file.size > MAX_FILE_BYTES) throw new DomainError('too_large', `文件超过 ${MB} MB，无法导入`);
		const read = await readPlanUpload(await source.file.bytes(), source.file.name);
		return createDraft(db, actor, parsePlanSource(read), { name: source.file.name, text: read.text });
	}
	if (!source.text.trim()) throw new DomainError('invalid', '请粘贴工作要点全文，或选择要上传的文件');
	if (source.text.length > MAX_FILE_BYTES) throw new DomainError('too_large', '粘贴的文字过长');
	return createDraft(db, actor, parsePlanText(source.text), { name: '粘贴文本', text: source.text });
}
