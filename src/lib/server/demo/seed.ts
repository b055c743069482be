// Demo data: Shijiazhuang's real unit registry and the demo accounts. Runs only on an empty database.
import { eq } from 'drizzle-orm';
import { countRows, type DB } from '../db/client';
import { unit, user } from '../db/schema';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/password';
import { SYSTEM_ACTOR } from '../shared/actor';
import { insertGroup, insertUnit } from '../units/registry';
import { SHIJIAZHUANG_BODY, SHIJIAZHUANG_GROUPS, SHIJIAZHUANG_UNITS } from './shijiazhuang-units';
import { writeBody } from '../body';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';

/** The body (石家庄市人民政府), its units and groups, in one transaction. */
export function seedShijiazhuangRegistry(db: DB, now = Date.now()): void {
	db.transaction((tx) => {
		writeBody(tx, SYSTEM_ACTOR, SHIJIAZHUANG_BODY, now);
		SHIJIAZHUANG_UNITS.forEach((u, i) =>
			insertUnit(tx, {
				name: u.name,
				shortName: u.shortName,
				kind: u.kind,
				sortOrder: (i + 1) * 10,
				aliases: u.aliases ?? []
			})
		);
		for (const g of SHIJIAZHUANG_GROUPS) insertGroup(tx, { ...g });
		recordAudit(tx, SYSTEM_ACTOR, {
			action: 'demo.seed_units',
			objectType: 'unit',
			summary: `导入石家庄市单位库 ${SHIJIAZHUANG_UNITS.length} 个单位、${SHIJIAZHUANG_GROUPS.length} 个单位组`
		});
	});
}

export async function seedDemoAccounts(db: DB): Promise<void> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	db.transaction((tx) => {
		for (const a of DEMO_ACCOUNTS) {
			const unitId = a.unitShortName
				? tx.select({ id: unit.id }).from(unit).where(eq(unit.shortName, a.unitShortName)).get()?.id
				: null;
			if (a.unitShortName && !unitId) throw new Error(`演示单位不存在：${a.unitShortName}`);
			tx.insert(user)
				.values({
					username: a.username,
					displayName: a.displayName,
					role: a.role,
					unitId: unitId ?? null,
					passwordHash
				})
				.run();
		}
		recordAudit(tx, SYSTEM_ACTOR, {
			action: 'demo.seed_accounts',
			objectType: 'user',
			summary: `创建演示账号 ${DEMO_ACCOUNTS.map((a) => a.username).join('、')}`
		});
	});
}

/** True when nothing has been set up yet: no users and no units. */
export function isEmpty(db: DB): boolean {
	return countRows(db, user) === 0 && countRows(db, unit) === 0;
}

export type DemoStep = (db: DB) => void | Promise<void>;

/** Seeds the registry, accounts and any later steps (the plan import) on an empty database. */
export async function seedDemo(db: DB, extraSteps: DemoStep[] = []): Promise<boolean> {
	if (!isEmpty(db)) return false;
	seedShijiazhuangRegistry(db);
	await seedDemoAccounts(db);
	for (const step of extraSteps) await step(db);
	return true;
}
