// Long computations in a server: the loader and the engine are generators that yield between slices
// (a few thousand assignments, one unit); this driver runs them, handing the event loop a turn
// whenever a slice of time has been spent, so other requests wait at most about that long.
// The pure code knows nothing of time; only this driver reads the clock.

/** Time spent before other requests get a turn. */
export const SLICE_MS = 5;

/** Runs `steps` to its end, yielding to the event loop (setImmediate: I/O first) every `sliceMs`. */
export async function runInSlices<T>(steps: Generator<void, T, void>, sliceMs = SLICE_MS): Promise<T> {
	let start = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (performance.now() - start >= sliceMs) {
			await new Promise((resolve) => setImmediate(resolve));
			start = performance.now();
		}
	}
}

/** The same steps at once, for scripts and tests. */
export { runAtOnce } from '../shared/steps';
