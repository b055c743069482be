// A computation written as steps (a generator that yields between slices of work), run to its end
// at once: for scripts, tests and the pure entry points (computeScores, normaliseFacts). A server
// runs the same steps in slices instead (assessment/steps.ts).

export function runAtOnce<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
