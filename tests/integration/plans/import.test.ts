import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DB } from '../../../src/lib/server/db/client';
import {
	assignment,
	auditLog,
	milestone,
	plan,
	progressReport,
	section,
	task,
	unit,
	unitAlias
} from '../../../src/lib/server/db/schema';
import * as importer from '../../../src/lib/server/plans/import';
import { listGroups, groupMembers } from '../../../src/lib/server/units/registry';
import { domainError } from '../../helpers/errors';
import { makeUser, testDb, unitIdByShortName } from '../../helpers/db';
import { draftFrom, referenceFixture, referenceText } from '../../helpers/plans';

const counts = (db: DB) => ({
	plans: db.select().from(plan).all().length,
	sections: db.select().from(section).all().length,
	tasks: db.select().from(task).all().length,
	milestones: db.select().from(milestone).all().length,
	assignments: db.select().from(assignment).all().length,
	units: db.select().from(unit).all().length
});

/** What the fixture implies per task: units named directly plus group members, lead first. */
function expectedAssignments(db: DB, picks: Record<string, number[]>): number {
	const groups = listGroups(db);
	const members = (name: string) => {
		const g = groups.find((x) => x.name === name || x.aliases.includes(name));
		return g ? groupMembers(db, g).map((u) => u.id) : null;
	};
	let total = 0;
	referenceFixture().sections.forEach((s, si) =>
		s.items.forEach((item, ti) => {
			const ids = new Set<number>();
			for (const name of [...item.lead_units, ...item.responsible_units]) {
				const m = members(name);
				if (m && m.length) m.forEach((id) => ids.add(id));
				else if (name === '市政府有关部门') (picks[`${si}.${ti}`] ?? []).forEach((id) => ids.add(id));
				else ids.add(unitIdByShortName(db, name));
			}
			total += ids.size;
		})
	);
	return total;
}

describe('importing the reference plan', () => {
	it('writes 6 sections, 25 tasks, the milestones and one assignment per task per unit', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const { draftId, preview, decisions } = draftFrom(db, admin, referenceText());
		expect(preview.unknown).toEqual([]);
		const result = importer.confirmImport(db, admin, draftId, decisions);
		const c = counts(db);
		expect(c.sections).toBe(6);
		expect(c.tasks).toBe(25);
		const fixtureMilestones = referenceFixture().sections.flatMap((s) => s.items.flatMap((i) => i.deadlines));
		expect(c.milestones).toBe(fixtureMilestones.length);
		expect(c.assignments).toBe(expectedAssignments(db, decisions.picks));
		expect(result.created.assignments).toBe(c.assignments);
		// A lead unit that is also a 市政府部门 gets one assignment, as lead.
		const t1 = db.select().from(task).where(eq(task.code, '(一)')).get()!;
		const review = db
			.select()
			.from(assignment)
			.where(eq(assignment.unitId, unitIdByShortName(db, '市行政审批局')))
			.all()
			.filter((a) => a.taskId === t1.id);
		expect(review).toHaveLength(1);
		expect(review[0].role).toBe('lead');
		// One audit row for the import.
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'plan.import')).all()).toHaveLength(1);
	});

	it('never duplicates: the same plan again offers an update that creates nothing new', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const first = draftFrom(db, admin, referenceText());
		importer.confirmImport(db, admin, first.draftId, first.decisions);
		const before = counts(db);
		const again = draftFrom(db, admin, referenceText());
		expect(again.preview.existing?.title).toBe('石家庄市2020年政务公开工作要点');
		expect(again.decisions.mode).toBe('update');
		// Creating a second copy is refused with a clear message.
		const refused = domainError(() =>
			importer.confirmImport(db, admin, again.draftId, { ...again.decisions, mode: 'create' })
		);
		expect(refused.message).toContain('已导入');
		const result = importer.confirmImport(db, admin, again.draftId, again.decisions);
		expect(result.created).toEqual({ sections: 0, tasks: 0, milestones: 0, assignments: 0, units: 0, aliases: 0 });
		expect(result.removed).toEqual({ tasks: 0, assignments: 0 });
		expect(counts(db)).toEqual(before);
	});

	it('refuses to confirm the same draft twice', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const d = draftFrom(db, admin, referenceText());
		importer.confirmImport(db, admin, d.draftId, d.decisions);
		expect(domainError(() => importer.confirmImport(db, admin, d.draftId, d.decisions)).code).toBe('conflict');
	});
});

describe('unknown units', () => {
	const withUnknown = () =>
		referenceText().replaceAll('市轨道办', '市轨道交通办').replaceAll('市委编办', '市编委办公室');

	it('must each be mapped, created or dropped before anything is written', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const d = draftFrom(db, admin, withUnknown());
		expect(d.preview.unknown.map((u) => u.raw).sort()).toEqual(['市编委办公室', '市轨道交通办'].sort());
		const before = counts(db);
		const err = domainError(() => importer.confirmImport(db, admin, d.draftId, d.decisions));
		expect(err.message).toMatch(/请为“.+”选择对应单位、新建或忽略/);
		expect(counts(db)).toEqual(before);
	});

	it('a mapping becomes an alias, so the next import recognises the name', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const d = draftFrom(db, admin, withUnknown());
		const rail = unitIdByShortName(db, '市轨道办');
		const suggestions = d.preview.unknown.find((u) => u.raw === '市轨道交通办')!.suggestions;
		expect(suggestions[0]).toBe(rail);
		importer.confirmImport(db, admin, d.draftId, {
			...d.decisions,
			mappings: {
				市轨道交通办: { kind: 'unit', unitId: rail },
				市编委办公室: { kind: 'new', name: '石家庄市编委办公室', shortName: '市编委办公室', unitKind: 'other' }
			}
		});
		expect(db.select().from(unitAlias).where(eq(unitAlias.alias, '市轨道交通办')).get()?.unitId).toBe(rail);
		const created = db.select().from(unit).where(eq(unit.shortName, '市编委办公室')).get();
		expect(created?.kind).toBe('other');
		expect(db.select().from(assignment).where(eq(assignment.unitId, created!.id)).all()).toHaveLength(1);
		// Next year's plan uses the same names: nothing unknown any more.
		const next = draftFrom(db, admin, withUnknown().replaceAll('2020年', '2021年'));
		expect(next.preview.unknown).toEqual([]);
	});

	it('a failure inside the transaction leaves no half-written plan', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const d = draftFrom(db, admin, withUnknown());
		const before = counts(db);
		// Creating a unit whose name is taken fails after the plan rows would have started.
		const err = domainError(() =>
			importer.confirmImport(db, admin, d.draftId, {
				...d.decisions,
				mappings: {
					市轨道交通办: { kind: 'drop' },
					市编委办公室: { kind: 'new', name: '石家庄市司法局', shortName: '市编委办公室', unitKind: 'other' }
				}
			})
		);
		expect(err.code).toBe('conflict');
		expect(counts(db)).toEqual(before);
		expect(importer.getDraft(db, d.draftId)?.status).toBe('draft');
	});
});

describe('re-importing an edited plan', () => {
	it('adds new units, removes untouched ones and keeps assignments that have work', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const staff = await makeUser(db, 'clerk', 'unit', '市财政局');
		const first = draftFrom(db, admin, referenceText());
		importer.confirmImport(db, admin, first.draftId, first.decisions);
		// 市财政局 reports on 二(三); then the text drops 市财政局 and 市税务局 from that task and adds 市商务局.
		const finance = unitIdByShortName(db, '市财政局');
		const tax = unitIdByShortName(db, '市税务局');
		const t = db
			.select()
			.from(task)
			.all()
			.find((x) => x.title === '提升政策服务精准性实效性')!;
		const a = db
			.select()
			.from(assignment)
			.all()
			.find((x) => x.taskId === t.id && x.unitId === finance)!;
		db.insert(progressReport)
			.values({ assignmentId: a.id, reportedOn: '2020-09-01', content: '已开展', percent: 30, createdBy: staff.id })
			.run();
		db.update(assignment).set({ status: 'in_progress', progressPercent: 30 }).where(eq(assignment.id, a.id)).run();
		const edited = referenceText().replace('(责任单位:市发改委,市财政局,市税务局,', '(责任单位:市发改委,市商务局,');
		const again = draftFrom(db, admin, edited);
		const result = importer.confirmImport(db, admin, again.draftId, again.decisions);
		const units = db
			.select()
			.from(assignment)
			.where(eq(assignment.taskId, t.id))
			.all()
			.map((x) => x.unitId);
		expect(units).toContain(unitIdByShortName(db, '市商务局'));
		expect(units).toContain(finance);
		expect(units).not.toContain(tax);
		expect(result.created.assignments).toBe(1);
		expect(result.removed.assignments).toBe(1);
		expect(result.kept).toHaveLength(1);
	});
});
