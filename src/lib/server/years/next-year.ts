// 下一年度草稿: a closed plan starts next year's. The draft is an import draft (the same preview,
// decisions and confirm) holding the closed year's candidates beside whatever text of the new
// 工作要点 the office pastes or uploads; confirming writes both in one transaction.
import { and, desc, eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { plan, planImport } from '../db/schema';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import type { ParsedPlan } from '../plans/parse/types';
import { FORBIDDEN } from '../plans/import/drafts';
import { parseSource, type ImportSource } from '../plans/import/source';
import { nextYearCandidates } from './candidates';

/** 石家庄市2020年政务公开工作要点 → 石家庄市2021年政务公开工作要点. */
export function nextTitle(title: string, year: number): string {
	const next = title.replace(String(year), String(year + 1));
	return next !== title ? next : `${year + 1}年${title}`;
}

function emptyPlan(title: string, year: number, issuer: string): ParsedPlan {
	return { plan: { title, year, doc_number: null, issuer, issued_on: null }, sections: [], warnings: [] };
}

/**
 * Starts (or returns the open) next-year draft of a closed plan. Refused while the year is open: its
 * work is not settled until it is closed.
 */
export function startNextYear(db: DB, actor: Actor, planId: number): number {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	const p = db.select().from(plan).where(eq(plan.id, planId)).get();
	if (!p) throw new DomainError('not_found', '工作要点不存在');
	if (p.closedAt === null) throw new DomainError('conflict', `请先关闭${p.year}年度，再生成下一年度的工作要点草稿`);
	const open = db
		.select({ id: planImport.id })
		.from(planImport)
		.where(and(eq(planImport.fromPlanId, planId), eq(planImport.status, 'draft')))
		.orderBy(desc(planImport.id))
		.get();
	if (open) return open.id;
	const title = nextTitle(p.title, p.year);
	return db
		.insert(planImport)
		.values({
			sourceName: `由${p.year}年度生成`,
			sourceText: '',
			parsed: emptyPlan(title, p.year + 1, p.issuer),
			fromPlanId: planId,
			candidates: nextYearCandidates(db, planId, p.year),
			createdBy: actor.id
		})
		.returning({ id: planImport.id })
		.get().id;
}

/**
 * Adds the new year's tasks to a next-year draft by pasting or uploading text: the text's sections
 * and tasks replace any text added before; the candidates and the year stay.
 */
export async function addNewYearText(db: DB, actor: Actor, draftId: number, source: ImportSource): Promise<void> {
	assertCan(actor, 'plan.manage', undefined, FORBIDDEN);
	const row = db.select().from(planImport).where(eq(planImport.id, draftId)).get();
	if (!row || row.fromPlanId === null) throw new DomainError('not_found', '下一年度草稿不存在');
	if (row.status !== 'draft') throw new DomainError('conflict', '该草稿已确认或已取消，不能再添加任务');
	const { parsed, name, text } = await parseSource(source, '请粘贴新年度工作要点的文字，或选择要上传的文件');
	if (!parsed.sections.some((s) => s.items.length))
		throw new DomainError('invalid', '没有识别出任何任务：请检查粘贴的是否为工作要点正文或任务分解表');
	const before = row.parsed as ParsedPlan;
	const merged: ParsedPlan = {
		plan: {
			...before.plan,
			title: parsed.plan.title || before.plan.title,
			doc_number: parsed.plan.doc_number ?? before.plan.doc_number,
			issuer: parsed.plan.issuer || before.plan.issuer,
			issued_on: parsed.plan.issued_on ?? before.plan.issued_on
		},
		sections: parsed.sections,
		warnings: parsed.warnings.filter((w) => w.code !== 'no_year' && w.code !== 'no_title')
	};
	db.update(planImport)
		.set({ parsed: merged, sourceName: name.slice(0, 200), sourceText: text })
		.where(eq(planImport.id, draftId))
		.run();
}
