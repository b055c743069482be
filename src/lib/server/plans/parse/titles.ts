// A task's title: its first sentence. Stops inside brackets or book-title marks do not count,
// and a short lead-in before a colon ("加强组织领导：各级…") is a title of its own.

import { trimAll } from './text';

const OPENERS = new Set(['(', '（', '《', '〈', '【', '[', '［', '“']);
const CLOSERS = new Set([')', '）', '》', '〉', '】', ']', '］', '”']);
const STOPS = new Set(['。', '！', '？', '!', '?']);
const COLONS = new Set(['：', ':']);
const SEMIS = new Set(['；', ';']);
const MAX_COLON_TITLE = 40;

export function taskTitle(paragraph: string): string {
	let depth = 0;
	let colon = -1;
	let semi = -1;
	let stop = -1;
	for (let i = 0; i < paragraph.length; i++) {
		const ch = paragraph[i];
		if (OPENERS.has(ch)) depth++;
		else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
		else if (depth === 0) {
			if (STOPS.has(ch)) {
				stop = i;
				break;
			}
			if (colon < 0 && COLONS.has(ch)) colon = i;
			if (semi < 0 && SEMIS.has(ch)) semi = i;
		}
	}
	let end = paragraph.length;
	if (stop >= 0) end = stop;
	else if (semi >= 0) end = semi;
	if (colon > 0 && colon < end && colon <= MAX_COLON_TITLE) end = colon;
	// Unbalanced brackets hide every stop: fall back to the first stop anywhere.
	if (stop < 0 && depth > 0) {
		const anyStop = paragraph.search(/[。！？!?]/);
		if (anyStop > 0 && anyStop < end) end = anyStop;
	}
	return trimAll(paragraph.slice(0, end)).replace(/[，,、；;：:]+$/, '');
}
