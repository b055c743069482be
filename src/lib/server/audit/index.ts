// 审计日志: one row per state change, written inside the same transaction as the change.
import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { auditLog } from '../db/schema';
import type { Actor } from '../shared/actor';

export type { Tx };

export interface AuditEntry {
	action: string;
	objectType: string;
	objectId?: string | number;
	summary?: string;
	detail?: Record<string, unknown>;
}

export function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): void {
	tx.insert(auditLog)
		.values({
			userId: actor.id || null,
			username: actor.username,
			action: entry.action,
			objectType: entry.objectType,
			objectId: entry.objectId === undefined ? '' : String(entry.objectId),
			summary: entry.summary ?? '',
			detail: entry.detail ?? null,
			ip: actor.ip
		})
		.run();
}

export interface AuditFilter {
	username?: string;
	action?: string;
	objectType?: string;
	/** Free text in the summary or object id. */
	q?: string;
	/** 'YYYY-MM-DD' Shanghai dates, inclusive. */
	from?: string;
	to?: string;
	/** Rows older than this id (keyset paging). */
	before?: number;
	limit?: number;
}

export type AuditRow = typeof auditLog.$inferSelect;

const DAY = 86_400_000;
const shanghaiMidnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

export function listAudit(db: DB, filter: AuditFilter = {}): { rows: AuditRow[]; nextBefore: number | null } {
	const where: SQL[] = [];
	if (filter.username) where.push(eq(auditLog.username, filter.username));
	if (filter.action) where.push(eq(auditLog.action, filter.action));
	if (filter.objectType) where.push(eq(auditLog.objectType, filter.objectType));
	if (filter.q) {
		const pattern = `%${filter.q.replace(/[%_\\]/g, (c) => '\\' + c)}%`;
		where.push(or(sql`${auditLog.summary} like ${pattern} escape '\\'`, eq(auditLog.objectId, filter.q)) as SQL);
	}
	if (filter.from) where.push(gte(auditLog.at, shanghaiMidnight(filter.from)));
	if (filter.to) where.push(lt(auditLog.at, shanghaiMidnight(filter.to) + DAY));
	if (filter.before) where.push(lt(auditLog.id, filter.before));
	const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
	const rows = db
		.select()
		.from(auditLog)
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(limit + 1)
		.all();
	const more = rows.length > limit;
	if (more) rows.pop();
	return { rows, nextBefore: more ? rows[rows.length - 1].id : null };
}
