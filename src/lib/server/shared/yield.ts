// Long work in slices: between slices the event loop serves other requests (better-sqlite3 and the
// report's arithmetic are synchronous, so a long stretch would hold every other user up).

/** Resolves on the next turn of the event loop, after pending I/O callbacks. */
export function yieldToLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}
