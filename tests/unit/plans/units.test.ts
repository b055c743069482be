// Unit lists and notes: splitting, shared prefixes and suffixes, groups, open lists.

import { describe, expect, it } from 'vitest';
import { extractNotes } from '../../../src/lib/server/plans/parse/notes';
import { parseUnitNote, splitUnitList } from '../../../src/lib/server/plans/parse/units';
import { describeGroup } from '../../../src/lib/server/plans/parse/groups';
import { requireAssertions } from './helpers';

requireAssertions();

const units = (s: string) => splitUnitList(s).units;

describe('splitting a unit list', () => {
	it('treats , 、 ， as the same separator', () => {
		expect(units('市发改委,市财政局、市税务局，市商务局')).toEqual(['市发改委', '市财政局', '市税务局', '市商务局']);
	});

	it('keeps brackets inside a name and folds full-width brackets to half-width', () => {
		expect(units('各县(市、区)政府,各县（市、区）政府，各乡（镇）人民政府')).toEqual([
			'各县(市、区)政府',
			'各乡(镇)人民政府'
		]);
	});

	it('trims whitespace, including full-width spaces, around names', () => {
		expect(units('  市司法局 ，\u3000市审计局。')).toEqual(['市司法局', '市审计局']);
	});

	it('ends an open list at 等部门 / 等单位 and drops that text from the name', () => {
		expect(splitUnitList('市科技局、市人社局、市发改委等部门,各县(市、区)政府')).toEqual({
			units: ['市科技局', '市人社局', '市发改委', '各县(市、区)政府'],
			open: true
		});
		expect(splitUnitList('市财政局等有关单位')).toEqual({ units: ['市财政局'], open: true });
		expect(splitUnitList('市财政局,市税务局').open).toBe(false);
	});
});

describe('shared suffixes and prefixes', () => {
	it('gives a run of bare zone names the organ suffix of the item that closes it', () => {
		expect(units('高新区、循环化工园区、综合保税区管委会')).toEqual([
			'高新区管委会',
			'循环化工园区管委会',
			'综合保税区管委会'
		]);
		expect(units('正定县、无极县政府')).toEqual(['正定县政府', '无极县政府']);
		expect(units('长安区、桥西区人民政府')).toEqual(['长安区人民政府', '桥西区人民政府']);
	});

	it('does not lend a group’s suffix, and leaves a bare place alone when nothing follows', () => {
		expect(units('高新区,各县(市、区)政府')).toEqual(['高新区', '各县(市、区)政府']);
		expect(units('市财政局,高新区')).toEqual(['市财政局', '高新区']);
	});

	it('gives a department without a level the level prefix of the one before it', () => {
		expect(units('省工信厅、财政厅、商务厅')).toEqual(['省工信厅', '省财政厅', '省商务厅']);
		expect(units('市住建局、城管执法局')).toEqual(['市住建局', '市城管执法局']);
		expect(units('石家庄市住建局、园林局')).toEqual(['石家庄市住建局', '石家庄市园林局']);
	});

	it('never prefixes a name that carries its own place, or a zone committee', () => {
		expect(units('市住建局、高新区管委会')).toEqual(['市住建局', '高新区管委会']);
		expect(units('市财政局,团市委')).toEqual(['市财政局', '团市委']);
	});

	it('leaves groups as written', () => {
		expect(units('市政府各部门,市政府有关部门,各县(市、区)政府')).toEqual([
			'市政府各部门',
			'市政府有关部门',
			'各县(市、区)政府'
		]);
	});
});

describe('unit notes', () => {
	it('splits lead and responsible parts at the semicolon, half- or full-width', () => {
		expect(parseUnitNote('牵头单位:市政府办公室,市司法局;责任单位:市政府各部门')).toEqual({
			lead: ['市政府办公室', '市司法局'],
			responsible: ['市政府各部门'],
			open: false
		});
		expect(parseUnitNote('牵头单位：县财政局；责任单位：县政府各部门，各乡（镇）人民政府')).toEqual({
			lead: ['县财政局'],
			responsible: ['县政府各部门', '各乡(镇)人民政府'],
			open: false
		});
	});

	it('counts 配合单位 as responsible', () => {
		expect(parseUnitNote('牵头单位：省住建厅；配合单位：省自然资源厅')).toEqual({
			lead: ['省住建厅'],
			responsible: ['省自然资源厅'],
			open: false
		});
	});

	it('finds a bracketed note at the end of a paragraph and leaves other brackets in the text', () => {
		const scan = extractNotes(
			'落实要求(冀政办字〔2020〕22号),12月底前公开。(牵头单位:市政府办公室;责任单位:各县(市、区)政府)'
		);
		expect(scan.text).toBe('落实要求(冀政办字〔2020〕22号),12月底前公开。');
		expect(scan.notes).toEqual(['牵头单位:市政府办公室;责任单位:各县(市、区)政府']);
		expect(scan.unclosed).toBe(false);
	});

	it('finds a note written as its own paragraph, without brackets', () => {
		expect(extractNotes('责任单位：省工信厅、财政厅。')).toEqual({
			text: '',
			notes: ['责任单位：省工信厅、财政厅'],
			unclosed: false
		});
	});

	it('does not take the addressee line of a notice for a note', () => {
		expect(
			extractNotes('各县(市、区)人民政府,高新区、循环化工园区、综合保税区管委会,市政府各部门,各有关单位:').notes
		).toEqual([]);
	});

	it('reports a note bracket that never closes and reads it to the end of the paragraph', () => {
		const scan = extractNotes('做好公开。(责任单位:市财政局,各县(市、区)政府');
		expect(scan.unclosed).toBe(true);
		expect(scan.notes).toEqual(['责任单位:市财政局,各县(市、区)政府']);
	});
});

describe('group descriptions', () => {
	it('describes the reference plan’s groups and no single unit', () => {
		expect(describeGroup('市政府各部门')).toMatch(/municipal departments/);
		expect(describeGroup('市政府有关部门')).toMatch(/relevant/);
		expect(describeGroup('各县(市、区)政府')).toMatch(/county-level/);
		expect(describeGroup('市司法局')).toBeNull();
		expect(describeGroup('高新区管委会')).toBeNull();
	});
});
