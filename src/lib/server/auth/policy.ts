// Who may do what: one pure function every guard calls. Resources carry the unit they belong to.
import type { Role } from '../db/schema';

export type Action =
	| 'app.view' // the signed-in area
	| 'admin.manage' // users, units, audit log
	| 'plan.view'
	| 'plan.manage' // import, edit plans, assignments and milestones
	| 'assignment.view'
	| 'assignment.work' // report progress, add evidence, submit
	| 'review.decide' // accept or return
	| 'reminder.send'
	| 'board.view';

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
		case 'reminder.send':
			return role === 'admin';
		case 'assignment.view':
			if (role === 'admin' || role === 'leader') return true;
			if (!resource || user.unitId === null) return false;
			return resource.unitId === user.unitId || (resource.leadUnitIds ?? []).includes(user.unitId);
		case 'assignment.work':
			return role === 'unit' && !!resource && user.unitId !== null && resource.unitId === user.unitId;
	}
}
