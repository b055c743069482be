import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, milestone, plan, task } from '../../../src/lib/server/db/schema';
import * as edit from '../../../src/lib/server/plans/edit';
import { domainError } from '../../helpers/errors';
import { unitIdByShortName } from '../../helpers/db';
import { assignmentWorld, sendOn } from '../../helpers/assignments';

describe('editing an imported plan', () => {
	it('edits milestones in date order, refuses bad dates and audits each change', async () => {
		const w = await assignmentWorld();
		const t = w.db.select().from(task).where(eq(task.title, '加强政务公开目录清单管理')).get()!;
		const audits = () => w.db.select().from(auditLog).where(eq(auditLog.action, 'milestone.update')).all().length;
		const e = domainError(() =>
			edit.updateMilestones(w.db, w.admin, t.id, [{ id: null, dueOn: '2020-02-30', what: '汇总' }])
		);
		expect(e.message).toBe('第 1 个时间节点的日期无效');
		expect(audits()).toBe(0);
		edit.updateMilestones(w.db, w.admin, t.id, [
			{ id: null, dueOn: '2020-12-31', what: '公开' },
			{ id: null, dueOn: '2020-10-15', what: '汇总' },
			{ id: null, dueOn: '', what: '' }
		]);
		const ms = w.db.select().from(milestone).where(eq(milestone.taskId, t.id)).all();
		expect(ms.map((m) => [m.dueOn, m.what])).toEqual([
			['2020-10-15', '汇总'],
			['2020-12-31', '公开']
		]);
		expect(audits()).toBe(1);
	});

	it('adds units to a task once, and removes only assignments nobody has worked on', async () => {
		const w = await assignmentWorld();
		const t = w.db.select().from(task).where(eq(task.title, '加强组织领导')).get()!;
		const sifa = unitIdByShortName(w.db, '市司法局');
		expect(edit.addAssignments(w.db, w.admin, t.id, [sifa, unitIdByShortName(w.db, '长安区政府')], 'lead')).toBe(2);
		expect(domainError(() => edit.addAssignments(w.db, w.admin, t.id, [sifa], 'responsible')).code).toBe('conflict');
		const a = w.assignmentOf('市司法局', '加强组织领导');
		sendOn(w.db, w.staffA, a, '2020-09-01', 20);
		expect(domainError(() => edit.removeAssignment(w.db, w.admin, t.id, a)).message).toContain('不能取消');
		const other = w.assignmentOf('长安区政府', '加强组织领导');
		edit.removeAssignment(w.db, w.admin, t.id, other);
		expect(() => w.assignmentOf('长安区政府', '加强组织领导')).toThrow();
	});

	it('sets the yellow-light warning days within 0–90', async () => {
		const w = await assignmentWorld();
		const p = w.db.select().from(plan).get()!;
		expect(domainError(() => edit.setWarnDays(w.db, w.admin, p.id, 120)).fields.warnDays).toBeDefined();
		edit.setWarnDays(w.db, w.admin, p.id, 30);
		expect(w.db.select().from(plan).get()!.warnDays).toBe(30);
	});
});
