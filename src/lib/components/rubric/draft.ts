// The rubric editor's working copy (草稿) between requests, without JavaScript: the form carries the
// draft as JSON plus one field per visible input, named by its JSON path; the server puts the fields
// back into the draft and applies the button's operation (add, remove, move). Pure, shared by the
// page (to name its inputs) and the route (to read them), so both agree on the names.

type Json = unknown;
type Obj = Record<string, Json>;

/** n number · s text (empty: field removed) · S text (empty kept) · b checkbox · l list typed as "a、b" · L checkboxes · p percent (30 → 0.3). */
export type FieldType = 'n' | 's' | 'S' | 'b' | 'l' | 'L' | 'p';

/** The input name for a value at `path` (dot-separated; numbers index arrays). */
export const field = (type: FieldType, path: string) => `f:${type}:${path}`;
/** Checkboxes post nothing when cleared: a marker says the group was on the page. */
export const marker = (type: 'b' | 'L', path: string) => `m:${type}:${path}`;

const SEGMENT = /^(?:[A-Za-z][A-Za-z0-9]{0,40}|\d{1,4})$/;

function segments(path: string): string[] | null {
	const s = path.split('.');
	return s.every((x) => SEGMENT.test(x)) ? s : null;
}

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null;

/** The value at a path, or undefined. */
export function getAt(root: Json, path: string): Json {
	const s = segments(path);
	if (!s) return undefined;
	let at: Json = root;
	for (const k of s) {
		if (!isObj(at)) return undefined;
		at = (at as Obj)[k];
	}
	return at;
}

/** Sets (or with `undefined` removes) the value at a path, creating objects on the way. */
export function setAt(root: Json, path: string, value: Json): void {
	const s = segments(path);
	if (!s || !isObj(root)) return;
	let at = root as Obj;
	for (const [i, k] of s.slice(0, -1).entries()) {
		if (!isObj(at[k])) at[k] = /^\d+$/.test(s[i + 1]) ? [] : {};
		at = at[k] as Obj;
	}
	const last = s[s.length - 1];
	if (value === undefined) {
		if (Array.isArray(at)) return;
		delete at[last];
	} else at[last] = value;
}

const splitList = (v: string) =>
	v
		.split(/[、,，;；\s]+/)
		.map((x) => x.trim())
		.filter(Boolean);

function valueOf(type: FieldType, raw: string, all: string[]): Json {
	const v = raw.trim();
	switch (type) {
		case 'n':
		case 'p': {
			if (v === '') return undefined;
			const n = Number(v);
			if (!Number.isFinite(n)) return v; // kept as typed: the validator names it
			return type === 'p' ? Math.round(n * 1e6) / 1e8 : n;
		}
		case 's':
			return v === '' ? undefined : v;
		case 'S':
			return v;
		case 'b':
			return v ? true : undefined;
		case 'l': {
			const list = splitList(v);
			return list.length ? list : undefined;
		}
		case 'L':
			return all.length ? all : undefined;
	}
}

/** The draft a form posted: its JSON with every field put back; null when the JSON is unreadable. */
export function readDraft(data: FormData): Json | null {
	let draft: Json;
	try {
		draft = JSON.parse(String(data.get('draft') ?? ''));
	} catch {
		return null;
	}
	if (!isObj(draft)) return null;
	const seen = new Set<string>();
	for (const [name] of data) {
		const m = /^([fm]):([nsSblLp]):(.+)$/.exec(name);
		if (!m || seen.has(`${m[2]}:${m[3]}`)) continue;
		const [, , type, path] = m as unknown as [string, string, FieldType, string];
		const values = data.getAll(`f:${type}:${path}`).filter((v): v is string => typeof v === 'string');
		if (m[1] === 'm' && (type === 'b' || type === 'L') && values.length) continue; // the field itself comes
		seen.add(`${type}:${path}`);
		setAt(draft, path, valueOf(type, values[0] ?? '', values.filter(Boolean)));
	}
	tidy(draft);
	return draft;
}

/** Empty scopes and groups the form leaves behind say nothing: drop them. */
function tidy(v: Json): void {
	if (!isObj(v)) return;
	for (const [k, x] of Object.entries(v)) {
		if (k === 'scope' && isObj(x) && !Array.isArray(x) && Object.keys(x).length === 0) delete (v as Obj)[k];
		else tidy(x);
	}
}

const isList = (v: Json): v is Json[] => Array.isArray(v);
const optionalList = (v: Json) => v === undefined || isList(v);

function indicatorsRenderable(list: Json): boolean {
	return (
		isList(list) &&
		list.every(
			(i) =>
				isObj(i) &&
				!isList(i) &&
				optionalList(i.rules) &&
				(!isList(i.rules) || i.rules.every((r) => isObj(r) && typeof r.kind === 'string')) &&
				(i.children === undefined || indicatorsRenderable(i.children))
		)
	);
}

/** Whether the editor's forms can show a draft (the right lists where lists go); if not, only its JSON. */
export function renderable(d: Json): boolean {
	if (!isObj(d) || isList(d) || !isList(d.tables) || !isList(d.classes)) return false;
	if (!isObj(d.outcome) || !isList((d.outcome as Obj).bands)) return false;
	if (
		!d.classes.every((c) => isObj(c) && optionalList(c.kinds) && optionalList(c.notApplicable) && optionalList(c.bands))
	)
		return false;
	return d.tables.every(
		(t) =>
			isObj(t) &&
			indicatorsRenderable(t.indicators) &&
			optionalList(t.majorDeductions) &&
			optionalList(t.vetoes) &&
			[t.bonus, t.deductions].every((g) => g === undefined || (isObj(g) && isList(g.items)))
	);
}
