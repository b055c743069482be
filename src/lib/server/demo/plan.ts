// The demo plan: Shijiazhuang's 2020 work points (石政办函〔2020〕28号), imported through the same
// parser and importer the office uses, by the demo office account.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { user } from '../db/schema';
import { parsePlanText } from '../plans/parse';
import { confirmImport, createDraft, defaultDecisions, getDraft, previewImport } from '../plans/import';
import type { Actor } from '../shared/actor';

const FILE = 'shijiazhuang-2020.txt';

export function demoPlanText(): string {
	const here = dirname(fileURLToPath(import.meta.url));
	const candidates = [resolve(here, 'data', FILE), resolve(process.cwd(), 'src/lib/server/demo/data', FILE)];
	const path = candidates.find((p) => existsSync(p));
	if (!path) throw new Error(`演示工作要点文件不存在：${candidates.join(' 或 ')}`);
	return readFileSync(path, 'utf8');
}

export function demoOfficeActor(db: DB): Actor {
	const admin = db.select().from(user).where(eq(user.username, 'admin')).get();
	if (!admin) throw new Error('演示管理员账号不存在');
	return { id: admin.id, username: admin.username, role: 'admin', unitId: null, ip: '' };
}

/** Imports the reference plan with the importer's default decisions; returns the plan id. */
export function importDemoPlan(db: DB): number {
	const text = demoPlanText();
	const actor = demoOfficeActor(db);
	const draftId = createDraft(db, actor, parsePlanText(text), { name: '石政办函〔2020〕28号', text });
	const preview = previewImport(db, getDraft(db, draftId)!);
	if (preview.unknown.length) throw new Error(`演示单位库缺少：${preview.unknown.map((u) => u.raw).join('、')}`);
	return confirmImport(db, actor, draftId, defaultDecisions(preview)).planId;
}
