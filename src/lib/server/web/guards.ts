// Guards: every load and every action calls one. They read locals (set by the handle hook) and ask
// the pure policy; failures become SvelteKit redirects/errors here, the only place that knows Kit.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Action, type UnitResource } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Role } from '../db/schema';
import type { Actor } from '../shared/actor';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'>;

/** The signed-in user, or a redirect to the login page (back here afterwards). */
export function requireUser(event: Event): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return user;
}

export function requireRole(event: Event, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(403, '您没有权限访问此页面或执行此操作');
	return user;
}

export function requireCan(event: Event, action: Action, resource?: UnitResource): SessionUser {
	const user = requireUser(event);
	if (!can(user, action, resource)) error(403, '您没有权限访问此页面或执行此操作');
	return user;
}

/** Unit staff: the signed-in user's own unit id. */
export function requireUnitUser(event: Event): SessionUser & { unitId: number } {
	const user = requireRole(event, 'unit');
	if (user.unitId === null) error(403, '账号未绑定单位，请联系管理员');
	return user as SessionUser & { unitId: number };
}

export function actorOf(event: Event, user: SessionUser): Actor {
	return { id: user.id, username: user.username, role: user.role, unitId: user.unitId, ip: clientAddress(event) };
}

export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return '';
	}
}

/** Pages only for signed-out visitors (the login form): a signed-in user goes home. */
export function requireAnonymous(event: Event): void {
	if (event.locals.user) redirect(303, '/');
}
