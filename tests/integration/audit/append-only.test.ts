import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/lib/server/db/schema';
import { recordAudit, listAudit } from '../../../src/lib/server/audit';
import { makeUser, testDb } from '../../helpers/db';

describe('audit log', () => {
	it('refuses UPDATE and DELETE at the database level', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		recordAudit(db, admin, { action: 'unit.update', objectType: 'unit', objectId: 1, summary: 'x' });
		expect(() => db.update(auditLog).set({ summary: 'rewritten' }).run()).toThrow(/append-only/);
		expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
		expect(
			db
				.select()
				.from(auditLog)
				.all()
				.some((r) => r.summary === 'x')
		).toBe(true);
	});

	it('refuses every other way of rewriting a row: raw SQL, REPLACE, UPSERT, a conflicting insert', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		recordAudit(db, admin, { action: 'unit.update', objectType: 'unit', objectId: 1, summary: '原始记录' });
		const raw = db.$client;
		const row = raw.prepare('select * from audit_log order by id desc limit 1').get() as {
			id: number;
			created_at: number;
		};
		const attempts = [
			`update audit_log set summary = 'x' where id = ${row.id}`,
			`delete from audit_log where id = ${row.id}`,
			// REPLACE deletes the old row without firing the DELETE trigger (recursive_triggers is off).
			`insert or replace into audit_log (id, created_at, username, action, object_type, summary)
			 values (${row.id}, ${row.created_at}, 'x', 'unit.update', 'unit', '改写')`,
			`replace into audit_log (id, created_at, username, action, object_type, summary)
			 values (${row.id}, ${row.created_at}, 'x', 'unit.update', 'unit', '改写')`,
			`insert into audit_log (id, created_at, username, action, object_type, summary)
			 values (${row.id}, ${row.created_at}, 'x', 'unit.update', 'unit', '改写')
			 on conflict(id) do update set summary = excluded.summary`,
			`insert or ignore into audit_log (id, created_at, username, action, object_type, summary)
			 values (${row.id}, ${row.created_at}, 'x', 'unit.update', 'unit', '改写')`
		];
		for (const sql of attempts) expect(() => raw.exec(sql), sql).toThrow(/append-only/);
		expect(raw.prepare('select summary from audit_log where id = ?').get(row.id)).toEqual({ summary: '原始记录' });
		// New rows still go in.
		recordAudit(db, admin, { action: 'unit.update', objectType: 'unit', objectId: 2, summary: '新记录' });
		expect(raw.prepare('select count(*) n from audit_log where id > ?').get(row.id)).toEqual({ n: 1 });
	});

	it('rolls the audit row back with a failed transaction', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		const before = db.select().from(auditLog).all().length;
		expect(() =>
			db.transaction((tx) => {
				recordAudit(tx, admin, { action: 'unit.update', objectType: 'unit', summary: 'half' });
				throw new Error('boom');
			})
		).toThrow('boom');
		expect(db.select().from(auditLog).all().length).toBe(before);
	});

	it('filters by user, action and text, newest first, with keyset paging', async () => {
		const db = testDb();
		const admin = await makeUser(db, 'office', 'admin');
		for (let i = 0; i < 7; i++)
			recordAudit(db, admin, { action: 'unit.update', objectType: 'unit', objectId: i, summary: `修改单位 第${i}个` });
		recordAudit(
			db,
			{ ...admin, username: 'other' },
			{ action: 'user.create', objectType: 'user', summary: '新建 100%' }
		);
		const page1 = listAudit(db, { username: 'office', action: 'unit.update', limit: 5 });
		expect(page1.rows.map((r) => r.objectId)).toEqual(['6', '5', '4', '3', '2']);
		const page2 = listAudit(db, { username: 'office', action: 'unit.update', limit: 5, before: page1.nextBefore ?? 0 });
		expect(page2.rows.map((r) => r.objectId)).toEqual(['1', '0']);
		expect(page2.nextBefore).toBeNull();
		expect(listAudit(db, { q: '100%' }).rows).toHaveLength(1);
		expect(listAudit(db, { q: '第3' }).rows.map((r) => r.objectId)).toEqual(['3']);
	});
});
