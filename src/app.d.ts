import type { SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to support staff; the same id is in the server log. */
			id?: string;
		}
		interface Locals {
			user: SessionUser | null;
			sessionId: string | null;
		}
	}
}

export {};
