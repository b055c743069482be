// The office's review queue: submitted assignments, oldest submission first, paged by keyset so the
// hundredth page costs what the first does, with the true total under the same filters.
import { and, asc, eq, lte, sql, type SQL } from 'drizzle-orm';
import { prepared, type DB } from '../db/client';
import { assignment, task } from '../db/schema';
import { assertCan, type PolicyUser } from '../auth/policy';
import { selectAssignments, type AssignmentRow } from '../assignments/base';

export interface QueueFilter {
	planId?: number;
	sectionId?: number;
	unitId?: number;
	/** Submitted at least this many days ago. */
	minAgeDays?: number;
}

/** Where the next page starts: after this (submittedAt, id). */
export interface QueueCursor {
	submittedAt: number;
	id: number;
}

export type QueueRow = AssignmentRow & { submittedAt: number };

export interface QueuePage {
	rows: QueueRow[];
	/** Submissions waiting under these filters, on every page. */
	total: number;
	/** The cursor of the next page, or null on the last one. */
	next: QueueCursor | null;
	pageSize: number;
}

export const QUEUE_PAGE = 50;
const DAY = 86_400_000;

function filterWhere(filter: QueueFilter, now: number): SQL[] {
	const where: SQL[] = [eq(assignment.status, 'submitted')];
	if (filter.planId) where.push(eq(assignment.planId, filter.planId));
	if (filter.sectionId) where.push(eq(task.sectionId, filter.sectionId));
	if (filter.unitId) where.push(eq(assignment.unitId, filter.unitId));
	if (filter.minAgeDays) where.push(lte(assignment.submittedAt, now - filter.minAgeDays * DAY));
	return where;
}

export function listQueue(
	db: DB,
	viewer: PolicyUser,
	filter: QueueFilter = {},
	opts: { after?: QueueCursor | null; pageSize?: number; now?: number } = {}
): QueuePage {
	assertCan(viewer, 'review.decide', undefined, '只有政务公开办可以查看待审核队列');
	const now = opts.now ?? Date.now();
	const pageSize = Math.min(Math.max(opts.pageSize ?? QUEUE_PAGE, 1), 200);
	const where = filterWhere(filter, now);
	const total =
		db
			.select({ n: sql<number>`count(*)` })
			.from(assignment)
			.innerJoin(task, eq(task.id, assignment.taskId))
			.where(and(...where))
			.get()?.n ?? 0;
	const after = opts.after;
	const page = selectAssignments(db)
		.where(
			and(
				...where,
				after ? sql`(${assignment.submittedAt}, ${assignment.id}) > (${after.submittedAt}, ${after.id})` : undefined
			)
		)
		.orderBy(asc(assignment.submittedAt), asc(assignment.id))
		.limit(pageSize + 1)
		.all() as QueueRow[];
	const more = page.length > pageSize;
	const rows = more ? page.slice(0, pageSize) : page;
	const last = rows[rows.length - 1];
	return { rows, total, next: more && last ? { submittedAt: last.submittedAt, id: last.id } : null, pageSize };
}

/** Submissions waiting in all plans: every office page shows it, so it is prepared once per database. */
export function queueCount(db: DB): number {
	return (
		prepared(db, 'review.queue', (d) =>
			d
				.select({ n: sql<number>`count(*)` })
				.from(assignment)
				.where(eq(assignment.status, 'submitted'))
				.prepare()
		).get()?.n ?? 0
	);
}
