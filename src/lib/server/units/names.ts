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

/** An index of every name the registry knows, built once per import or CLI run. */
export class UnitMatcher {
	private readonly units = new Map<string, { unitId: number; via: 'name' | 'short' | 'alias' }>();
	private readonly groups = new Map<string, number>();
	/** City prefix (石家庄市) for "市司法局" ↔ "石家庄市司法局" fallbacks. */
	constructor(
		units: readonly RegistryUnit[],
		groups: readonly RegistryGroup[],
		private readonly cityPrefix = ''
	) {
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

	/** 司法局 → 市司法局; 石家庄市司法局 → 市司法局; 市人民政府X → 市政府X. */
	private *variants(name: string): Generator<string> {
		if (this.cityPrefix && name.startsWith(this.cityPrefix)) yield '市' + name.slice(this.cityPrefix.length);
		if (!name.startsWith('市') && !name.startsWith('各')) yield '市' + name;
		if (name.includes('人民政府')) yield name.replace('人民政府', '政府');
	}
}
