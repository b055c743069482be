// Grouping a unit's breakdown lines for the page: under the indicator they belong to, and the rest
// (加分, 扣分 items, vetoes) in their own list.
interface Line {
	indicator: string;
}
interface Node {
	id: string;
	children?: Node[];
}

export function linesByIndicator<L extends Line>(lines: readonly L[]): Map<string, L[]> {
	const m = new Map<string, L[]>();
	for (const l of lines) m.set(l.indicator, [...(m.get(l.indicator) ?? []), l]);
	return m;
}

export function linesOutsideTree<L extends Line>(tree: readonly Node[], lines: readonly L[]): L[] {
	const ids = new Set<string>();
	const walk = (ns: readonly Node[]) => ns.forEach((n) => (ids.add(n.id), walk(n.children ?? [])));
	walk(tree);
	return lines.filter((l) => !ids.has(l.indicator));
}
