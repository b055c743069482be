// Who may do what: one pure function every guard and every domain mutation calls. Resources carry
// the unit they belong to.
//
// What unit staff see of other units (README "单位之间的可见范围"): the plan and its tasks as issued
// (titles, text, the units the text names), and what the office publishes (issued bulletins);
// nothing per other unit — no status, progress, light, report or evidence — unless their unit leads
// the task, when they may read the other units' sent work on it.
import type { Role } from '../db/schema';
import { DomainError } from '../shared/errors';

export type Action =
	| 'app.view' // the signed-in area
	| 'admin.manage' // users, units, audit log
	| 'plan.view'
	| 'plan.manage' // import, edit plans, assignments, milestones, warning days
	| 'assignment.view'
	| 'assignment.work' // report progress, add evidence, submit as done, ask for an extension
	| 'review.decide' // accept or return a submission
	| 'deadline.manage' // decide extension requests, set a unit's own due date
	| 'reminder.send'
	| 'year.close' // close a year, reopen it with a reason
	| 'notice.read' // mark a unit's notices read
	| 'board.view'
	| 'board.all_units' // boards, 台账 and rankings across units
	| 'report.check' // 年报体检: check any report (pure; previous reports only of what the viewer may see)
	| 'report.view' // one unit's annual report (statistics, draft)
	| 'report.view_all' // every unit's report status, the body's own report and the aggregated one
	| 'report.enter' // a unit's statistics and draft, by its own staff
	| 'report.body' // the body's own (本级) figures and the city's draft, by the office
	| 'report.decide' // accept or return a unit's submitted statistics
	| 'report.import'; // bring a published report into the system (the office for any unit, staff for their own)

export interface PolicyUser {
	role: Role;
	unitId: number | null;
}

/** The unit an object belongs to; `leadUnitIds` lets a lead unit read the responsible units' work. */
export interface UnitResource {
	unitId: number;
	leadUnitIds?: readonly number[];
}

export function can(user: PolicyUser | null, action: Action, resource?: UnitResource): boolean {
	if (!user) return false;
	const { role } = user;
	switch (action) {
		case 'app.view':
		case 'plan.view':
		case 'board.view':
			return true;
		case 'admin.manage':
		case 'plan.manage':
		case 'review.decide':
		case 'deadline.manage':
		case 'reminder.send':
		case 'year.close':
			return role === 'admin';
		case 'board.all_units':
		case 'report.view_all':
			return role === 'admin' || role === 'leader';
		case 'report.check':
			return true;
		case 'report.body':
		case 'report.decide':
			return role === 'admin';
		case 'report.view':
			if (role === 'admin' || role === 'leader') return true;
			return role === 'unit' && !!resource && user.unitId !== null && resource.unitId === user.unitId;
		case 'report.import':
			if (role === 'admin') return true;
			return role === 'unit' && !!resource && user.unitId !== null && resource.unitId === user.unitId;
		case 'assignment.view':
			if (role === 'admin' || role === 'leader') return true;
			if (!resource || user.unitId === null) return false;
			return resource.unitId === user.unitId || (resource.leadUnitIds ?? []).includes(user.unitId);
		case 'assignment.work':
		case 'notice.read':
		case 'report.enter':
			return role === 'unit' && !!resource && user.unitId !== null && resource.unitId === user.unitId;
	}
}

/** In a domain mutation: refuses, with the Chinese message shown to the user, unless `can` allows it. */
export function assertCan(
	user: PolicyUser | null,
	action: Action,
	resource?: UnitResource,
	message = '您没有权限执行此操作'
): void {
	if (!can(user, action, resource)) throw new DomainError('forbidden', message);
}
