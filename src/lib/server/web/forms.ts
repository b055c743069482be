// Form helpers: read fields, and turn a DomainError into fail() with the user's input kept.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { isDomainError } from '../shared/errors';

export type FormValues = Record<string, string>;

/** Text fields of a form (files and password fields are left out of what is echoed back). */
export function formValues(data: FormData, omit: string[] = ['password', 'newPassword']): FormValues {
	const values: FormValues = {};
	for (const [key, value] of data) {
		if (typeof value === 'string' && !omit.includes(key)) values[key] = value;
	}
	return values;
}

export function text(data: FormData, name: string): string {
	const v = data.get(name);
	return typeof v === 'string' ? v.trim() : '';
}

/** An integer field, or null when empty or not a whole number. */
export function int(data: FormData, name: string): number | null {
	const v = text(data, name);
	if (!/^-?\d{1,15}$/.test(v)) return null;
	return Number(v);
}

/** Every value of a repeated field, trimmed, empty ones kept (positions matter: rows of a table). */
export function all(data: FormData, name: string): string[] {
	return data.getAll(name).map((v) => (typeof v === 'string' ? v.trim() : ''));
}

/** Distinct database ids from a repeated field; anything not a plain positive number is dropped. */
export function ids(data: FormData, name: string): number[] {
	return [
		...new Set(
			all(data, name)
				.filter((v) => /^[1-9]\d{0,14}$/.test(v))
				.map(Number)
		)
	];
}

export function list(data: FormData, name: string): string[] {
	return data
		.getAll(name)
		.filter((v): v is string => typeof v === 'string')
		.map((v) => v.trim())
		.filter(Boolean);
}

export interface FormFailure {
	message: string;
	errors: Record<string, string>;
	values: FormValues;
	[key: string]: unknown;
}

/** In an action's catch: a DomainError becomes fail(status, { message, errors, values }); anything
 *  else (redirects, bugs) is rethrown. */
export function domainFail(e: unknown, values: FormValues): ActionFailure<FormFailure> {
	if (isDomainError(e)) return fail(e.status, { message: e.message, errors: e.fields, values });
	throw e;
}

export function invalid(message: string, values: FormValues, errors: Record<string, string> = {}) {
	return fail(400, { message, errors, values } satisfies FormFailure);
}
