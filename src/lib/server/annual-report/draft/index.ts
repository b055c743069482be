// 报告草稿: a unit's (by its staff) or the body's (by the office) report text, edited as sections and
// paragraphs. The system writes it from the year's plan, the figures, the 考核 result and last
// year's report; the writer edits, adds and removes paragraphs; the checks must pass before it is
// marked final, which freezes the figures its tables show.
import type { DB } from '../../db/client';
import { recordAudit } from '../../audit';
import type { Actor } from '../../shared/actor';
import { DomainError } from '../../shared/errors';
import { shanghaiDate } from '../../shared/time';
import { yieldToLoop } from '../../shared/yield';
import { SECTION_HEADINGS, type SectionNo } from '../../../annual-report/format';
import { blockersOf } from '../../../annual-report/acknowledgements';
import { loadAssessmentSummary } from '../assessment';
import { assertEditReport } from '../access';
import { previousReport } from '../previous';
import { ensureRow, getReportRow, reportName, requireFresh, subjectName, updateRow, type ReportRef } from '../store';
import { draftChecks, reportStatistics } from './checks';
import { composeDraft, composeSection } from './compose';
import { loadYearWork } from './facts';
import { paragraph, readStoredDraft, type DraftParagraph, type StoredDraft } from './model';

export const TITLE_MAX = 100;
export const PARAGRAPH_MAX = 5000;
const PARAGRAPHS_MAX = 400;

const toJson = (d: StoredDraft) => d as unknown as Record<string, unknown>;

function requireWritable(row: { imported: boolean; finalAt: number | null }): void {
	if (row.imported) throw new DomainError('conflict', '这是导入的已发布报告，不能在系统中修改');
	if (row.finalAt) throw new DomainError('conflict', '报告已定稿，请先撤销定稿再修改');
}

/**
 * 生成草稿: the whole draft, or (with `section`) one section of an existing draft, written afresh
 * from the records. What was there before in that part is replaced.
 */
export async function generateDraft(
	db: DB,
	actor: Actor,
	ref: ReportRef,
	input: { version: number; section?: SectionNo },
	now = Date.now()
): Promise<void> {
	assertEditReport(actor, ref);
	const before = getReportRow(db, ref);
	if (before) {
		requireFresh(before, input.version);
		requireWritable(before);
	}
	const subject = subjectName(db, ref);
	const work = await loadYearWork(db, ref.year, ref.unitId);
	const { statistics } = await reportStatistics(db, ref, before, null);
	await yieldToLoop();
	const prev = previousReport(db, ref);
	const composeInput = {
		work,
		subject,
		isBody: ref.unitId === null,
		assessment: loadAssessmentSummary(db, { year: ref.year, unitId: ref.unitId }),
		asOf: shanghaiDate(now),
		statistics,
		previous: prev ? { unitId: prev.row.unitId, document: prev.document } : null,
		now
	};
	const existing = readStoredDraft(before?.document);
	let draft: StoredDraft;
	if (existing && input.section) {
		const no = input.section;
		draft = {
			...existing,
			generatedAt: now,
			sections: existing.sections.map((s) => (s.no === no ? { ...s, paragraphs: composeSection(composeInput, no) } : s))
		};
		if (no >= 2 && no <= 4) draft.statisticsDigest = composeDraft(composeInput).statisticsDigest;
	} else draft = composeDraft(composeInput);
	await yieldToLoop();
	db.transaction((tx) => {
		const row = ensureRow(tx, actor, ref, now);
		if (before) requireFresh(row, before.version);
		else if (input.version !== 0) requireFresh(row, input.version);
		requireWritable(row);
		updateRow(tx, actor, row, { document: toJson(draft) }, now);
		recordAudit(tx, actor, {
			action: 'report.draft_generate',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `生成${reportName(subject, ref.year)}的${input.section && existing ? `“${SECTION_HEADINGS[input.section - 1]}”` : '草稿'}`
		});
	});
}

/** One paragraph as the editor posts it: its text and which stored paragraph it was (null: new). */
export interface ParagraphEdit {
	text: string;
	from: number | null;
}

export interface DraftEdit {
	title: string;
	preamble: ParagraphEdit[];
	sections: Partial<Record<SectionNo, ParagraphEdit[]>>;
	version: number;
}

/** The edited paragraphs over the stored ones: empty ones dropped, sources kept, changes marked. */
function applyEdits(stored: DraftParagraph[], edits: ParagraphEdit[]): DraftParagraph[] {
	const out: DraftParagraph[] = [];
	for (const e of edits) {
		const text = e.text.replace(/\r\n?/g, '\n').trim();
		if (!text) continue;
		if (text.length > PARAGRAPH_MAX)
			throw new DomainError('invalid', `每段不能超过 ${PARAGRAPH_MAX} 字，请分段：${text.slice(0, 20)}…`);
		const was = e.from !== null ? stored[e.from] : undefined;
		out.push(
			was ? { ...was, text, edited: was.edited || (was.generated && text !== was.text.trim()) } : paragraph(text)
		);
	}
	return out;
}

export function saveDraft(db: DB, actor: Actor, ref: ReportRef, input: DraftEdit, now = Date.now()): void {
	assertEditReport(actor, ref);
	const title = input.title.replace(/\s+/g, ' ').trim();
	if (!title) throw new DomainError('invalid', '请填写报告标题', { title: '请填写标题' });
	if (title.length > TITLE_MAX)
		throw new DomainError('invalid', `标题不能超过 ${TITLE_MAX} 字`, { title: `不能超过 ${TITLE_MAX} 字` });
	db.transaction((tx) => {
		const row = getReportRow(tx, ref);
		const stored = readStoredDraft(row?.document);
		if (!row || !stored) throw new DomainError('not_found', '还没有草稿，请先生成草稿');
		requireFresh(row, input.version);
		requireWritable(row);
		const draft: StoredDraft = {
			...stored,
			title,
			preamble: applyEdits(stored.preamble, input.preamble),
			sections: stored.sections.map((s) => ({
				...s,
				paragraphs: input.sections[s.no] ? applyEdits(s.paragraphs, input.sections[s.no] ?? []) : s.paragraphs
			}))
		};
		const count = draft.preamble.length + draft.sections.reduce((a, s) => a + s.paragraphs.length, 0);
		if (count > PARAGRAPHS_MAX) throw new DomainError('invalid', `报告不能超过 ${PARAGRAPHS_MAX} 段`);
		updateRow(tx, actor, row, { document: toJson(draft) }, now);
		recordAudit(tx, actor, {
			action: 'report.draft_save',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `保存${reportName(subjectName(tx, ref), ref.year)}的草稿`
		});
	});
}

/** 定稿: refused while a check finds an error or a warning has no note; freezes the figures and dates it. */
export async function markFinal(db: DB, actor: Actor, ref: ReportRef, input: { version: number }, now = Date.now()) {
	assertEditReport(actor, ref);
	const checked = await draftChecks(db, ref);
	if (!checked) throw new DomainError('not_found', '还没有草稿，请先生成草稿');
	requireFresh(checked.row, input.version);
	requireWritable(checked.row);
	const { errors, unacknowledged } = blockersOf(checked.checks, checked.row.acknowledgements);
	if (errors.length || unacknowledged.length)
		throw new DomainError(
			'invalid',
			`还不能定稿：${[
				errors.length && `有 ${errors.length} 处错误`,
				unacknowledged.length && `${unacknowledged.length} 条提醒尚未说明`
			]
				.filter(Boolean)
				.join('，')}。请按下方核对结果修改，或对提醒说明原因`
		);
	const draft: StoredDraft = {
		...checked.draft,
		date: shanghaiDate(now),
		finalStatistics: checked.statistics.cells as Record<string, number | null>
	};
	db.transaction((tx) => {
		const row = getReportRow(tx, ref);
		if (!row) throw new DomainError('not_found', '报告不存在');
		requireFresh(row, input.version);
		updateRow(tx, actor, row, { document: toJson(draft), finalAt: now }, now);
		recordAudit(tx, actor, {
			action: 'report.final',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `${reportName(subjectName(tx, ref), ref.year)}定稿`
		});
	});
}

/** 撤销定稿: the text can be edited again, and the tables show the current figures again. */
export function reopenDraft(db: DB, actor: Actor, ref: ReportRef, input: { version: number }, now = Date.now()): void {
	assertEditReport(actor, ref);
	db.transaction((tx) => {
		const row = getReportRow(tx, ref);
		const stored = readStoredDraft(row?.document);
		if (!row || !stored) throw new DomainError('not_found', '还没有草稿');
		requireFresh(row, input.version);
		if (row.imported) throw new DomainError('conflict', '这是导入的已发布报告，没有定稿可撤销');
		if (!row.finalAt) throw new DomainError('conflict', '报告尚未定稿');
		const { finalStatistics: _frozen, date: _date, ...draft } = stored;
		updateRow(tx, actor, row, { document: toJson(draft), finalAt: null }, now);
		recordAudit(tx, actor, {
			action: 'report.reopen',
			objectType: 'annual_report',
			objectId: row.id,
			summary: `撤销${reportName(subjectName(tx, ref), ref.year)}的定稿`
		});
	});
}
