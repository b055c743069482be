import type { ParamMatcher } from '@sveltejs/kit';
import { match as isId } from './id';

/** Whose annual report: `body` for the body's own (the city's), or a unit's id. */
export const match = ((param: string): boolean => param === 'body' || isId(param)) satisfies ParamMatcher;
