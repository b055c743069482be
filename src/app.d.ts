import type { SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** The request id, quoted to support staff: the same id is in the log lines and X-Request-Id. */
			id?: string;
		}
		interface Locals {
			user: SessionUser | null;
			sessionId: string | null;
			/** Set first by the handle hook; logs, the error page and the X-Request-Id header carry it. */
			requestId: string;
		}
	}
}

export {};
