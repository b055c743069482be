import type { ParamMatcher } from '@sveltejs/kit';

/** A database id in a URL: decimal digits only, no sign, no leading zero, no 0x10 or 1e3, within 2^53. */
export const match = ((param: string): boolean => /^[1-9][0-9]{0,14}$/.test(param)) satisfies ParamMatcher;
