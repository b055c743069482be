// Chinese numerals as plans write them in headings (一 … 九十九) and dates (二〇二〇).

const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; also arabic digits. null when not a numeral. */
export function chineseToNumber(s: string): number | null {
	if (/^\d+$/.test(s)) return Number(s);
	if (s === '' || s.length > 6) return null;
	let total = 0;
	let current = 0;
	let seenUnit = false;
	for (const ch of s) {
		if (ch in DIGITS) {
			current = DIGITS[ch];
		} else if (ch === '十') {
			total += (current || 1) * 10;
			current = 0;
			seenUnit = true;
		} else if (ch === '百') {
			total += (current || 1) * 100;
			current = 0;
			seenUnit = true;
		} else {
			return null;
		}
	}
	const n = total + current;
	// "二〇二〇" style (digit by digit) is a year, not a numeral; callers use yearFromDigits.
	if (!seenUnit && s.length > 1) return null;
	return n;
}

/** 二〇二〇 → 2020 (digit-by-digit years in signatures). */
export function digitsToNumber(s: string): number | null {
	let n = 0;
	for (const ch of s) {
		if (ch >= '0' && ch <= '9') n = n * 10 + (ch.charCodeAt(0) - 48);
		else if (ch in DIGITS) n = n * 10 + DIGITS[ch];
		else return null;
	}
	return s === '' ? null : n;
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 23 → 二十三 (up to 99; larger numbers come back as arabic). */
export function numberToChinese(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
	if (n < 10) return SMALL[n];
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return (tens === 1 ? '' : SMALL[tens]) + '十' + (ones ? SMALL[ones] : '');
}
