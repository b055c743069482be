// Formatting for display: dates in Shanghai time, percentages.
const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hour12: false
});

/** 2026-11-23 18:05 */
export function formatDateTime(ms: number | null | undefined): string {
	if (ms === null || ms === undefined) return '';
	const parts = Object.fromEntries(DATE_TIME.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** 'YYYY-MM-DD' → 2020年9月30日 */
export function formatDateCn(iso: string | null | undefined): string {
	if (!iso) return '';
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso;
	return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

export function formatPercent(ratio: number, digits = 0): string {
	if (!Number.isFinite(ratio)) return '—';
	return `${(ratio * 100).toFixed(digits)}%`;
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
