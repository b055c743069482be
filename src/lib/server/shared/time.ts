// Calendar dates are Shanghai dates whatever the server's zone: a 9月30日 deadline ends at
// midnight in Shijiazhuang, not in UTC.
const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** 'YYYY-MM-DD' of an instant in Asia/Shanghai. */
export function shanghaiDate(at: Date | number = Date.now()): string {
	return SHANGHAI.format(typeof at === 'number' ? new Date(at) : at);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function lastDayOfMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** YYYY-MM-DD, or null when the date does not exist (or lies outside 1900–2200). */
export function isoDate(year: number, month: number, day: number): string | null {
	if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
	if (!Number.isInteger(month) || month < 1 || month > 12) return null;
	if (!Number.isInteger(day) || day < 1 || day > lastDayOfMonth(year, month)) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The one check of a 'YYYY-MM-DD' date: the form, and a day that exists. */
export function isIsoDate(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/** Milliseconds from `now` to the next midnight in Asia/Shanghai (UTC+8 all year: no daylight saving). */
export function msUntilShanghaiMidnight(now = Date.now()): number {
	const DAY = 86_400_000;
	const shanghai = now + 8 * 3_600_000;
	return DAY - (shanghai % DAY);
}

/**
 * SQLite's date() modifier from UTC to Shanghai time, for grouping stored timestamps by Shanghai day:
 * date(ms / 1000, 'unixepoch', SHANGHAI_SQL_OFFSET). Asia/Shanghai has had no daylight saving since 1991.
 */
export const SHANGHAI_SQL_OFFSET = '+8 hours';
