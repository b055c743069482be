// Boards cached per database and per (scope, day), thrown away as soon as the plan's data_version
// moves (triggers bump it on every change a board shows) and after a minute at the latest.
import type { DB } from '../db/client';
import type { Board } from './types';

const CACHE_MAX = 200;
const CACHE_TTL_MS = 60_000;

interface Entry {
	version: number;
	at: number;
	board: Board;
}

/** Keyed by the database, so two databases in one process (tests, tools) never see each other's boards. */
const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(db: DB): Map<string, Entry> {
	let c = caches.get(db.$client);
	if (!c) caches.set(db.$client, (c = new Map()));
	return c;
}

export function cachedBoard(db: DB, key: string, version: number, now: number): Board | null {
	const hit = cacheOf(db).get(key);
	return hit && hit.version === version && now - hit.at < CACHE_TTL_MS ? hit.board : null;
}

export function storeBoard(db: DB, key: string, version: number, now: number, board: Board): void {
	const c = cacheOf(db);
	if (c.size >= CACHE_MAX) c.delete(c.keys().next().value!);
	c.set(key, { version, at: now, board });
}

export function clearBoardCache(db: DB): void {
	caches.delete(db.$client);
}
