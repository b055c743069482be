// Text helpers shared by the reader and the checks: Chinese full-width forms folded to half-width,
// whitespace squashed, paragraphs cut into sentences and clauses.

const FULL_WIDTH = /[\uff01-\uff5e]/g;

/** Full-width ASCII forms (（１２３）．，：) → half-width; the ideographic space → a space. */
export function toHalfWidth(s: string): string {
	return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** For comparing labels: half-width, without any whitespace («商业 企业» = «商业企业»). */
export function squash(s: string): string {
	return toHalfWidth(s).replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

export interface Sentence {
	text: string;
	/** Index of the paragraph it came from. */
	paragraph: number;
}

/** Sentences end with 。！？ (or ; when a list runs on); the terminator stays with its sentence. */
export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
	const out: Sentence[] = [];
	paragraphs.forEach((p, paragraph) => {
		for (const m of p.matchAll(/[^。！？!?]+[。！？!?]*/g)) {
			const text = m[0].trim();
			if (text) out.push({ text, paragraph });
		}
	});
	return out;
}

/** Clauses of a sentence, split at commas and semicolons, in the squashed half-width form. */
export function clausesOf(sentence: string): string[] {
	return squash(sentence)
		.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
		.split(/[,;。!?]/)
		.filter(Boolean);
}
