// How many rows of original and successor units the reform form shows: enough for what was typed
// and one empty row more (a preview adds rows without JavaScript), within what the domain accepts.
export const REFORM_ROWS = { min: 3, max: 50 } as const;

export function rowCount(values: Record<string, string>, prefixes: string[]): number {
	let last = -1;
	for (const [k, v] of Object.entries(values)) {
		const m = /^([a-zA-Z]+?)(\d+)$/.exec(k);
		if (m && prefixes.includes(m[1]) && v.trim()) last = Math.max(last, Number(m[2]));
	}
	return Math.min(REFORM_ROWS.max, Math.max(REFORM_ROWS.min, last + 2));
}
