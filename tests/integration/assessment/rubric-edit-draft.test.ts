// The editor's form without JavaScript: the posted draft with every field put back by its path, and
// the buttons' operations on it. Pure, but it is what the rubric editor's actions run on.
import { describe, expect, it } from 'vitest';
import { field, marker, readDraft, renderable } from '../../../src/lib/components/rubric/draft';
import { applyOp } from '../../../src/lib/components/rubric/ops';
import { rubricProblems, SHIPPED_RUBRICS, type Indicator, type Rubric } from '../../../src/lib/server/scoring';

const posted = (draft: unknown, fields: [string, string][]) => {
	const f = new FormData();
	f.set('draft', JSON.stringify(draft));
	for (const [k, v] of fields) f.append(k, v);
	return f;
};
const base = () => structuredClone(SHIPPED_RUBRICS['shijiazhuang-2020']) as Rubric;

describe('reading the posted draft', () => {
	it('puts typed numbers, texts, percents and lists back at their paths', () => {
		expect.hasAssertions();
		const d = readDraft(
			posted(base(), [
				[field('n', 'tables.0.indicators.0.max'), '45'],
				[field('S', 'tables.0.indicators.0.name'), ' 过程督查 '],
				[field('p', 'outcome.bands.0.quota'), '25'],
				[field('l', 'tables.0.indicators.0.children.0.rules.0.scope.tasks'), '一(一)、二(三)'],
				[field('s', 'tables.0.indicators.0.note'), '']
			])
		) as Rubric;
		const process = d.tables[0].indicators[0];
		expect(process.max).toBe(45);
		expect(process.name).toBe('过程督查');
		expect(process.note).toBeUndefined(); // an emptied optional text leaves the rubric
		expect(d.outcome.bands[0].quota).toBe(0.25); // 25% typed
		expect((process.children![0].rules![0] as { scope?: unknown }).scope).toEqual({ tasks: ['一(一)', '二(三)'] });
		// 45 ≠ 40 + … : the validator names the indicator by its new name.
		expect(
			rubricProblems(d).some((m) => m.startsWith('指标「过程督查」：下级指标分值合计 40 分，少于本项 45 分'))
		).toBe(true);
	});

	it('keeps what is not a number as typed (for the validator to name), and clears unticked checkboxes', () => {
		expect.hasAssertions();
		const start = base();
		start.tables[0].indicators[0].children![1].overflow = true;
		const d = readDraft(
			posted(start, [
				[field('n', 'tables.0.indicators.1.max'), '六十'],
				[marker('L', 'classes.0.kinds'), ''],
				[field('L', 'classes.0.kinds'), 'county'],
				[marker('L', 'classes.1.kinds'), ''],
				[marker('b', 'tables.0.indicators.0.children.1.overflow'), ''],
				[marker('b', 'tables.0.indicators.0.children.2.overflow'), ''],
				[field('b', 'tables.0.indicators.0.children.2.overflow'), 'on']
			])
		) as Rubric;
		expect(d.tables[0].indicators[1].max).toBe('六十');
		expect(d.classes[0].kinds).toEqual(['county']);
		expect(d.classes[1].kinds).toBeUndefined();
		expect(d.tables[0].indicators[0].children![1].overflow).toBeUndefined();
		expect(d.tables[0].indicators[0].children![2].overflow).toBe(true);
		expect(rubricProblems(d)).toContain('指标「结果考评」：分值（max）应为正数');
	});

	it('ignores paths that could reach an object’s prototype, and refuses JSON that is not an object', () => {
		expect.hasAssertions();
		const d = readDraft(posted({ name: 'x' }, [[field('S', '__proto__.polluted'), 'yes']])) as Record<string, unknown>;
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(d).toEqual({ name: 'x' });
		const bad = new FormData();
		bad.set('draft', '{"name":');
		expect(readDraft(bad)).toBeNull();
		expect(renderable({ tables: 'no' })).toBe(false);
		expect(renderable(base())).toBe(true);
	});
});

describe('the editor’s buttons', () => {
	const tree = (r: Rubric) => r.tables[0].indicators;
	it('adds a child to a leaf by moving its rules down, so the tree stays valid', () => {
		expect.hasAssertions();
		const r = base();
		const leaf = tree(r)[0].children![0];
		const rules = leaf.rules;
		expect(applyOp(r, 'child:tables.0.indicators.0.children.0')).toBe('tables.0.indicators.0.children.0.children.0');
		expect(leaf.rules).toBeUndefined();
		expect(leaf.children).toEqual([{ id: `${leaf.id}.1`, name: '新指标', max: leaf.max, rules }]);
		expect(rubricProblems(r)).toEqual([]);
	});

	it('moves, removes and adds indicators and rules; removing the last child makes the parent a leaf again', () => {
		expect.hasAssertions();
		const r = base();
		const names = () => tree(r)[0].children!.map((c: Indicator) => c.name);
		const before = names();
		applyOp(r, 'down:tables.0.indicators.0.children.0');
		expect(names()).toEqual([before[1], before[0], ...before.slice(2)]);
		applyOp(r, 'up:tables.0.indicators.0.children.1');
		expect(names()).toEqual(before);
		applyOp(r, 'remove:tables.0.indicators.0.children.3');
		expect(names()).toEqual(before.slice(0, 3));
		applyOp(r, 'rule:tables.0.indicators.0.children.0', 'plan-overdue');
		expect(tree(r)[0].children![0].rules!.at(-1)).toEqual({ kind: 'plan-overdue', points: 2 });
		applyOp(r, 'rule:tables.0.indicators.0.children.0', 'no-such-kind');
		expect(tree(r)[0].children![0].rules).toHaveLength(2);

		const one: Indicator = { id: 'a', name: '甲', max: 5, children: [{ id: 'a.1', name: '乙', max: 5, rules: [] }] };
		const holder = { tables: [{ indicators: [one] }] };
		applyOp(holder, 'remove:tables.0.indicators.0.children.0');
		expect(one).toEqual({ id: 'a', name: '甲', max: 5 });
	});

	it('gives new indicators and items ids not yet used in the table', () => {
		expect.hasAssertions();
		const r = base();
		applyOp(r, 'add:tables.0.indicators:indicator');
		applyOp(r, 'add:tables.0.indicators:indicator');
		expect(
			tree(r)
				.slice(-2)
				.map((i) => i.id)
		).toEqual(['ind1', 'ind2']);
		applyOp(r, 'add:tables.0.vetoes:veto');
		applyOp(r, 'set:tables.0.deductions:deductions');
		expect(r.tables[0].vetoes!.at(-1)).toEqual({ id: 'veto1', name: '新否决项', effect: 'fail' });
		expect(r.tables[0].deductions).toEqual({
			cap: 5,
			items: [{ id: 'deduction1', name: '扣分', points: 1, per: 'event' }]
		});
		// New indicators are worth 1 point each: the table's sum says so, and the validator accepts the rest.
		expect(rubricProblems(r)).toEqual([]);
	});
});
