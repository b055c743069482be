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

export function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Milliseconds from `now` to the next midnight in Asia/Shanghai (UTC+8 all year: no daylight saving). */
export function msUntilShanghaiMidnight(now = Date.now()): number {
	const DAY = 86_400_000;
	const shanghai = now + 8 * 3_600_000;
	return DAY - (shanghai % DAY);
}
