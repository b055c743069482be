// Business-rule failures. Domain code throws these; the web layer turns them into fail(status, …)
// with the Chinese message shown to the user as is.

export type DomainErrorCode =
	| 'invalid' // input fails validation (400)
	| 'forbidden' // the user may not do this (403)
	| 'not_found' // no such object, or not visible to this user (404)
	| 'conflict' // duplicate or stale (409)
	| 'too_large' // over a size limit (413)
	| 'unsupported' // file type or format we do not read (415)
	| 'throttled'; // too many attempts (429)

const STATUS: Record<DomainErrorCode, number> = {
	invalid: 400,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	too_large: 413,
	unsupported: 415,
	throttled: 429
};

export class DomainError extends Error {
	readonly code: DomainErrorCode;
	/** Per-field messages for forms, keyed by input name. */
	readonly fields: Record<string, string>;

	constructor(code: DomainErrorCode, message: string, fields: Record<string, string> = {}) {
		super(message);
		this.name = 'DomainError';
		this.code = code;
		this.fields = fields;
	}

	get status(): number {
		return STATUS[this.code];
	}
}

export function isDomainError(e: unknown): e is DomainError {
	return e instanceof DomainError;
}
