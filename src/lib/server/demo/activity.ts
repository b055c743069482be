// Demo activity for the 2020 plan: a year of progress reports, evidence, submissions and reviews,
// made through the same domain functions units and the office use, dated in 2020. The plan and
// the units are real; this activity is invented (every report says so), so boards have data.
import { and, desc, eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, milestone, task, unit, user, type Grade } from '../db/schema';
import { hashPassword } from '../auth/password';
import { addLinkEvidence, sendReport, submitAsDone } from '../progress';
import { decideExtension, requestExtension } from '../deadlines/extensions';
import { accept, returnSubmission } from '../reviews';
import type { Actor } from '../shared/actor';
import { seededRandom } from '../shared/random';
import { demoOfficeActor } from './plan';

const at = (date: string, hour = 10) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** Assignments left untouched so visitors can try the whole flow with the demo accounts. */
const LEFT_FOR_VISITORS = [
	{ unit: '市司法局', taskTitle: '加强政务信息规范管理' },
	{ unit: '正定县政府', taskTitle: '加强政务公开目录清单管理' }
];

/** One 填报人 account per unit without one (a random password nobody knows; the office resets it). */
async function unitStaff(db: DB): Promise<Map<number, Actor>> {
	const staff = new Map<number, Actor>();
	for (const u of db
		.select({ id: user.id, username: user.username, unitId: user.unitId })
		.from(user)
		.where(eq(user.role, 'unit'))
		.all())
		if (u.unitId) staff.set(u.unitId, { id: u.id, username: u.username, role: 'unit', unitId: u.unitId, ip: '' });
	const hash = await hashPassword(crypto.randomUUID() + crypto.randomUUID());
	const units = db.select({ id: unit.id, shortName: unit.shortName }).from(unit).all();
	db.transaction((tx) => {
		for (const u of units) {
			if (staff.has(u.id)) continue;
			const username = `dw${String(u.id).padStart(3, '0')}`;
			const id = tx
				.insert(user)
				.values({ username, displayName: `${u.shortName}填报人`, role: 'unit', unitId: u.id, passwordHash: hash })
				.returning({ id: user.id })
				.get().id;
			staff.set(u.id, { id, username, role: 'unit', unitId: u.id, ip: '' });
		}
	});
	return staff;
}

/** A unit asks to move its final deadline a month on; the office approves it, or leaves it waiting. */
function demoExtension(db: DB, actor: Actor, office: Actor, assignmentId: number, on: string, decide: boolean): void {
	const id = requestExtension(
		db,
		actor,
		assignmentId,
		{
			milestoneId: finalMilestoneOf(db, assignmentId),
			requestedDue: '2021-01-31',
			reason: '（演示数据）需等待上级部门统一部署，申请延期一个月'
		},
		at(on, 16)
	);
	if (decide) decideExtension(db, office, id, { approve: true, note: '（演示数据）同意' }, at(on, 17));
}

function finalMilestoneOf(db: DB, assignmentId: number): number | null {
	const a = db.select({ taskId: assignment.taskId }).from(assignment).where(eq(assignment.id, assignmentId)).get()!;
	const m = db
		.select({ id: milestone.id })
		.from(milestone)
		.where(eq(milestone.taskId, a.taskId))
		.orderBy(desc(milestone.dueOn))
		.get();
	return m?.id ?? null;
}

export async function seedDemoActivity(db: DB, planId: number): Promise<void> {
	const rand = seededRandom(20200806);
	const office = demoOfficeActor(db);
	const staff = await unitStaff(db);
	const rows = db
		.select({ id: assignment.id, unitId: assignment.unitId, unitName: unit.shortName, taskTitle: task.title })
		.from(assignment)
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.innerJoin(task, eq(task.id, assignment.taskId))
		.where(and(eq(assignment.planId, planId)))
		.all();
	const grades: Grade[] = [
		'excellent',
		'good',
		'good',
		'good',
		'fair',
		'fair',
		'poor',
		'excellent',
		'excellent',
		'good'
	];
	for (const a of rows) {
		if (LEFT_FOR_VISITORS.some((l) => l.unit === a.unitName && l.taskTitle === a.taskTitle)) continue;
		const actor = staff.get(a.unitId);
		if (!actor) continue;
		const r = rand();
		if (r < 0.08) continue; // 未开始
		const day = 1 + Math.floor(rand() * 28);
		const month = 9 + Math.floor(rand() * 3); // reports in September–November 2020
		const reportedOn = `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
		const percent = r < 0.25 ? 30 + Math.floor(rand() * 40) : 100;
		sendReport(
			db,
			actor,
			a.id,
			{ content: `（演示数据）${a.unitName}围绕“${a.taskTitle}”开展工作，完成阶段任务。`, percent, reportedOn },
			at(reportedOn)
		);
		if (r < 0.25) {
			// 进行中; some units ask for more time, and the office decides most of those.
			if (r < 0.12) demoExtension(db, actor, office, a.id, reportedOn, r < 0.1);
			continue;
		}
		addLinkEvidence(
			db,
			actor,
			a.id,
			// example.com is reserved for examples: the demo never points at a real government page.
			`https://www.example.com/sjz-demo/${a.id}`,
			'（演示数据）信息公开页面',
			at(reportedOn, 11)
		);
		const version = db.select({ v: assignment.version }).from(assignment).where(eq(assignment.id, a.id)).get()!.v;
		submitAsDone(
			db,
			actor,
			a.id,
			{ summary: `（演示数据）${a.unitName}已完成“${a.taskTitle}”，相关信息已在门户网站公开。`, percent: 100, version },
			at(reportedOn, 15)
		);
		if (r < 0.33) continue; // 已提交，待审核
		const reviewOn = `2020-12-${String(1 + Math.floor(rand() * 20)).padStart(2, '0')}`;
		if (r < 0.38) {
			returnSubmission(
				db,
				office,
				a.id,
				{ reason: '（演示数据）佐证材料不完整，请补充公开网址截图', version: version + 1 },
				at(reviewOn)
			);
			continue; // 已退回
		}
		accept(
			db,
			office,
			a.id,
			{ grade: grades[Math.floor(rand() * grades.length)], comment: '', version: version + 1 },
			at(reviewOn)
		);
	}
}
