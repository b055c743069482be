// Mutations of a plan text for property tests: cuts, duplicated spans, punctuation swaps between
// half- and full-width, inserted junk (brackets, numbering, unit-note keywords) and truncation.
import fc from 'fast-check';

export const SWAPS: Record<string, string> = {
	'(': '（',
	'（': '(',
	')': '）',
	'）': ')',
	':': '：',
	'：': ':',
	',': '，',
	'，': ',',
	';': '；',
	'；': ';',
	'。': '.',
	'、': ','
};
export const JUNK = [
	'(',
	')',
	'（',
	'）',
	'〔',
	'〕',
	'《',
	'》',
	'“',
	'”',
	'一、',
	'(一)',
	'（十二）',
	'1.',
	'2、',
	'3．',
	'\n',
	'\r\n',
	'\u3000',
	'牵头单位:',
	'责任单位：',
	'配合单位:',
	'等部门',
	'、',
	',',
	'；',
	'。',
	'2月30日前',
	'9月底前',
	'上半年',
	'第三季度',
	'每季度',
	'2021年',
	'管委会',
	'市',
	'区',
	'x',
	'\ufeff',
	'\t'
];

export type Op =
	| { kind: 'cut'; at: number; len: number }
	| { kind: 'dup'; from: number; len: number; to: number }
	| { kind: 'swap'; at: number; len: number }
	| { kind: 'junk'; at: number; pieces: string[] }
	| { kind: 'truncate'; at: number };

export const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
	fc.record({ kind: fc.constant('dup' as const), from: fc.nat(), len: fc.nat({ max: 600 }), to: fc.nat() }),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), len: fc.nat({ max: 3000 }) }),
	fc.record({
		kind: fc.constant('junk' as const),
		at: fc.nat(),
		pieces: fc.array(fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 8 })), { maxLength: 30 })
	}),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() })
);

export function apply(text: string, o: Op): string {
	const n = Math.max(1, text.length);
	switch (o.kind) {
		case 'cut': {
			const at = o.at % n;
			return text.slice(0, at) + text.slice(at + o.len);
		}
		case 'dup': {
			const from = o.from % n;
			const to = o.to % n;
			return text.slice(0, to) + text.slice(from, from + o.len) + text.slice(to);
		}
		case 'swap': {
			const at = o.at % n;
			const span = [...text.slice(at, at + o.len)].map((c) => SWAPS[c] ?? c).join('');
			return text.slice(0, at) + span + text.slice(at + o.len);
		}
		case 'junk': {
			const at = o.at % n;
			return text.slice(0, at) + o.pieces.join('') + text.slice(at);
		}
		case 'truncate':
			return text.slice(0, o.at % n);
	}
}
