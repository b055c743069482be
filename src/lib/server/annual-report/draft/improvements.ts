// Last year's stated improvements (上年报告「五、存在的主要问题及改进情况」), one by one, and the
// tasks of this year's plan that answer each. Reports state them after a marker («（二）改进措施：»,
// «2025年，将重点从以下方面做好改进：», «下一步») as 一是…二是…, （一）（二）…, 1. 2. …, or plain
// sentences; a task answers an improvement when they share enough of their wording.

export interface Improvement {
	/** The improvement's first clause, as quoted: «丰富政策解读形式». */
	quote: string;
	/** Its first sentence, for matching. */
	text: string;
}

const MARKER =
	/改进措施|改进方向|改进计划|整改措施|下一步|下步|今后|将重点|将从以下|努力方向|工作打算|将着力|将进一步|将继续/;
const ENUMERATOR = /(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|(?<![\d.])\d{1,2}[.、．](?!\d))/g;
const MAX_ITEMS = 8;
const QUOTE_MAX = 40;

const hasWords = (s: string) => /[\u4e00-\u9fff]{4,}/.test(s);

function firstSentence(s: string): string {
	return (/^[^。；;！!？?\n]+/.exec(s)?.[0] ?? s).trim();
}

function quoteOf(sentence: string): string {
	const clause = (/^[^，,：:]+/.exec(sentence)?.[0] ?? sentence).trim();
	const q = clause.length >= 4 ? clause : sentence;
	return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX)}…` : q;
}

/** The improvements a report's 五 states, in its order. */
export function statedImprovements(paragraphs: readonly string[]): Improvement[] {
	const all = paragraphs.join('\n');
	const m = MARKER.exec(all);
	const part = m ? all.slice(m.index + m[0].length) : all;
	const starts = [...part.matchAll(ENUMERATOR)].filter((e) => {
		const before = part.slice(0, e.index).trimEnd();
		return before === '' || /[。；;：:！!？?\n，,]$/.test(before);
	});
	let items: string[];
	if (starts.length) {
		items = starts.map((e, i) =>
			part.slice(e.index + e[0].length, i + 1 < starts.length ? starts[i + 1].index : undefined).trim()
		);
	} else {
		items = part
			.split(/[。\n]/)
			.map((s) => s.replace(/^[：:，,\s]+/, '').trim())
			.filter(Boolean);
	}
	const out: Improvement[] = [];
	for (const item of items) {
		const text = firstSentence(item.replace(/^[：:，,、\s]+/, ''));
		if (!hasWords(text)) continue;
		out.push({ quote: quoteOf(text), text });
		if (out.length >= MAX_ITEMS) break;
	}
	return out;
}

/** Words every plan and report uses: they say nothing about an improvement's subject. */
const COMMON =
	/进一步|加强|强化|工作|政务|公开|信息|推进|提升|持续|不断|做好|全面|深化|完善|开展|落实|进行|及时|有效|积极|认真|切实|重点|方面|相关|各类|建设|管理|机制|水平|质量|能力|政府|以下|改进|措施|[^\u4e00-\u9fff]+/g;

/** The two-character runs of a text's subject words (common words cut out first, so no run spans one). */
function bigrams(s: string): Set<string> {
	const out = new Set<string>();
	for (const part of s.split(COMMON)) for (let i = 0; i + 2 <= part.length; i++) out.add(part.slice(i, i + 2));
	return out;
}

/**
 * The tasks that answer an improvement, best first (at most `max`). A task must share a subject word
 * with the improvement's headline (its first clause: «丰富政策解读形式» — 政策, 解读), and at least
 * two two-character runs, 30 % of its own title's, with the whole sentence; words every plan uses
 * (加强, 公开, 工作 …) do not count. Ranked by what they share, the headline counting double.
 */
export function relatedTasks<T extends { title: string }>(improvement: Improvement, tasks: readonly T[], max = 3): T[] {
	const headline = bigrams(improvement.quote);
	const words = bigrams(improvement.text);
	const scored: { task: T; score: number }[] = [];
	for (const t of tasks) {
		const own = bigrams(t.title);
		if (!own.size) continue;
		let shared = 0;
		let inHeadline = 0;
		for (const b of own) {
			if (words.has(b)) shared++;
			if (headline.has(b)) inHeadline++;
		}
		if (inHeadline >= 1 && shared >= 2 && shared / own.size >= 0.3)
			scored.push({ task: t, score: shared + inHeadline * 2 });
	}
	return scored
		.sort((a, b) => b.score - a.score)
		.slice(0, max)
		.map((s) => s.task);
}
