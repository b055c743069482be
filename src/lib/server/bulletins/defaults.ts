// What the new-bulletin form starts from: a quarterly bulletin to the end of the last quarter, its
// usual title, the body's issuing office (落款), and the last cut-off (a new one must come after it).
import type { DB } from '../db/client';
import { getBody } from '../body';
import { requireWorkPlan } from '../assessment/rubrics';
import { shanghaiDate } from '../shared/time';
import { defaultCutOff, defaultTitle } from './input';
import { lastCutOff } from './read';

export function bulletinDefaults(db: DB, planId: number, today = shanghaiDate()) {
	const p = requireWorkPlan(db, planId);
	const cutOff = defaultCutOff(today, p.year);
	const body = getBody(db);
	return {
		plan: { id: p.id, title: p.title, year: p.year },
		today,
		last: lastCutOff(db, planId),
		values: {
			kind: 'quarterly',
			cutOff,
			title: defaultTitle(p.title, 'quarterly', cutOff),
			docNumber: '',
			publish: 'scores',
			comment: '',
			issuer: body.issuer || body.name
		}
	};
}
