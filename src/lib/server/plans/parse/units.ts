// Unit lists as plans write them: "市政府办公室,市委编办;责任单位:各县(市、区)政府,高新区、循环化工园区、
// 综合保税区管委会". Names are split, shared prefixes/suffixes distributed, groups kept as written.
// Nothing here matches names against the registry; that is the importer's job.

import { halfWidthBrackets, trimAll } from './text';

export interface UnitList {
	units: string[];
	/** The list ended in 等部门 / 等单位: not exhaustive. */
	open: boolean;
}

export interface UnitNote {
	lead: string[];
	responsible: string[];
	open: boolean;
}

/** "牵头单位:" and its relatives; 配合/协办/参与 units count as responsible. */
export const NOTE_KEY_SOURCE = '(牵头|主责|主办|责任|配合|协办|参与|承办|落实)(单位|部门)\\s*[:：]';
const LEAD_KEYS = new Set(['牵头', '主责', '主办']);

const SEPARATORS = new Set([',', '，', '、', ';', '；', '\n', ' ', '\t', '\u3000', '/']);
const OPEN_TAIL_RE = /等(?:有关|相关|其他|其它)?(?:部门|单位|机构)?$/;
/** Organ suffixes a run of bare place names shares: 高新区、循环化工园区、综合保税区管委会. */
const GOV_SUFFIX_RE = /(管委会|管理委员会|人民政府|政府|党工委|管委|办事处)$/;
const PLACE_END_RE = /(区|县|市|镇|乡|街道|旗|州|省)$/;
/** Department suffixes: 市住建局、城管执法局 shares the level prefix 市. */
const DEPT_SUFFIX_RE = /(委员会|办公室|中心|厅|局|委|办|院|会|部|处|署|队|站|馆|台|社|所)$/;
const LEVEL_START_RE = /^(省|市|县|区|州|各|中共|国家|全|本|自治区)/;
const PLACE_INSIDE_RE = /[省市县区州乡镇旗]/;

/** Split at separators outside brackets: 各县(市、区)政府 keeps its inner 、. */
function splitTopLevel(s: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let cur = '';
	for (const ch of s) {
		if (ch === '(') depth++;
		else if (ch === ')') depth = Math.max(0, depth - 1);
		if (depth === 0 && SEPARATORS.has(ch)) {
			parts.push(cur);
			cur = '';
		} else {
			cur += ch;
		}
	}
	parts.push(cur);
	return parts;
}

const QUOTE_PAIRS: [string, string][] = [
	['“', '”'],
	['"', '"'],
	['《', '》']
];

/** Quote marks around a whole name, or left over from one, go; a name's own quotes stay:
 * “放管服”改革协调办. */
function stripQuotes(name: string): string {
	let s = name;
	for (const [open, close] of QUOTE_PAIRS) {
		const marks = [...s].filter((c) => c === open || c === close).length;
		if (marks === 2 && s.length > 2 && s.startsWith(open) && s.endsWith(close)) s = s.slice(1, -1);
		else if (marks === 1 && s.startsWith(open)) s = s.slice(1);
		else if (marks === 1 && s.endsWith(close)) s = s.slice(0, -1);
	}
	return s;
}

function cleanName(raw: string): string {
	return stripQuotes(
		trimAll(raw)
			.replace(/^(?:以及|及|和|与)/, '')
			.replace(/[。．.:：]+$/, '')
	);
}

function isBarePlace(name: string): boolean {
	return PLACE_END_RE.test(name) && !GOV_SUFFIX_RE.test(name) && !name.startsWith('各');
}

/** The organ suffix a place+organ name can lend to bare places before it ("" if none). */
function lendableSuffix(name: string): string {
	if (name.startsWith('各')) return '';
	const m = GOV_SUFFIX_RE.exec(name);
	if (!m) return '';
	const base = name.slice(0, name.length - m[0].length);
	return PLACE_END_RE.test(base) ? m[0] : '';
}

/** The level prefix (市 / 省 / 石家庄市) a department name can lend to the next one. */
function lendablePrefix(name: string): string {
	if (!DEPT_SUFFIX_RE.test(name) || GOV_SUFFIX_RE.test(name)) return '';
	const single = /^(省|市|县|区)/.exec(name);
	if (single) return single[1];
	const place = /^([\u4e00-\u9fff]{1,6}?(?:省|市|县|区))[\u4e00-\u9fff]{2,}$/.exec(name);
	return place ? place[1] : '';
}

function wantsPrefix(name: string): boolean {
	return (
		DEPT_SUFFIX_RE.test(name) && !LEVEL_START_RE.test(name) && !PLACE_INSIDE_RE.test(name) && !isUnitGroupName(name)
	);
}

/** Collective designations (市政府各部门, 各县(市、区)政府, 市政府有关部门): kept as written. */
export function isUnitGroupName(name: string): boolean {
	return /^各|各部门|各单位|有关部门|相关部门|有关单位|相关单位|各级|各地/.test(name);
}

export function distributeAffixes(names: string[]): string[] {
	const out = [...names];
	// Suffix: a run of bare places takes the organ suffix of the item that closes the run.
	for (let i = 0; i < out.length; i++) {
		if (!isBarePlace(out[i])) continue;
		let j = i;
		while (j < out.length && isBarePlace(out[j])) j++;
		const suffix = j < out.length ? lendableSuffix(out[j]) : '';
		if (suffix) for (let k = i; k < j; k++) out[k] += suffix;
		i = j - 1;
	}
	// Prefix: a department without a level takes the previous item's level.
	for (let i = 1; i < out.length; i++) {
		if (!wantsPrefix(out[i])) continue;
		const prefix = lendablePrefix(out[i - 1]);
		if (prefix) out[i] = prefix + out[i];
	}
	return out;
}

export function splitUnitList(list: string): UnitList {
	let open = false;
	const names: string[] = [];
	for (const part of splitTopLevel(halfWidthBrackets(list))) {
		let name = cleanName(part);
		if (OPEN_TAIL_RE.test(name)) {
			open = true;
			name = cleanName(name.replace(OPEN_TAIL_RE, ''));
		}
		if (name) names.push(name);
	}
	return { units: dedupe(distributeAffixes(names)), open };
}

export function dedupe(names: string[]): string[] {
	return [...new Set(names)];
}

/** Depth (inside round brackets) at every index, so keywords inside a name are not split on. */
function depthAt(s: string): Int32Array {
	const d = new Int32Array(s.length + 1);
	let depth = 0;
	for (let i = 0; i < s.length; i++) {
		d[i] = depth;
		const ch = s[i];
		if (ch === '(' || ch === '（') depth++;
		else if ((ch === ')' || ch === '）') && depth > 0) depth--;
	}
	d[s.length] = depth;
	return d;
}

/** "牵头单位:A,B;责任单位:C" → lead [A,B], responsible [C]. Text before any keyword is responsible. */
export function parseUnitNote(note: string): UnitNote {
	const result: UnitNote = { lead: [], responsible: [], open: false };
	const depth = depthAt(note);
	const keyRe = new RegExp(NOTE_KEY_SOURCE, 'g');
	const marks: { start: number; end: number; lead: boolean }[] = [];
	for (let m = keyRe.exec(note); m; m = keyRe.exec(note)) {
		if (depth[m.index] === 0) marks.push({ start: m.index, end: m.index + m[0].length, lead: LEAD_KEYS.has(m[1]) });
	}
	const segments: { text: string; lead: boolean }[] = [];
	const head = note.slice(0, marks.length ? marks[0].start : note.length);
	if (trimAll(head.replace(/[;；,，。]/g, ''))) segments.push({ text: head, lead: false });
	marks.forEach((mk, i) => {
		const next = marks[i + 1];
		segments.push({ text: note.slice(mk.end, next ? next.start : note.length), lead: mk.lead });
	});
	for (const seg of segments) {
		const list = splitUnitList(seg.text);
		result.open ||= list.open;
		(seg.lead ? result.lead : result.responsible).push(...list.units);
	}
	result.lead = dedupe(result.lead);
	result.responsible = dedupe(result.responsible);
	return result;
}
