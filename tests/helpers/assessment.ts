// A small world for assessment tests: a three-task plan for 市司法局 and 正定县政府 imported on
// 2020-02-01, the office, a leader and staff of both units. Small enough to score by hand.
import { eq } from 'drizzle-orm';
import { plan } from '../../src/lib/server/db/schema';
import * as importer from '../../src/lib/server/plans/import';
import { makeUser, testDb } from './db';
import { assignmentOf, ON } from './assignments';
import { draftFrom } from './plans';

export const SMALL_PLAN = `石家庄市2020年政务公开工作要点

一、加强重点领域信息公开
（一）公开财政预决算。2020年6月底前完成。（责任单位：市司法局、正定县政府）
（二）公开重大建设项目信息。（牵头单位：市司法局）
二、提升政务服务水平
（三）完善政务服务平台。2020年9月底前完成。（责任单位：正定县政府）
`;

export async function smallWorld(importedOn = '2020-02-01') {
	const db = testDb();
	const admin = await makeUser(db, 'office', 'admin');
	const leader = await makeUser(db, 'boss', 'leader');
	const sifa = await makeUser(db, 'sifa', 'unit', '市司法局');
	const zd = await makeUser(db, 'zd', 'unit', '正定县政府');
	const d = draftFrom(db, admin, SMALL_PLAN);
	const { planId } = importer.confirmImport(db, admin, d.draftId, d.decisions, ON(importedOn));
	const p = db.select().from(plan).where(eq(plan.id, planId)).get()!;
	return {
		db,
		admin,
		leader,
		sifa,
		zd,
		planId,
		plan: p,
		assignmentOf: (unit: string, title: string) => assignmentOf(db, unit, title)
	};
}
