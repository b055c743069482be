// Collective designations (单位组) as plans write them, with a short English gloss for the CLI
// and reviewers. The office maps them to real units later; here they are only recognised.

import { isUnitGroupName } from './units';

const KNOWN: Record<string, string> = {
	市政府各部门: 'all municipal departments',
	市政府有关部门: 'the relevant municipal departments (the office picks which)',
	'各县(市、区)政府': 'all county-level governments (counties, county-level cities, districts)',
	'各县(市、区)人民政府': 'all county-level governments (counties, county-level cities, districts)',
	各有关单位: 'all relevant units (the office picks which)',
	各级各部门: 'all bodies at every level'
};

const LEVEL: Record<string, string> = { 省: 'provincial', 市: 'municipal', 县: 'county', 区: 'district' };

/** English gloss of a group name, or null when the name is a single unit. */
export function describeGroup(name: string): string | null {
	if (KNOWN[name]) return KNOWN[name];
	if (!isUnitGroupName(name)) return null;
	const level = LEVEL[name[0]] ?? '';
	const who = `${level ? level + ' ' : ''}`;
	if (/有关|相关/.test(name)) return `the relevant ${who}bodies (the office picks which)`;
	if (/各部门|各单位/.test(name)) return `all ${who}departments`;
	if (/^各县/.test(name)) return 'all county-level governments';
	if (/^各市/.test(name)) return 'all city governments';
	if (/^各乡|^各镇|街道/.test(name)) return 'all townships and sub-districts';
	return 'a collective designation (the office expands it)';
}
