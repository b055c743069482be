// Navigation by role. One list; each entry says which roles see it.
import type { Role } from './server/db/schema';

export interface NavItem {
	href: string;
	label: string;
	roles: readonly Role[];
	group?: string;
	/** Key of a badge count the layout provides (unread notices, pending reviews). */
	badge?: 'inbox' | 'reviews';
}

const ALL: readonly Role[] = ['admin', 'unit', 'leader'];

export const NAV: readonly NavItem[] = [
	{ href: '/', label: '工作台', roles: ALL },
	{ href: '/assignments', label: '我的任务', roles: ['unit'] },
	{ href: '/inbox', label: '消息', roles: ['unit'], badge: 'inbox' },
	{ href: '/reviews', label: '审核', roles: ['admin'], badge: 'reviews' },
	{ href: '/boards', label: '督办看板', roles: ALL },
	{ href: '/boards/matrix', label: '台账', roles: ['admin', 'leader'] },
	{ href: '/plans', label: '工作要点', roles: ALL },
	{ href: '/plans/import', label: '导入要点', roles: ['admin'] },
	{ href: '/reports', label: '年度报告', roles: ALL },
	{ href: '/reports/check', label: '年报体检', roles: ALL },
	{ href: '/admin/users', label: '用户管理', roles: ['admin'], group: '系统管理' },
	{ href: '/admin/units', label: '单位管理', roles: ['admin'], group: '系统管理' },
	{ href: '/admin/audit', label: '审计日志', roles: ['admin'], group: '系统管理' },
	{ href: '/admin/settings', label: '本级机关', roles: ['admin'], group: '系统管理' },
	{ href: '/account', label: '修改密码', roles: ALL, group: '个人' }
];

export function navFor(role: Role): NavItem[] {
	return NAV.filter((n) => n.roles.includes(role));
}

/** The nav entry that owns a path: the longest matching prefix. */
export function activeHref(items: readonly NavItem[], path: string): string | null {
	let best: string | null = null;
	for (const n of items) {
		const hit = n.href === '/' ? path === '/' : path === n.href || path.startsWith(n.href + '/');
		if (hit && (!best || n.href.length > best.length)) best = n.href;
	}
	return best;
}
