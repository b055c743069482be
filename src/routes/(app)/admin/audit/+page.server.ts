import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as audit from '$lib/server/audit';
import { isIsoDate } from '$lib/server/shared/time';
import { requireRole } from '$lib/server/web/guards';

export const load = (async (event) => {
	requireRole(event, 'admin');
	const p = event.url.searchParams;
	const date = (k: string) => {
		const v = p.get(k) ?? '';
		return isIsoDate(v) ? v : undefined;
	};
	const before = Number(p.get('before'));
	const filter = {
		username: p.get('username')?.trim() || undefined,
		action: p.get('action') || undefined,
		objectType: p.get('objectType') || undefined,
		q: p.get('q')?.trim().slice(0, 100) || undefined,
		from: date('from'),
		to: date('to'),
		before: Number.isSafeInteger(before) && before > 0 ? before : undefined
	};
	const { rows, nextBefore } = audit.listAudit(getDb(), { ...filter, limit: 50 });
	return { filter, rows, nextBefore };
}) satisfies PageServerLoad;
