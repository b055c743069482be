import type { ParamMatcher } from '@sveltejs/kit';

/** A report year in a URL: four digits from 2019 (the first year of the national format) to 2099. */
export const match = ((param: string): boolean => /^20(19|[2-9]\d)$/.test(param)) satisfies ParamMatcher;
