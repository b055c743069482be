// A small world for annual-report tests: the Shijiazhuang registry (its body setting included), the
// office, a leader, and staff of 市司法局 (unit A) and 正定县政府 (unit B); and shortcuts to enter,
// submit and accept a unit's figures through the domain, as the pages do.
import type { DB } from '../../src/lib/server/db/client';
import type { Actor } from '../../src/lib/server/shared/actor';
import type { Statistics } from '../../src/lib/annual-report/types';
import { getReportRow } from '../../src/lib/server/annual-report/store';
import { saveStatistics, submitStatistics } from '../../src/lib/server/annual-report/statistics/entry';
import { decideStatistics } from '../../src/lib/server/annual-report/statistics/decide';
import { makeUser, testDb } from './db';
import { asTyped } from './report-statistics';

export async function reportWorld(db: DB = testDb()) {
	const admin = await makeUser(db, 'office', 'admin');
	const leader = await makeUser(db, 'boss', 'leader');
	const staffA = await makeUser(db, 'sifa', 'unit', '市司法局');
	const staffB = await makeUser(db, 'zd', 'unit', '正定县政府');
	return { db, admin, leader, staffA, staffB, unitA: staffA.unitId!, unitB: staffB.unitId! };
}

export const versionOfReport = (db: DB, year: number, unitId: number | null) =>
	getReportRow(db, { year, unitId })?.version ?? 0;

export function enter(db: DB, staff: Actor, year: number, stats: Statistics) {
	return saveStatistics(
		db,
		staff,
		{ year, unitId: staff.unitId },
		{ cells: asTyped(stats), version: versionOfReport(db, year, staff.unitId) }
	);
}

/** Enters, submits and has the office accept a unit's figures. */
export function enterAndAccept(db: DB, staff: Actor, office: Actor, year: number, stats: Statistics) {
	const ref = { year, unitId: staff.unitId! };
	submitStatistics(db, staff, ref, { cells: asTyped(stats), version: versionOfReport(db, year, staff.unitId) });
	decideStatistics(db, office, ref, {
		decision: 'accept',
		reason: '',
		version: versionOfReport(db, year, staff.unitId)
	});
}
