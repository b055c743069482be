// What the new-bulletin form starts from: a quarterly bulletin to the end of the last quarter (or, asked
// for, the annual one to the year's end, as closing the year needs), its usual title, the body's issuing office (落款), and the last cut-off (a new one must come after it).
import type { DB } from '../db/client';
import type { BulletinKind } from '../db/schema';
import { getBody } from '../body';
import { requireWorkPlan } from '../assessment/rubrics';
import { shanghaiDate } from '../shared/time';
import { defaultCutOff, defaultTitle } from './input';
import { lastCutOff } from './read';

export function bulletinDefaults(db: DB, planId: number, today = shanghaiDate(), kind: BulletinKind = 'quarterly') {
	const p = requireWorkPlan(db, planId);
	const yearEnd = `${p.year}-12-31`;
	const cutOff = kind === 'annual' ? (today < yearEnd ? today : yearEnd) : defaultCutOff(today, p.year);
	const body = getBody(db);
	return {
		plan: { id: p.id, title: p.title, year: p.year },
		today,
		last: lastCutOff(db, planId),
		values: {
			kind,
			cutOff,
			title: defaultTitle(p.title, kind, cutOff),
			docNumber: '',
			publish: 'scores',
			comment: '',
			issuer: body.issuer || body.name
		}
	};
}
