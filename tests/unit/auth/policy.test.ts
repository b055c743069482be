import { describe, expect, it } from 'vitest';
import { can, type Action } from '../../../src/lib/server/auth/policy';

const admin = { role: 'admin' as const, unitId: null };
const leader = { role: 'leader' as const, unitId: null };
const staffA = { role: 'unit' as const, unitId: 1 };
const staffB = { role: 'unit' as const, unitId: 2 };

describe('policy', () => {
	it('lets nobody anonymous do anything', () => {
		const actions: Action[] = ['app.view', 'admin.manage', 'plan.view', 'assignment.view', 'board.view'];
		for (const a of actions) expect(can(null, a)).toBe(false);
	});

	it('reserves administration, plan management, review and reminders to the office', () => {
		for (const a of ['admin.manage', 'plan.manage', 'review.decide', 'reminder.send'] as Action[]) {
			expect(can(admin, a)).toBe(true);
			expect(can(leader, a)).toBe(false);
			expect(can(staffA, a)).toBe(false);
		}
	});

	it('lets leaders read every assignment but work on none', () => {
		expect(can(leader, 'assignment.view', { unitId: 1 })).toBe(true);
		expect(can(leader, 'assignment.work', { unitId: 1 })).toBe(false);
	});

	it('keeps unit staff to their own unit, plus read access where their unit leads', () => {
		expect(can(staffA, 'assignment.view', { unitId: 1 })).toBe(true);
		expect(can(staffA, 'assignment.work', { unitId: 1 })).toBe(true);
		expect(can(staffB, 'assignment.view', { unitId: 1 })).toBe(false);
		expect(can(staffB, 'assignment.work', { unitId: 1 })).toBe(false);
		expect(can(staffB, 'assignment.view', { unitId: 1, leadUnitIds: [2] })).toBe(true);
		expect(can(staffB, 'assignment.work', { unitId: 1, leadUnitIds: [2] })).toBe(false);
	});

	it("does not let the office work on a unit's assignment as if it were the unit", () => {
		expect(can(admin, 'assignment.work', { unitId: 1 })).toBe(false);
	});

	describe('annual reports', () => {
		it('lets unit staff enter and read only their own unit’s report, never the office', () => {
			expect(can(staffA, 'report.enter', { unitId: 1 })).toBe(true);
			expect(can(staffA, 'report.view', { unitId: 1 })).toBe(true);
			expect(can(staffB, 'report.enter', { unitId: 1 })).toBe(false);
			expect(can(staffB, 'report.view', { unitId: 1 })).toBe(false);
			expect(can(staffA, 'report.enter')).toBe(false);
			expect(can(admin, 'report.enter', { unitId: 1 })).toBe(false);
			expect(can(leader, 'report.enter', { unitId: 1 })).toBe(false);
		});

		it('lets the office and leaders read every report; only the office decides and writes the body’s own', () => {
			for (const who of [admin, leader]) {
				expect(can(who, 'report.view', { unitId: 1 })).toBe(true);
				expect(can(who, 'report.view_all')).toBe(true);
			}
			expect(can(staffA, 'report.view_all')).toBe(false);
			for (const a of ['report.body', 'report.decide'] as Action[]) {
				expect(can(admin, a)).toBe(true);
				expect(can(leader, a)).toBe(false);
				expect(can(staffA, a)).toBe(false);
			}
		});

		it('lets the office import any report and unit staff only their own unit’s; anyone signed in may check one', () => {
			expect(can(admin, 'report.import')).toBe(true);
			expect(can(admin, 'report.import', { unitId: 2 })).toBe(true);
			expect(can(staffA, 'report.import', { unitId: 1 })).toBe(true);
			expect(can(staffA, 'report.import', { unitId: 2 })).toBe(false);
			expect(can(staffA, 'report.import')).toBe(false);
			expect(can(leader, 'report.import', { unitId: 1 })).toBe(false);
			for (const who of [admin, leader, staffA]) expect(can(who, 'report.check')).toBe(true);
			expect(can(null, 'report.check')).toBe(false);
		});
	});
});
