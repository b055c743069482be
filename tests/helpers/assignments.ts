// A small world for assignment tests: the reference plan imported, an office account, a leader,
// and staff of 市司法局 (unit A) and 正定县政府 (unit B).
import { and, eq } from 'drizzle-orm';
import type { DB } from '../../src/lib/server/db/client';
import { assignment, task } from '../../src/lib/server/db/schema';
import * as importer from '../../src/lib/server/plans/import';
import * as progress from '../../src/lib/server/progress';
import type { Actor } from '../../src/lib/server/shared/actor';
import { makeUser, testDb, unitIdByShortName } from './db';
import { draftFrom, referenceText } from './plans';

/** 10:00 in Shanghai on a date: the clock tests run the domain at. */
export const ON = (date: string, hour = 10) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** The reference plan imported on `importedOn` (the lights start from that day). */
export async function assignmentWorld(importedOn = '2020-08-10') {
	const db = testDb();
	const admin = await makeUser(db, 'office', 'admin');
	const leader = await makeUser(db, 'boss', 'leader');
	const staffA = await makeUser(db, 'sifa', 'unit', '市司法局');
	const staffB = await makeUser(db, 'zd', 'unit', '正定县政府');
	const d = draftFrom(db, admin, referenceText());
	importer.confirmImport(db, admin, d.draftId, d.decisions, ON(importedOn));
	return {
		db,
		admin,
		leader,
		staffA,
		staffB,
		assignmentOf: (unit: string, title: string) => assignmentOf(db, unit, title)
	};
}

export function assignmentOf(db: DB, unitShortName: string, taskTitle: string): number {
	const t = db.select({ id: task.id }).from(task).where(eq(task.title, taskTitle)).get();
	if (!t) throw new Error(`no task ${taskTitle}`);
	const a = db
		.select({ id: assignment.id })
		.from(assignment)
		.where(and(eq(assignment.taskId, t.id), eq(assignment.unitId, unitIdByShortName(db, unitShortName))))
		.get();
	if (!a) throw new Error(`no assignment for ${unitShortName} on ${taskTitle}`);
	return a.id;
}

export const versionOf = (db: DB, id: number) =>
	db.select({ v: assignment.version }).from(assignment).where(eq(assignment.id, id)).get()!.v;

/** A sent report on `date` (its server time too). */
export function sendOn(db: DB, staff: Actor, id: number, date: string, percent = 50, content = '已开展') {
	return progress.sendReport(db, staff, id, { content, percent, reportedOn: date }, ON(date));
}

/** Adds a link and submits the assignment as done on `date`. */
export function submitOn(db: DB, staff: Actor, id: number, date: string, summary = '已完成并公开') {
	progress.addLinkEvidence(db, staff, id, `https://www.example.com/${id}/${date}`, '公开网址', ON(date));
	return progress.submitAsDone(db, staff, id, { summary, percent: 100, version: versionOf(db, id) }, ON(date, 11));
}
