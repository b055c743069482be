// 工作台: what each role sees first when signing in.
import { desc, eq } from 'drizzle-orm';
import { countRows, type DB } from '../db/client';
import { auditLog, unit, user } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { listUnitAssignments, plansOfUnit, sortByUrgency, type AssignmentListRow } from '../assignments/list';
import { listNotices, type NoticeRow } from '../reminders';
import { queueCount } from '../reviews';
import { shanghaiDate } from '../shared/time';
import { getBoard, latestPlanId } from '../boards/board';

export interface PlanSummary {
	planId: number;
	title: string;
	completion: number;
	total: number;
	accepted: number;
	lights: { red: number; yellow: number; green: number };
	/** The five units furthest behind. */
	laggards: { unitId: number; name: string; completion: number; red: number }[];
}

function planSummary(db: DB, viewer: SessionUser, today: string): PlanSummary | null {
	const planId = latestPlanId(db);
	const board = planId ? getBoard(db, viewer, { planId }, today) : null;
	if (!board) return null;
	return {
		planId: board.plan.id,
		title: board.plan.title,
		completion: board.totals.completion,
		total: board.totals.total,
		accepted: board.totals.accepted,
		lights: board.totals.lights,
		laggards: board.units
			.slice(-5)
			.reverse()
			.map((r) => ({ unitId: r.unitId, name: r.name, completion: r.completion, red: r.red }))
	};
}

export interface AdminHome {
	role: 'admin';
	summary: PlanSummary | null;
	unitCount: number;
	userCount: number;
	pendingReviews: number;
	recentAudit: { id: number; at: number; username: string; summary: string }[];
}
export interface UnitHome {
	role: 'unit';
	unitName: string;
	plan: { id: number; title: string } | null;
	lights: { red: number; yellow: number; green: number };
	urgent: AssignmentListRow[];
	notices: NoticeRow[];
}
export interface LeaderHome {
	role: 'leader';
	summary: PlanSummary | null;
}
export type Home = AdminHome | UnitHome | LeaderHome;

export function getHome(db: DB, viewer: SessionUser, today = shanghaiDate()): Home {
	if (viewer.role === 'admin') {
		return {
			role: 'admin',
			summary: planSummary(db, viewer, today),
			unitCount: countRows(db, unit, eq(unit.active, true)),
			userCount: countRows(db, user, eq(user.active, true)),
			pendingReviews: queueCount(db),
			recentAudit: db
				.select({ id: auditLog.id, at: auditLog.at, username: auditLog.username, summary: auditLog.summary })
				.from(auditLog)
				.orderBy(desc(auditLog.id))
				.limit(8)
				.all()
		};
	}
	if (viewer.role === 'unit' && viewer.unitId) {
		const plan = plansOfUnit(db, viewer, viewer.unitId)[0] ?? null;
		const rows = plan ? listUnitAssignments(db, viewer, viewer.unitId, plan.id, today) : [];
		const count = (l: string) => rows.filter((r) => r.light.light === l).length;
		return {
			role: 'unit',
			unitName: viewer.unitName ?? '',
			plan: plan && { id: plan.id, title: plan.title },
			lights: { red: count('red'), yellow: count('yellow'), green: count('green') },
			urgent: sortByUrgency(rows.filter((r) => r.light.light !== 'green')).slice(0, 5),
			notices: listNotices(db, viewer.unitId, { unreadOnly: true, limit: 5 })
		};
	}
	return { role: 'leader', summary: planSummary(db, viewer, today) };
}
