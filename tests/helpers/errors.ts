import { DomainError } from '../../src/lib/server/shared/errors';

/** Runs fn and returns the DomainError it throws; fails the test when it throws nothing or something else. */
export function domainError(fn: () => unknown): DomainError {
	try {
		fn();
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a DomainError');
}

/** The same for async work. */
export async function domainErrorOf(fn: () => Promise<unknown>): Promise<DomainError> {
	try {
		await fn();
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a DomainError');
}
