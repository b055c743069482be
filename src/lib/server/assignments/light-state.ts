// The stored light (assignment.last_light) kept equal to the live computation. Every change that can
// move a light recomputes the affected assignments inside its own transaction; the periodic sweep is
// only for the passage of time. A change to yellow or red writes one notice and one timeline event.
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { assignment, assignmentEvent, notice, plan, type Light } from '../db/schema';
import { recordAudit } from '../audit';
import { SYSTEM_ACTOR } from '../shared/actor';
import { shanghaiDate } from '../shared/time';
import { deadlinesOfAssignments } from '../deadlines/load';
import type { Deadline } from '../deadlines/effective';
import { computeLight, type LightInput, type LightResult } from './lights';
import { selectAssignments, type AssignmentRow } from './base';

/** When work started counting: the plan's issue date when it falls in the plan year, else 1 January. */
export function planStart(p: { year: number; issuedOn: string }): string {
	return p.issuedOn && p.issuedOn.startsWith(String(p.year)) ? p.issuedOn : `${p.year}-01-01`;
}

type LightFields = Pick<
	AssignmentRow,
	'status' | 'progressPercent' | 'lastReportedOn' | 'planYear' | 'issuedOn' | 'warnDays' | 'taskStartsOn'
>;

/** The one way a light's inputs are built, for every page and for the stored light. */
export function lightInputOf(row: LightFields, deadlines: readonly Deadline[], today: string): LightInput {
	return {
		status: row.status,
		progressPercent: row.progressPercent,
		dueDates: deadlines.map((d) => d.dueOn),
		planYear: row.planYear,
		planStart: row.taskStartsOn ?? planStart({ year: row.planYear, issuedOn: row.issuedOn }),
		reportDates: row.lastReportedOn ? [row.lastReportedOn] : [],
		today,
		warnDays: row.warnDays
	};
}

/** Live lights (and the deadlines behind them) for rows of the base query. */
export function lightsOf(
	tx: Tx,
	rows: readonly AssignmentRow[],
	today: string
): Map<number, { light: LightResult; deadlines: Deadline[] }> {
	const deadlines = deadlinesOfAssignments(tx, rows);
	return new Map(
		rows.map((r) => {
			const d = deadlines.get(r.id) ?? [];
			return [r.id, { light: computeLight(lightInputOf(r, d, today)), deadlines: d }];
		})
	);
}

/** Rows per statement when lights are stored in bulk (under SQLite's limit of bound parameters). */
const BULK = 400;

/** Stores the new lights of these rows; returns how many turned yellow or red (each notified once). */
function storeLights(tx: Tx, all: readonly AssignmentRow[], now: number): number {
	// A closed year keeps the lights it closed with.
	const rows = all.filter((r) => r.planClosedAt === null);
	const live = lightsOf(tx, rows, shanghaiDate(now));
	// A statement per light and per few hundred rows, not per row: importing a province's plan sets
	// tens of thousands of lights at once.
	const changed = new Map<Light, number[]>();
	const notices: (typeof notice.$inferInsert)[] = [];
	const events: (typeof assignmentEvent.$inferInsert)[] = [];
	for (const r of rows) {
		const result = live.get(r.id)!.light;
		if (result.light === r.lastLight) continue;
		const ids = changed.get(result.light) ?? [];
		ids.push(r.id);
		changed.set(result.light, ids);
		if (result.light === 'green') continue;
		const tag = result.light === 'red' ? '【红灯·已逾期】' : '【黄灯·即将到期】';
		notices.push({
			unitId: r.unitId,
			assignmentId: r.id,
			kind: result.light === 'red' ? 'auto_red' : 'auto_yellow',
			message: `${tag}${r.taskCode}${r.taskTitle}：${result.reason}`,
			createdAt: now
		});
		events.push({ assignmentId: r.id, type: 'reminder', message: `系统催办：${result.reason}`, createdAt: now });
	}
	for (const [light, ids] of changed)
		for (let i = 0; i < ids.length; i += BULK)
			tx.update(assignment)
				.set({ lastLight: light })
				.where(inArray(assignment.id, ids.slice(i, i + BULK)))
				.run();
	// Notices have 6 columns and events 5: a hundred rows per insert stays well under the limit.
	for (let i = 0; i < notices.length; i += 100)
		tx.insert(notice)
			.values(notices.slice(i, i + 100))
			.run();
	for (let i = 0; i < events.length; i += 100)
		tx.insert(assignmentEvent)
			.values(events.slice(i, i + 100))
			.run();
	return notices.length;
}

/**
 * Recomputes the stored lights of the assignments `where` selects, inside the caller's transaction:
 * one assignment after a report, a task's after a milestone edit, a plan's after a warning-days edit.
 */
export function refreshLights(tx: Tx, where: SQL, now: number): number {
	return storeLights(tx, selectAssignments(tx).where(where).all(), now);
}

export const refreshLight = (tx: Tx, assignmentId: number, now: number) =>
	refreshLights(tx, eq(assignment.id, assignmentId), now);

/**
 * The periodic sweep for the passage of time: every assignment, in batches of `batch` rows, each its
 * own short transaction with the event loop free in between. Returns how many notices were created.
 */
export async function sweepLights(db: DB, now = Date.now(), batch = 2000): Promise<number> {
	let lastId = 0;
	let notices = 0;
	for (;;) {
		const created = db.transaction((tx) => {
			const rows = selectAssignments(tx)
				.where(and(sql`${assignment.id} > ${lastId}`, isNull(plan.closedAt)))
				.orderBy(asc(assignment.id))
				.limit(batch)
				.all();
			if (!rows.length) return null;
			lastId = rows[rows.length - 1].id;
			const n = storeLights(tx, rows, now);
			if (n)
				recordAudit(tx, SYSTEM_ACTOR, {
					action: 'reminder.auto',
					objectType: 'notice',
					summary: `灯色巡检：${n} 项任务分工变为黄灯或红灯，已自动催办`
				});
			return n;
		});
		if (created === null) break;
		notices += created;
		await new Promise((r) => setImmediate(r));
	}
	return notices;
}
