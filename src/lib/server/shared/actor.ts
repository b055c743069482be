import type { Role } from '../db/schema';

/** Who is acting, and from where: passed to every mutation so it can check and audit. */
export interface Actor {
	id: number;
	username: string;
	role: Role;
	unitId: number | null;
	ip: string;
}

/** The system itself (demo seed, scheduled reminders). */
export const SYSTEM_ACTOR: Actor = { id: 0, username: 'system', role: 'admin', unitId: null, ip: '' };
