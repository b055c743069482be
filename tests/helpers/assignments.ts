// A small world for assignment tests: the reference plan imported, an office account, a leader,
// and staff of 市司法局 (unit A) and 正定县政府 (unit B).
import { and, eq } from 'drizzle-orm';
import type { DB } from '../../src/lib/server/db/client';
import { assignment, task } from '../../src/lib/server/db/schema';
import * as importer from '../../src/lib/server/plans/import';
import { makeUser, testDb, unitIdByShortName } from './db';
import { draftFrom, referenceText } from './plans';

export async function assignmentWorld() {
	const db = testDb();
	const admin = await makeUser(db, 'office', 'admin');
	const leader = await makeUser(db, 'boss', 'leader');
	const staffA = await makeUser(db, 'sifa', 'unit', '市司法局');
	const staffB = await makeUser(db, 'zd', 'unit', '正定县政府');
	const d = draftFrom(db, admin, referenceText());
	importer.confirmImport(db, admin, d.draftId, d.decisions);
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
