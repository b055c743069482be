// 工作台: what each role sees first when signing in.
import { desc, eq } from 'drizzle-orm';
import { countRows, type DB } from '../db/client';
import { auditLog, unit, user } from '../db/schema';
import type { SessionUser } from '../auth/session';

export interface AdminHome {
	role: 'admin';
	unitCount: number;
	userCount: number;
	recentAudit: { id: number; at: number; username: string; summary: string }[];
}
export interface UnitHome {
	role: 'unit';
	unitName: string;
}
export interface LeaderHome {
	role: 'leader';
	unitCount: number;
}
export type Home = AdminHome | UnitHome | LeaderHome;

export function getHome(db: DB, viewer: SessionUser): Home {
	if (viewer.role === 'admin') {
		return {
			role: 'admin',
			unitCount: countRows(db, unit, eq(unit.active, true)),
			userCount: countRows(db, user, eq(user.active, true)),
			recentAudit: db
				.select({ id: auditLog.id, at: auditLog.at, username: auditLog.username, summary: auditLog.summary })
				.from(auditLog)
				.orderBy(desc(auditLog.id))
				.limit(8)
				.all()
		};
	}
	if (viewer.role === 'unit') return { role: 'unit', unitName: viewer.unitName ?? '' };
	return { role: 'leader', unitCount: countRows(db, unit, eq(unit.active, true)) };
}
