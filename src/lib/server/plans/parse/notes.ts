// Finding unit notes inside a task paragraph: "(牵头单位:…;责任单位:…)" in brackets anywhere in
// the paragraph, or an unbracketed "责任单位：…" that opens the paragraph or follows a 。/；.
// Bracket pairs are matched once with a stack, so the scan is linear even on junk.

import { NOTE_KEY_SOURCE } from './units';
import { trimAll } from './text';

export interface NoteScan {
	/** The paragraph with its notes removed. */
	text: string;
	/** Note contents as written, without the brackets. */
	notes: string[];
	/** A note bracket opened and never closed (its text runs to the paragraph's end). */
	unclosed: boolean;
}

const KEY_AT_START = new RegExp(`^[\\s\\u3000]*${NOTE_KEY_SOURCE}`);
const KEY_AFTER_STOP = new RegExp(`(^|[。；;])[\\s\\u3000]*(?=${NOTE_KEY_SOURCE})`, 'g');

function isOpen(ch: string): boolean {
	return ch === '(' || ch === '（';
}
function isClose(ch: string): boolean {
	return ch === ')' || ch === '）';
}

/** close[i] = index of the bracket closing the one opened at i, or -1 if it never closes. */
function matchBrackets(s: string): Int32Array {
	const close = new Int32Array(s.length).fill(-1);
	const stack: number[] = [];
	for (let i = 0; i < s.length; i++) {
		if (isOpen(s[i])) stack.push(i);
		else if (isClose(s[i]) && stack.length) close[stack.pop() as number] = i;
	}
	return close;
}

/** Does a note keyword start at i? Looks at a short window only. */
function keyAt(s: string, i: number): boolean {
	return KEY_AT_START.test(s.slice(i, i + 16));
}

export function extractNotes(paragraph: string): NoteScan {
	const close = matchBrackets(paragraph);
	const notes: string[] = [];
	let unclosed = false;
	let text = '';
	let last = 0;
	for (let i = 0; i < paragraph.length; i++) {
		if (!isOpen(paragraph[i])) continue;
		const end = close[i];
		if (keyAt(paragraph, i + 1)) {
			text += paragraph.slice(last, i);
			if (end < 0) {
				notes.push(trimAll(paragraph.slice(i + 1)));
				unclosed = true;
				last = paragraph.length;
				break;
			}
			notes.push(trimAll(paragraph.slice(i + 1, end)));
			last = end + 1;
			i = end;
		} else if (end >= 0) {
			i = end; // a bracket that is part of the text (文号, 各县(市、区)): skip its inside
		}
	}
	text += paragraph.slice(last);

	// An unbracketed note: "责任单位：省工信厅、财政厅。" as its own paragraph or after a full stop.
	KEY_AFTER_STOP.lastIndex = 0;
	const m = KEY_AFTER_STOP.exec(text);
	if (m) {
		const at = m.index + m[1].length;
		notes.push(trimAll(text.slice(at)).replace(/[。.]+$/, ''));
		text = text.slice(0, at);
	}
	return { text: trimAll(text), notes, unclosed };
}
