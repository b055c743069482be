// Route glue for the annual-report pages: the report a URL names, and a domain refusal in a load
// turned into the error page (actions use formAction, which turns it into fail()).
import { error } from '@sveltejs/kit';
import type { ReportRef } from '../annual-report/store';
import { isDomainError } from '../shared/errors';

/** /reports/[year]/[subject]: `body` is the body's own report, a number a unit's. */
export function reportRef(params: { year: string; subject: string }): ReportRef {
	return { year: Number(params.year), unitId: params.subject === 'body' ? null : Number(params.subject) };
}

export async function orErrorPage<T>(work: () => T | Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (isDomainError(e)) error(e.status, e.message);
		throw e;
	}
}
