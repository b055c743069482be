// Reading board filters from a URL: plan (default: the newest), section, unit kind.
import { UNIT_KINDS, type UnitKind } from '../db/schema';

export interface BoardQuery {
	planId: number | null;
	sectionId?: number;
	kind?: UnitKind;
}

export function boardQuery(url: URL): BoardQuery {
	const p = url.searchParams;
	const num = (k: string) => {
		const v = Number(p.get(k));
		return Number.isSafeInteger(v) && v > 0 ? v : undefined;
	};
	const kind = p.get('kind') ?? '';
	return {
		planId: num('plan') ?? null,
		sectionId: num('section'),
		kind: (UNIT_KINDS as readonly string[]).includes(kind) ? (kind as UnitKind) : undefined
	};
}

/** The same filters as a query string (for links between board pages and exports). */
export function boardSearch(
	q: { planId: number; sectionId?: number; kind?: string },
	extra: Record<string, string | number> = {}
): string {
	const s = new URLSearchParams({ plan: String(q.planId) });
	if (q.sectionId) s.set('section', String(q.sectionId));
	if (q.kind) s.set('kind', q.kind);
	for (const [k, v] of Object.entries(extra)) s.set(k, String(v));
	return `?${s}`;
}
