// Day arithmetic without Date objects: scoring reads hundreds of thousands of timestamps, and
// Date.parse / Intl per timestamp would spend the whole time budget. A day is an integer (days since
// 1970-01-01); a timestamp's day is its Shanghai calendar date (UTC+8, no daylight saving since 1991).

const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function civilToDays(y: number, m: number, d: number): number {
	y -= m <= 2 ? 1 : 0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

// Day number of the first of each month 1970–2099, so that reading a date is a lookup (scoring reads
// 400,000 of them); other years are computed.
const TABLE_FROM = 1970;
const TABLE_TO = 2100;
const MONTH_START = new Int32Array((TABLE_TO - TABLE_FROM) * 12);
for (let i = 0; i < MONTH_START.length; i++)
	MONTH_START[i] = civilToDays(TABLE_FROM + Math.floor(i / 12), (i % 12) + 1, 1);

/** civilToDays for a valid date. */
function daysOf(y: number, m: number, d: number): number {
	return y >= TABLE_FROM && y < TABLE_TO ? MONTH_START[(y - TABLE_FROM) * 12 + m - 1] + d - 1 : civilToDays(y, m, d);
}

/** Two decimal digits at i, or NaN. */
const two = (s: string, i: number) => {
	const a = s.charCodeAt(i) - 48;
	const b = s.charCodeAt(i + 1) - 48;
	return a >>> 0 > 9 || b >>> 0 > 9 ? NaN : a * 10 + b;
};

const digit = (s: string, i: number) => {
	const c = s.charCodeAt(i) - 48;
	return c >= 0 && c <= 9 ? c : NaN;
};
const num = (s: string, from: number, len: number) => {
	let n = 0;
	for (let i = from; i < from + len; i++) n = n * 10 + digit(s, i);
	return n;
};
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) =>
	m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m];

/** Day number of 'YYYY-MM-DD', or NaN when it is not a real date. */
export function dayOf(date: string): number {
	if (typeof date !== 'string' || date.length !== 10) return NaN;
	return dayAt(date, 0);
}

/** The day of a 'YYYY-MM-DD' starting at `at` inside `s` (no slicing: timestamps are read in place). */
function dayAt(date: string, at: number): number {
	if (date.charCodeAt(at + 4) !== 45 || date.charCodeAt(at + 7) !== 45) return NaN;
	const y = two(date, at) * 100 + two(date, at + 2);
	const m = two(date, at + 5);
	const d = two(date, at + 8);
	if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
	return daysOf(y, m, d);
}

/** 'YYYY-MM-DD' of a day number (civil_from_days: a Date and toISOString per line cost a tenth of a score). */
export function dateOf(day: number): string {
	const index = monthIndexOf(day);
	const y = Math.floor(index / 12);
	const m = (index % 12) + 1;
	const d = day - civilToDays(y, m, 1) + 1;
	if (y < 0 || y > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
	return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Epoch milliseconds of an ISO 8601 timestamp with an offset: YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM).
 * NaN for anything else (a timestamp without an offset is ambiguous).
 */
export function instantOf(ts: string): number {
	if (typeof ts === 'string' && ts.length === 25) {
		const t = fullInstantOf(ts);
		if (t === t) return t;
	}
	return anyInstantOf(ts);
}

/**
 * The usual shape, 'YYYY-MM-DDTHH:MM:SS±HH:MM' in a year the month table covers, read in place in
 * one function: with a call per field it took twice as long (400,000 timestamps per province score).
 * NaN sends anything else to the general reader.
 */
function fullInstantOf(ts: string): number {
	const y0 = ts.charCodeAt(0) - 48;
	const y1 = ts.charCodeAt(1) - 48;
	const y2 = ts.charCodeAt(2) - 48;
	const y3 = ts.charCodeAt(3) - 48;
	const mo0 = ts.charCodeAt(5) - 48;
	const mo1 = ts.charCodeAt(6) - 48;
	const d0 = ts.charCodeAt(8) - 48;
	const d1 = ts.charCodeAt(9) - 48;
	const h0 = ts.charCodeAt(11) - 48;
	const h1 = ts.charCodeAt(12) - 48;
	const mi0 = ts.charCodeAt(14) - 48;
	const mi1 = ts.charCodeAt(15) - 48;
	const s0 = ts.charCodeAt(17) - 48;
	const s1 = ts.charCodeAt(18) - 48;
	const oh0 = ts.charCodeAt(20) - 48;
	const oh1 = ts.charCodeAt(21) - 48;
	const om0 = ts.charCodeAt(23) - 48;
	const om1 = ts.charCodeAt(24) - 48;
	const sign = ts.charCodeAt(19);
	// Every field a digit (one below '0' makes the OR negative) and every separator in place.
	if (
		(y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | oh0 | oh1 | om0 | om1) < 0 ||
		Math.max(y0, y1, y2, y3, mo0, mo1, d0, d1, h0, h1, mi0, mi1, s0, s1, oh0, oh1, om0, om1) > 9 ||
		ts.charCodeAt(4) !== 45 ||
		ts.charCodeAt(7) !== 45 ||
		ts.charCodeAt(10) !== 84 ||
		ts.charCodeAt(13) !== 58 ||
		ts.charCodeAt(16) !== 58 ||
		ts.charCodeAt(22) !== 58 ||
		(sign !== 43 && sign !== 45)
	)
		return NaN;
	const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
	const m = mo0 * 10 + mo1;
	const d = d0 * 10 + d1;
	const hh = h0 * 10 + h1;
	const mm = mi0 * 10 + mi1;
	const ss = s0 * 10 + s1;
	const oh = oh0 * 10 + oh1;
	const om = om0 * 10 + om1;
	if (y < TABLE_FROM || y >= TABLE_TO || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
	if (hh > 23 || mm > 59 || ss > 59 || oh > 23 || om > 59) return NaN;
	const offset = (oh * 60 + om) * 60;
	return (daysOf(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss - (sign === 43 ? offset : -offset)) * 1000;
}

function anyInstantOf(ts: string): number {
	if (typeof ts !== 'string' || ts.length < 17 || ts.charCodeAt(10) !== 84 || ts.charCodeAt(13) !== 58) return NaN;
	const day = dayAt(ts, 0);
	const hh = num(ts, 11, 2);
	const mm = num(ts, 14, 2);
	let i = 16;
	let ss = 0;
	let ms = 0;
	if (ts.charCodeAt(i) === 58) {
		ss = num(ts, i + 1, 2);
		i += 3;
		if (ts.charCodeAt(i) === 46) {
			// Fraction of a second: milliseconds from the first three digits, the rest only checked.
			let j = i + 1;
			let scale = 100;
			while (j < ts.length && digit(ts, j) >= 0) {
				ms += digit(ts, j) * scale;
				scale /= 10;
				j++;
			}
			if (j === i + 1) return NaN;
			ms = Math.floor(ms);
			i = j;
		}
	}
	let offset: number;
	const sign = ts.charCodeAt(i);
	if (sign === 90 && i === ts.length - 1) offset = 0;
	else if ((sign === 43 || sign === 45) && ts.length === i + 6 && ts.charCodeAt(i + 3) === 58) {
		const oh = num(ts, i + 1, 2);
		const om = num(ts, i + 4, 2);
		if (!(oh <= 23 && om <= 59)) return NaN;
		offset = (sign === 43 ? 1 : -1) * (oh * 60 + om) * 60_000;
	} else return NaN;
	if (!(hh <= 23 && mm <= 59 && ss <= 59)) return NaN;
	return day * MS_PER_DAY + ((hh * 60 + mm) * 60 + ss) * 1000 + ms - offset;
}

/** The Shanghai calendar day of an instant. */
export function shanghaiDayOf(ms: number): number {
	return Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}

/** Year × 12 + month − 1 of a day number (civil_from_days, without a Date), for counting months. */
export function monthIndexOf(day: number): number {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return y * 12 + m - 1;
}

export function monthLabel(index: number): string {
	return `${Math.floor(index / 12)}年${(index % 12) + 1}月`;
}

/** First and last day of a month index. */
export function monthBounds(index: number): { first: number; last: number } {
	const y = Math.floor(index / 12);
	const m = (index % 12) + 1;
	const first = civilToDays(y, m, 1);
	return { first, last: first + daysInMonth(y, m) - 1 };
}
