import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as units from '../../../src/lib/server/units/registry';
import * as merge from '../../../src/lib/server/units/merge';
import { assignment, auditLog, unit, unitAlias } from '../../../src/lib/server/db/schema';
import { SHIJIAZHUANG_UNITS } from '../../../src/lib/server/demo/shijiazhuang-units';
import { domainError } from '../../helpers/errors';
import { makeUser, testDb, unitIdByShortName } from '../../helpers/db';

describe('unit registry', () => {
	it('seeds the whole Shijiazhuang registry: 22 county-level units and 3 zone committees', () => {
		const db = testDb();
		const all = units.listUnits(db);
		expect(all).toHaveLength(SHIJIAZHUANG_UNITS.length);
		expect(all.filter((u) => u.kind === 'county')).toHaveLength(22);
		expect(all.filter((u) => u.kind === 'zone').map((u) => u.shortName)).toEqual([
			'高新区管委会',
			'循环化工园区管委会',
			'综合保税区管委会'
		]);
		const groups = units.listGroups(db);
		const departments = groups.find((g) => g.name === '市政府各部门');
		expect(departments && units.groupMembers(db, departments).every((u) => u.kind === 'department')).toBe(true);
	});

	it('refuses a duplicate full name with a clear message on the field', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const err = domainError(() =>
			units.createUnit(db, admin, {
				name: '石家庄市司法局',
				shortName: '司法局二',
				kind: 'department',
				sortOrder: 0,
				aliases: []
			})
		);
		expect(err.code).toBe('conflict');
		expect(err.message).toBe('名称“石家庄市司法局”已被“石家庄市司法局”使用');
		expect(err.fields.name).toBeDefined();
		expect(db.select().from(unit).where(eq(unit.shortName, '司法局二')).all()).toHaveLength(0);
	});

	it('refuses a short name or alias that another unit or a group already uses', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const alias = domainError(() =>
			units.createUnit(db, admin, {
				name: '石家庄市新部门',
				shortName: '市新部门',
				kind: 'department',
				sortOrder: 0,
				aliases: ['市委编办']
			})
		);
		expect(alias.fields.aliases).toContain('市委编办');
		const group = domainError(() =>
			units.createUnit(db, admin, {
				name: '市政府各部门',
				shortName: '各部门x',
				kind: 'department',
				sortOrder: 0,
				aliases: []
			})
		);
		expect(group.message).toContain('单位组');
		// Full-width brackets and spaces do not make a different name.
		const spaced = domainError(() =>
			units.createUnit(db, admin, {
				name: ' 正定县人民政府 ',
				shortName: '正定 县政府',
				kind: 'county',
				sortOrder: 0,
				aliases: []
			})
		);
		expect(spaced.code).toBe('conflict');
	});

	it('writes exactly one audit row per change, and none when the change fails', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const before = db.select().from(auditLog).all().length;
		const id = units.createUnit(db, admin, {
			name: '石家庄市测试局',
			shortName: '市测试局',
			kind: 'department',
			sortOrder: 5,
			aliases: ['测试局']
		});
		expect(db.select().from(auditLog).all().length).toBe(before + 1);
		domainError(() =>
			units.updateUnit(db, admin, id, {
				name: '石家庄市司法局',
				shortName: '市测试局',
				kind: 'department',
				sortOrder: 5,
				aliases: []
			})
		);
		expect(db.select().from(auditLog).all().length).toBe(before + 1);
		expect(units.getUnit(db, id)?.aliases).toEqual(['测试局']);
	});

	it('merges a duplicate unit: its names become aliases and its assignments move', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const dup = units.createUnit(db, admin, {
			name: '石家庄市司法局（重复）',
			shortName: '司法局',
			kind: 'department',
			sortOrder: 0,
			aliases: []
		});
		const target = unitIdByShortName(db, '市司法局');
		merge.mergeUnit(db, admin, dup, target);
		expect(db.select().from(unit).where(eq(unit.id, dup)).all()).toHaveLength(0);
		const aliases = db
			.select()
			.from(unitAlias)
			.where(eq(unitAlias.unitId, target))
			.all()
			.map((a) => a.alias);
		expect(aliases).toEqual(expect.arrayContaining(['司法局', '石家庄市司法局(重复)']));
		expect(db.select().from(assignment).where(eq(assignment.unitId, dup)).all()).toHaveLength(0);
	});
});
