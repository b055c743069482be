import type { DB } from '../../src/lib/server/db/client';
import { user } from '../../src/lib/server/db/schema';
import type { Actor } from '../../src/lib/server/shared/actor';

/** An office account for benchmark writes (the hash is a placeholder: nobody signs in as it). */
export async function makeOfficeActor(db: DB): Promise<Actor> {
	const { id } = db
		.insert(user)
		.values({ username: 'bench-office', displayName: '基准测试', role: 'admin', unitId: null, passwordHash: 'x' })
		.returning({ id: user.id })
		.get();
	return { id, username: 'bench-office', role: 'admin', unitId: null, ip: '' };
}
