// Line-start numbering: sections 一、 and tasks (一) / 1. / (1). Only the start of a line counts;
// numbering inside a sentence is text.

import { chineseToNumber } from './numerals';

export type TaskStyle = 'paren-cn' | 'arabic' | 'paren-ar';

export interface Numbered {
	value: number;
	/** Normalised: "一" for sections, "(一)" / "1." / "(1)" for tasks. */
	code: string;
	rest: string;
}

const CN = '[一二三四五六七八九十百零〇两]{1,6}';
const SECTION_RE = new RegExp(`^(${CN})[\\s\\u3000]*[、.．][\\s\\u3000]*`);
const PAREN_CN_RE = new RegExp(`^[(（][\\s\\u3000]*(${CN})[\\s\\u3000]*[)）][\\s\\u3000、.．]*`);
// "1.5亿元" and "1.1" are not item numbers: the mark must not be followed by a digit.
const ARABIC_RE = /^([0-9０-９]{1,3})[\s\u3000]*[.．、](?![0-9０-９])[\s\u3000]*/;
const PAREN_AR_RE = /^[(（][\s\u3000]*([0-9０-９]{1,3})[\s\u3000]*[)）][\s\u3000、.．]*/;

function arabic(s: string): number {
	return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function matchSection(line: string): Numbered | null {
	const m = SECTION_RE.exec(line);
	if (!m) return null;
	const value = chineseToNumber(m[1]);
	if (value === null || value < 1) return null;
	return { value, code: m[1], rest: line.slice(m[0].length) };
}

export function matchTask(line: string): (Numbered & { style: TaskStyle }) | null {
	let m = PAREN_CN_RE.exec(line);
	if (m) {
		const value = chineseToNumber(m[1]);
		if (value === null || value < 1) return null;
		return { value, code: `(${m[1]})`, rest: line.slice(m[0].length), style: 'paren-cn' };
	}
	m = ARABIC_RE.exec(line);
	if (m) {
		const value = arabic(m[1]);
		if (value < 1) return null;
		return { value, code: `${value}.`, rest: line.slice(m[0].length), style: 'arabic' };
	}
	m = PAREN_AR_RE.exec(line);
	if (m) {
		const value = arabic(m[1]);
		if (value < 1) return null;
		return { value, code: `(${value})`, rest: line.slice(m[0].length), style: 'paren-ar' };
	}
	return null;
}

/** A cell or line that opens with any numbering ("(一)加强…", "1、…"): code and the rest. */
export function stripLeadingNumber(text: string): { code: string; rest: string } | null {
	const t = matchTask(text);
	if (t) return { code: t.code, rest: t.rest };
	return null;
}
