// The reference plan (石家庄市2020年政务公开工作要点) against its hand-checked parse.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/lib/server/plans/parse/plan-text';
import { summarisePlan } from '../../../src/lib/server/plans/parse/summary';
import { expectMatchesFixture, loadReferenceExpected, referencePlanPath, requireAssertions, runCli } from './helpers';

requireAssertions();

const text = readFileSync(referencePlanPath, 'utf8');
const expected = loadReferenceExpected();

describe('石家庄市2020年政务公开工作要点', () => {
	const parsed = parsePlanText(text);
	const summary = summarisePlan(parsed);

	it('reads the plan meta from the notice and the plan title', () => {
		expect(parsed.plan).toEqual(expected.plan);
	});

	it('finds all 6 sections and 25 items with the hand-checked titles, units, lists and deadline dates', () => {
		expectMatchesFixture(summary, expected);
	});

	it('counts sections, items, items without units and items with lead units as the fixture does', () => {
		expect(summary.counts).toEqual(expected.counts);
	});

	it('names only the groups the fixture lists, with a description for each', () => {
		expect(Object.keys(summary.groups).sort()).toEqual(Object.keys(expected.groups).sort());
		for (const gloss of Object.values(summary.groups)) expect(gloss.length).toBeGreaterThan(0);
	});

	it('warns once for each of the three section 六 items that name no units, and for nothing else', () => {
		expect(parsed.warnings.map((w) => [w.code, w.where])).toEqual([
			['no_units', '六(一)'],
			['no_units', '六(二)'],
			['no_units', '六(三)']
		]);
		expect(parsed.warnings[0].message).toContain('加强组织领导');
		expect(parsed.warnings[0].message).toMatch(/未列明责任单位/);
	});

	it('keeps the unit note out of the body and the recurring training duty as text', () => {
		const task = parsed.sections[0].items[0];
		expect(task.body).not.toContain('牵头单位');
		expect(task.unit_note).toMatch(/^牵头单位:市政府办公室,市委编办,市行政审批局;责任单位:/);
		expect(parsed.sections[5].items[1].duties.some((d) => d.includes('每年至少组织一次业务培训'))).toBe(true);
	});

	it('does not mistake 年内培育 for a deadline or the addressee line for a unit note', () => {
		const item = parsed.sections[3].items[8];
		expect(item.body).toContain('年内培育15家');
		expect(item.deadlines).toEqual([]);
		const all = parsed.sections.flatMap((s) => s.items.flatMap((i) => [...i.lead_units, ...i.responsible_units]));
		expect(all).not.toContain('各有关单位');
		expect(all).not.toContain('各县(市、区)人民政府');
	});

	it('says what each milestone of 一(三) is about', () => {
		const [first, second] = parsed.sections[0].items[2].deadlines;
		expect(first.what).toContain('完成汇总');
		expect(second.what).toContain('向社会公开');
	});
});

describe('plan-parse CLI', () => {
	it('prints the fixture-shaped JSON for the reference plan, with 1-space indentation', () => {
		const r = runCli(['tests/fixtures/shared/003_93ad0590acba159a.txt']);
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout) as ReturnType<typeof summarisePlan>;
		expect(r.stdout.startsWith('{\n "plan": {\n  "title"')).toBe(true);
		expect(Object.keys(json)).toEqual(['plan', 'groups', 'sections', 'counts', 'warnings']);
		expectMatchesFixture(json, expected);
		expect(json.counts).toEqual(expected.counts);
		expect(Object.keys(json.groups).sort()).toEqual(Object.keys(expected.groups).sort());
		expect(json.warnings.filter((w) => w.code === 'no_units').map((w) => w.where)).toEqual([
			'六(一)',
			'六(二)',
			'六(三)'
		]);
		expect(Object.keys(json.sections[0].items[0])).toEqual([
			'code',
			'title',
			'lead_units',
			'responsible_units',
			'open_list',
			'deadlines'
		]);
	}, 60_000);

	it('exits 1 with a Chinese message and an empty stdout for a missing file', () => {
		const r = runCli(['tests/fixtures/plans/does-not-exist.txt']);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/找不到文件/);
	}, 60_000);

	it('exits 1 with the reader’s Chinese message for an unsupported file', () => {
		const r = runCli(['tests/fixtures/plans/make-fixtures.ts']);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/不支持.*\.ts.*另存为 \.docx 或 \.xlsx/);
	}, 60_000);
});
