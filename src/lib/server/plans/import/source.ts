// Where a plan comes from: an uploaded file (any format the readers take) or pasted text. Either way
// the result is a draft to preview; an empty or oversized source is refused with the reason.
import type { DB } from '../../db/client';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/errors';
import { parsePlanText } from '../parse';
import type { ParsedPlan } from '../parse/types';
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

/** Reads and parses a source; `emptyMessage` says what to paste when nothing was given. */
export async function parseSource(
	source: ImportSource,
	emptyMessage = '请粘贴工作要点全文，或选择要上传的文件'
): Promise<{ parsed: ParsedPlan; name: string; text: string }> {
	if (source.file && source.file.size > 0) {
		if (source.file.size > MAX_FILE_BYTES) throw new DomainError('too_large', `文件超过 ${MB} MB，无法导入`);
		const read = await readPlanUpload(await source.file.bytes(), source.file.name);
		return { parsed: parsePlanSource(read), name: source.file.name, text: read.text };
	}
	if (!source.text.trim()) throw new DomainError('invalid', emptyMessage);
	if (source.text.length > MAX_FILE_BYTES) throw new DomainError('too_large', '粘贴的文字过长');
	return { parsed: parsePlanText(source.text), name: '粘贴文本', text: source.text };
}

export async function draftFromSource(db: DB, actor: Actor, source: ImportSource): Promise<number> {
	const { parsed, name, text } = await parseSource(source);
	return createDraft(db, actor, parsed, { name, text });
}
