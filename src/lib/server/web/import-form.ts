// The import confirmation form → the importer's ImportDecisions, read with the shared form helpers.
import { UNIT_KINDS, type UnitKind } from '../db/schema';
import type { ImportDecisions, ImportPreview, UnitMapping } from '../plans/import';
import { all, ids, text as str } from './forms';

export function decisionsFromForm(f: FormData, preview: ImportPreview): ImportDecisions {
	const d: ImportDecisions = {
		mode: str(f, 'mode') === 'update' ? 'update' : 'create',
		meta: {
			title: str(f, 'planTitle'),
			year: /^\d{4}$/.test(str(f, 'planYear')) ? Number(str(f, 'planYear')) : NaN,
			docNumber: str(f, 'docNumber'),
			issuer: str(f, 'issuer'),
			issuedOn: str(f, 'issuedOn')
		},
		titles: {},
		milestones: {},
		mappings: {},
		picks: {},
		extras: {},
		carry: {}
	};
	for (const s of preview.sections) {
		for (const t of s.tasks) {
			const title = f.get(`title:${t.key}`);
			if (typeof title === 'string' && title.trim() !== t.title) d.titles[t.key] = title.trim();
			if (f.has(`ms:${t.key}:date`)) {
				const dates = all(f, `ms:${t.key}:date`);
				const whats = all(f, `ms:${t.key}:what`);
				const list = dates.map((date, i) => ({ date, what: whats[i] ?? '' })).filter((m) => m.date);
				const same =
					list.length === t.deadlines.length &&
					list.every((m, i) => m.date === t.deadlines[i].date && m.what === t.deadlines[i].what);
				if (!same) d.milestones[t.key] = list;
			}
			const picks = ids(f, `pick:${t.key}`);
			if (picks.length) d.picks[t.key] = picks;
			const extras = ids(f, `extra:${t.key}`);
			if (extras.length) d.extras[t.key] = extras;
		}
	}
	for (const u of preview.unknown) {
		const choice = str(f, `map:${u.raw}`);
		let m: UnitMapping | null = null;
		if (choice === 'drop') m = { kind: 'drop' };
		else if (choice === 'new') {
			const kind = str(f, `newKind:${u.raw}`) as UnitKind;
			m = {
				kind: 'new',
				name: str(f, `newName:${u.raw}`) || u.raw,
				shortName: str(f, `newShort:${u.raw}`) || u.raw,
				unitKind: UNIT_KINDS.includes(kind) ? kind : 'department'
			};
		} else if (/^unit:\d{1,10}$/.test(choice)) m = { kind: 'unit', unitId: Number(choice.slice(5)) };
		if (m) d.mappings[u.raw] = m;
	}
	for (const c of preview.candidates) {
		const choice = str(f, `carry:${c.key}`);
		d.carry[c.key] =
			choice === 'drop'
				? { action: 'drop' }
				: choice.startsWith('merge:')
					? { action: 'merge', into: choice.slice(6) }
					: { action: 'keep' };
	}
	return d;
}
