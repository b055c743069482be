// 评分录入: what the office enters per unit — external scores (网站检查, 第三方评估), levels, counts,
// percentages, 加分, 扣分, 重大扣分, 一票否决, 不适用 — each with a reason and optional evidence (a
// stored file or a link). Bounded by the rubric in force (the engine's own checks), audited, visible
// to that unit, never deleted or rewritten: a mistaken entry is revoked (撤销) with a reason.
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assessmentClass, notice, objection, scoreEntry, unit, user, type ScoreEntryKind } from '../db/schema';
import { ENTRY_KINDS } from '../scoring';
import { recordAudit } from '../audit';
import { assertCan, can, type PolicyUser } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isIsoDate, shanghaiDate } from '../shared/time';
import type { StoredFile } from '../evidence/upload';
import { entryProblemsFor } from '../scoring';
import { ENTRY_KIND_LABEL } from '../../labels';
import { requireOpenWorkPlan, rubricInForce } from './rubrics';
import { entryTargets } from './entry-targets';
import { assertPlanIdOpen } from '../years/guard';

export const MAX_REASON = 500;

export interface EntryInput {
	unitId: number;
	kind: string;
	/** The rubric id: an indicator, or a 加分 / 扣分 / 重大扣分 / 否决 item. */
	indicator: string;
	/** As typed: a number, a level's name, or blank (1 time; nothing for a veto). */
	value: string;
	channel: string;
	reason: string;
	happenedOn: string;
	/** A link to the evidence (the published page, the inspection report). */
	url: string;
}

function fail(field: string, message: string): never {
	throw new DomainError('invalid', message, { [field]: message });
}

/** The entry's fields, checked on their own (the rubric's checks come after). */
export function validateEntry(input: EntryInput, today: string, planYear: number) {
	const kind = input.kind as ScoreEntryKind;
	if (!ENTRY_KINDS.includes(kind)) fail('kind', '请选择录入类型');
	const indicator = input.indicator.trim();
	if (!indicator) fail('indicator', '请选择评分指标或加分、扣分项');
	const raw = input.value.trim();
	let amount: number | null = null;
	let level: string | null = null;
	if (kind === 'level') {
		if (!raw) fail('value', '请选择评定的等级');
		level = raw;
	} else if (kind === 'veto' || kind === 'not-applicable') {
		if (raw) fail('value', `${ENTRY_KIND_LABEL[kind]}不填数值`);
	} else if (raw) {
		amount = Number(raw);
		if (!/^-?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(amount)) fail('value', '数值应为数字，如 3 或 92.5');
	} else if (kind === 'score' || kind === 'percent') fail('value', kind === 'score' ? '请填写得分' : '请填写完成比例');
	const reason = input.reason.trim();
	if (!reason) fail('reason', '请写明理由（依据、发现的问题或检查情况）');
	if (reason.length > MAX_REASON) fail('reason', `理由不能超过 ${MAX_REASON} 字`);
	const on = input.happenedOn.trim();
	if (!isIsoDate(on)) fail('happenedOn', '请填写发生或检查的日期');
	if (on > today) fail('happenedOn', '日期不能晚于今天');
	if (on < `${planYear - 1}-01-01`) fail('happenedOn', '日期早于工作要点年度');
	const url = input.url.trim();
	if (url && !(URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)))
		fail('url', '网址应以 http:// 或 https:// 开头');
	if (url.length > 2000) fail('url', '网址过长');
	return { kind, indicator, amount, level, channel: input.channel.trim() || null, reason, happenedOn: on, url };
}

/** Records an entry for a unit; the file, if any, is already stored under its hash (evidence/upload.ts). */
export function addEntry(
	db: DB,
	actor: Actor,
	planId: number,
	input: EntryInput,
	file: StoredFile | null = null,
	now = Date.now()
): number {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以录入评分');
	return db.transaction((tx) => {
		const p = requireOpenWorkPlan(tx, planId);
		const clean = validateEntry(input, shanghaiDate(now), p.year);
		const u = tx
			.select({ id: unit.id, name: unit.shortName, kind: unit.kind })
			.from(unit)
			.where(eq(unit.id, input.unitId))
			.get();
		if (!u) fail('unitId', '请选择单位');
		const chosen = tx
			.select({ classId: assessmentClass.classId })
			.from(assessmentClass)
			.where(and(eq(assessmentClass.planId, planId), eq(assessmentClass.unitId, u.id)))
			.get();
		const { rubric: r } = rubricInForce(tx, planId);
		const problems = entryProblemsFor(
			r,
			{ ...u, class: chosen?.classId ?? null },
			{
				kind: clean.kind,
				indicator: clean.indicator,
				value: clean.level ?? clean.amount ?? undefined,
				channel: clean.channel ?? undefined
			}
		);
		if (problems.length) throw new DomainError('invalid', `按评分细则不能这样录入：${problems.join('；')}`);
		const evidence = file
			? {
					evidenceKind: 'file' as const,
					fileHash: file.hash,
					fileName: file.originalName,
					mimeType: file.type.mime,
					size: file.size
				}
			: clean.url
				? { evidenceKind: 'link' as const, url: clean.url }
				: {};
		const id = tx
			.insert(scoreEntry)
			.values({
				planId,
				unitId: u.id,
				kind: clean.kind,
				indicator: clean.indicator,
				amount: clean.amount,
				level: clean.level,
				channel: clean.channel,
				reason: clean.reason,
				happenedOn: clean.happenedOn,
				...evidence,
				createdBy: actor.id,
				createdAt: now
			})
			.returning({ id: scoreEntry.id })
			.get().id;
		const value = clean.level ?? (clean.amount !== null ? String(clean.amount) : '');
		tx.insert(notice)
			.values({
				unitId: u.id,
				kind: 'assessment',
				message:
					`政务公开办在“${p.title}”考核中为本单位录入${ENTRY_KIND_LABEL[clean.kind]}${value ? ` ${value}` : ''}：${clean.reason}。可在“考核得分”中查看，如有异议可提出一次。`.slice(
						0,
						500
					),
				createdBy: actor.id,
				createdAt: now
			})
			.run();
		recordAudit(tx, actor, {
			action: 'entry.add',
			objectType: 'score_entry',
			objectId: id,
			summary:
				`“${p.title}”考核：为 ${u.name} 录入${ENTRY_KIND_LABEL[clean.kind]}（${clean.indicator}${value ? ` ${value}` : ''}）：${clean.reason}`.slice(
					0,
					300
				)
		});
		return id;
	});
}

/** 撤销: the entry stops counting from now on; it stays on record with who revoked it and why. */
export function revokeEntry(db: DB, actor: Actor, entryId: number, reason: string, now = Date.now()): void {
	assertCan(actor, 'score.manage', undefined, '只有政务公开办可以撤销评分录入');
	const why = reason.trim();
	if (!why) fail('revokeReason', '请写明撤销的原因');
	if (why.length > MAX_REASON) fail('revokeReason', `原因不能超过 ${MAX_REASON} 字`);
	db.transaction((tx) => {
		const e = tx.select().from(scoreEntry).where(eq(scoreEntry.id, entryId)).get();
		if (!e) throw new DomainError('not_found', '评分录入不存在');
		if (e.revokedAt) throw new DomainError('conflict', '该录入已撤销');
		assertPlanIdOpen(tx, e.planId);
		tx.update(scoreEntry)
			.set({ revokedAt: now, revokedBy: actor.id, revokeReason: why })
			.where(and(eq(scoreEntry.id, entryId), isNull(scoreEntry.revokedAt)))
			.run();
		recordAudit(tx, actor, {
			action: 'entry.revoke',
			objectType: 'score_entry',
			objectId: entryId,
			summary: `撤销评分录入 ${entryId}（${ENTRY_KIND_LABEL[e.kind]} ${e.indicator}）：${why}`.slice(0, 300)
		});
	});
}

export interface EntryRow {
	id: number;
	unitId: number;
	unitName: string;
	kind: ScoreEntryKind;
	indicator: string;
	/** 评分表 · 指标 as the rubric in force names it; the stored id when the rubric no longer has it. */
	indicatorName: string;
	amount: number | null;
	level: string | null;
	channel: string | null;
	reason: string;
	happenedOn: string;
	evidence: { kind: 'file'; name: string } | { kind: 'link'; url: string } | null;
	createdAt: number;
	createdBy: string;
	revoked: { at: number; reason: string } | null;
	objection: {
		id: number;
		reason: string;
		createdAt: number;
		answer: string | null;
		answeredAt: number | null;
	} | null;
}

/** The plan's entries, newest first: unit staff see their own unit's only; the office and leaders any. */
export function listEntries(db: DB, viewer: PolicyUser, planId: number, unitId?: number): EntryRow[] {
	const own = can(viewer, 'board.all_units') ? unitId : (viewer.unitId ?? -1);
	if (own !== undefined) assertCan(viewer, 'score.view', { unitId: own }, '只能查看本单位的评分录入');
	const rows = db
		.select({ e: scoreEntry, unitName: unit.shortName, createdBy: user.displayName, o: objection })
		.from(scoreEntry)
		.innerJoin(unit, eq(unit.id, scoreEntry.unitId))
		.leftJoin(user, eq(user.id, scoreEntry.createdBy))
		.leftJoin(objection, eq(objection.entryId, scoreEntry.id))
		.where(and(eq(scoreEntry.planId, planId), own !== undefined ? eq(scoreEntry.unitId, own) : undefined))
		.orderBy(desc(scoreEntry.happenedOn), desc(scoreEntry.id))
		.all();
	const names = new Map(
		entryTargets(rubricInForce(db, planId).rubric).map((t) => [`${t.kind}|${t.indicator}`, t.label])
	);
	return rows.map(({ e, unitName, createdBy, o }) => ({
		id: e.id,
		unitId: e.unitId,
		unitName,
		kind: e.kind,
		indicator: e.indicator,
		indicatorName: names.get(`${e.kind}|${e.indicator}`) ?? e.indicator,
		amount: e.amount,
		level: e.level,
		channel: e.channel,
		reason: e.reason,
		happenedOn: e.happenedOn,
		evidence:
			e.evidenceKind === 'file'
				? { kind: 'file', name: e.fileName ?? '附件' }
				: e.evidenceKind === 'link'
					? { kind: 'link', url: e.url! }
					: null,
		createdAt: e.createdAt,
		createdBy: createdBy ?? '',
		revoked: e.revokedAt ? { at: e.revokedAt, reason: e.revokeReason ?? '' } : null,
		objection: o
			? { id: o.id, reason: o.reason, createdAt: o.createdAt, answer: o.answer, answeredAt: o.answeredAt }
			: null
	}));
}

/** An entry's evidence file, if the viewer may see the entry (its unit, the office, leaders). */
export function entryFileForDownload(db: DB, viewer: PolicyUser, entryId: number) {
	const e = db.select().from(scoreEntry).where(eq(scoreEntry.id, entryId)).get();
	if (!e || e.evidenceKind !== 'file' || !e.fileHash || !can(viewer, 'score.view', { unitId: e.unitId })) return null;
	return {
		hash: e.fileHash,
		fileName: e.fileName ?? '附件',
		mimeType: e.mimeType ?? 'application/octet-stream',
		size: e.size ?? 0
	};
}

/** Units in the order the entry form lists them. */
export function unitsForEntries(db: DB): { id: number; name: string }[] {
	return db
		.select({ id: unit.id, name: unit.shortName })
		.from(unit)
		.where(eq(unit.active, true))
		.orderBy(asc(unit.sortOrder))
		.all();
}
