// The security matrix names every entry point of the app: a new page, endpoint or form action fails
// here until tests/security/matrix.ts says who may use it (and the e2e test then proves it).
import { describe, expect, it } from 'vitest';
import { entryPoints } from '../helpers/route-modules';
import { MATRIX, matrixGaps, ROLES } from '../security/matrix';

describe('the security matrix', () => {
	const points = entryPoints();

	it('finds the entry points (pages, handlers, actions)', () => {
		expect(points).toContain('GET /assignments/[id=id]');
		expect(points).toContain('POST /assignments/[id=id]?/sendReport');
		expect(points).toContain('POST /logout');
		expect(points).toContain('GET /boards/matrix.xlsx');
	});

	it('names every route and form action, and nothing that is gone', () => {
		const { missing, stale } = matrixGaps(points);
		const message = [
			missing.length
				? `Add to MATRIX in tests/security/matrix.ts (who gets what, see the header):\n${missing.map((m) => `  '${m}'`).join('\n')}`
				: '',
			stale.length
				? `Remove from MATRIX (no such route or action now):\n${stale.map((m) => `  '${m}'`).join('\n')}`
				: ''
		]
			.filter(Boolean)
			.join('\n');
		expect(missing.length + stale.length, message).toBe(0);
	});

	it('says exactly which entry to add when a helper adds a route', () => {
		expect(matrixGaps([...points, 'POST /assessment/[id=id]?/score']).missing).toEqual([
			'POST /assessment/[id=id]?/score'
		]);
	});

	it('gives every entry an outcome for each of the six roles', () => {
		for (const [key, entry] of Object.entries(MATRIX))
			expect(Object.keys(entry.expect).sort(), key).toEqual([...ROLES].sort());
	});
});
