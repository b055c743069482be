// 本级机关: the body that runs the system. Nothing in the domain assumes a city: the importer's name
// matching takes the body's place name and prefixes from here, and labels follow its level.
import { eq } from 'drizzle-orm';
import type { DB, Tx } from '../db/client';
import { BODY_LEVELS, bodySetting, type BodyLevel } from '../db/schema';
import { recordAudit } from '../audit';
import { assertCan } from '../auth/policy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

export interface Body {
	/** The place unit names start with: 石家庄市, 长安区, 河北省 ('' when not set yet). */
	name: string;
	/** 石家庄市人民政府: the name reports are issued under. */
	issuer: string;
	level: BodyLevel;
	/** Short prefixes of the body's own units: 市 (市司法局), 区, 省. */
	prefixes: string[];
	/** False until the office has set the body up. */
	configured: boolean;
}

/** The prefixes plans of a body of that level use, as the settings form proposes them. */
export const DEFAULT_PREFIXES: Record<BodyLevel, string[]> = {
	province: ['省'],
	city: ['市'],
	county: ['区', '县'],
	department: []
};

const UNSET: Body = { name: '', issuer: '', level: 'city', prefixes: [], configured: false };

export function getBody(db: Pick<DB, 'select'>): Body {
	const row = db.select().from(bodySetting).where(eq(bodySetting.id, 1)).get();
	return row
		? { name: row.name, issuer: row.issuer, level: row.level, prefixes: row.prefixes, configured: true }
		: UNSET;
}

export interface BodyInput {
	name: string;
	issuer: string;
	level: string;
	/** As typed: prefixes separated by spaces, commas or 、. */
	prefixes: string;
}

function clean(input: BodyInput): Omit<Body, 'configured'> {
	const errors: Record<string, string> = {};
	const name = input.name.replace(/\s+/g, '');
	const issuer = input.issuer.trim();
	if (!name) errors.name = '请填写本级机关的地名，如：石家庄市、长安区、河北省';
	else if (name.length > 30) errors.name = '地名不能超过 30 字';
	if (issuer.length > 60) errors.issuer = '发布机关名称不能超过 60 字';
	if (!(BODY_LEVELS as readonly string[]).includes(input.level)) errors.level = '请选择层级';
	const prefixes = [...new Set(input.prefixes.split(/[\s,，、;；]+/).filter(Boolean))];
	if (prefixes.some((p) => p.length > 6)) errors.prefixes = '每个前缀不超过 6 个字，如：市、区、省';
	if (prefixes.length > 5) errors.prefixes = '前缀不超过 5 个';
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return { name, issuer: issuer || name, level: input.level as BodyLevel, prefixes };
}

/** Writes the one row; used by the settings page and the demo seed. */
export function writeBody(tx: Tx, actor: Actor, body: Omit<Body, 'configured'>, now: number): void {
	tx.insert(bodySetting)
		.values({ id: 1, ...body, updatedAt: now, updatedBy: actor.id || null })
		.onConflictDoUpdate({ target: bodySetting.id, set: { ...body, updatedAt: now, updatedBy: actor.id || null } })
		.run();
}

export function setBody(db: DB, actor: Actor, input: BodyInput, now = Date.now()): Body {
	assertCan(actor, 'admin.manage', undefined, '只有管理员可以设置本级机关');
	const body = clean(input);
	db.transaction((tx) => {
		const before = getBody(tx);
		writeBody(tx, actor, body, now);
		recordAudit(tx, actor, {
			action: 'body.update',
			objectType: 'body',
			summary: `设置本级机关：${body.issuer}（${body.name}，前缀 ${body.prefixes.join('、') || '无'}）`,
			detail: { before, after: body }
		});
	});
	return { ...body, configured: true };
}
