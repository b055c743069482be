import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../src/lib/server/web/safe-next';

const ORIGIN = 'http://duban.example.gov.cn';

describe('the page to go to after signing in', () => {
	it.each([
		['/assignments/12', '/assignments/12'],
		['/boards?plan=3&section=2', '/boards?plan=3&section=2'],
		['/plans/1#tasks', '/plans/1#tasks'],
		['/搜索', '/%E6%90%9C%E7%B4%A2']
	])('keeps a local path: %s', (raw, expected) => {
		expect(safeNext(raw, ORIGIN)).toBe(expected);
	});

	it.each([
		['a tab before a second slash', '/\t/evil.example/phish'],
		['a newline', '/\n/x'],
		['a carriage return', '/\r\nSet-Cookie: x=1'],
		['scheme-relative', '//evil.example/phish'],
		['backslash', '/\\evil.example'],
		['backslash later', '/ok/\\\\evil.example'],
		['absolute URL', 'https://evil.example/'],
		['javascript:', 'javascript:alert(1)'],
		['no leading slash', 'evil.example'],
		['a C1 control', '/\u0085/evil.example'],
		['the login page itself', '/login?next=/login'],
		['empty', ''],
		['too long', `/${'a'.repeat(2100)}`]
	])('falls back to the home page for %s', (_what, raw) => {
		expect(safeNext(raw, ORIGIN)).toBe('/');
	});

	it('never lets an encoded form leave the origin', () => {
		// Query values arrive decoded once; what is still encoded stays a path on this site.
		for (const raw of ['/%2F%2Fevil.example', '/%5Cevil.example', '/%09/evil.example', '%2F%2Fevil.example']) {
			const out = safeNext(raw, ORIGIN);
			expect(new URL(out, ORIGIN).origin, raw).toBe(ORIGIN);
			expect(out.startsWith('//')).toBe(false);
		}
		expect(safeNext(null, ORIGIN)).toBe('/');
	});
});
