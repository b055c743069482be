// Unit-name normalisation and matching: pure, so the importer, CLI and tests share one rule.

/** NFKC folds full-width brackets and letters (（市、区）→ (市、区)); spaces never matter in a name. */
export function normaliseUnitName(name: string): string {
	return name
		.normalize('NFKC')
		.replace(/[\s\u3000]+/g, '')
		.replace(/[“”"'‘’]/g, '');
}

export interface RegistryUnit {
	id: number;
	name: string;
	shortName: string;
	kind: string;
	active: boolean;
	aliases: string[];
}

export interface RegistryGroup {
	id: number;
	name: string;
	aliases: string[];
	expandsToKind: string | null;
}

export type UnitMatch =
	| { kind: 'unit'; unitId: number; via: 'name' | 'short' | 'alias' | 'prefix' }
	| { kind: 'group'; groupId: number }
	| { kind: 'unknown' };

/** How the body's own units are named: 石家庄市司法局 in full, 市司法局 short (see body/index.ts). */
export interface NamingBody {
	/** The place full names start with: 石家庄市, 长安区, 河北省. */
	name: string;
	/** Short prefixes: 市, 区, 省 (several for a county-level body: 区, 县). */
	prefixes: readonly string[];
}

/** An index of every name the registry knows, built once per import or CLI run. */
export class UnitMatcher {
	private readonly units = new Map<string, { unitId: number; via: 'name' | 'short' | 'alias' }>();
	private readonly groups = new Map<string, number>();
	private readonly body: NamingBody;

	constructor(
		units: readonly RegistryUnit[],
		groups: readonly RegistryGroup[],
		body: NamingBody = { name: '', prefixes: [] }
	) {
		this.body = { name: normaliseUnitName(body.name), prefixes: body.prefixes.map(normaliseUnitName).filter(Boolean) };
		for (const u of units) {
			if (!u.active) continue;
			this.units.set(normaliseUnitName(u.name), { unitId: u.id, via: 'name' });
			this.units.set(normaliseUnitName(u.shortName), { unitId: u.id, via: 'short' });
			for (const a of u.aliases) this.units.set(normaliseUnitName(a), { unitId: u.id, via: 'alias' });
		}
		for (const g of groups) {
			this.groups.set(normaliseUnitName(g.name), g.id);
			for (const a of g.aliases) this.groups.set(normaliseUnitName(a), g.id);
		}
	}

	match(raw: string): UnitMatch {
		const name = normaliseUnitName(raw);
		const group = this.groups.get(name);
		if (group !== undefined) return { kind: 'group', groupId: group };
		const exact = this.units.get(name);
		if (exact) return { kind: 'unit', ...exact };
		for (const candidate of this.variants(name)) {
			const hit = this.units.get(candidate);
			if (hit) return { kind: 'unit', unitId: hit.unitId, via: 'prefix' };
		}
		return { kind: 'unknown' };
	}

	/**
	 * Other spellings of a name the registry may hold: 石家庄市司法局 → 市司法局 (place → short prefix);
	 * 司法局 → 市司法局, 财政厅 → 省财政厅 (a bare department, as a list writes it after 省…);
	 * 市人民政府X → 市政府X.
	 */
	private *variants(name: string): Generator<string> {
		const { name: place, prefixes } = this.body;
		if (place && name.startsWith(place) && name.length > place.length)
			for (const p of prefixes) yield p + name.slice(place.length);
		if (!name.startsWith('各') && !prefixes.some((p) => name.startsWith(p))) for (const p of prefixes) yield p + name;
		if (name.includes('人民政府')) yield name.replace('人民政府', '政府');
	}
}
