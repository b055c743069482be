// The rubrics that ship with the system: the domain.md default and the 石家庄 2020 demo. Checked when
// loaded, so a broken file fails at start-up and in the tests, never in front of a user.
import { parseRubric } from '../validate-rubric';
import type { Rubric } from '../rubric-types';
import defaultJson from './default.json';
import shijiazhuangJson from './shijiazhuang-2020.json';

export const SHIPPED_RUBRICS = {
	default: parseRubric(defaultJson),
	'shijiazhuang-2020': parseRubric(shijiazhuangJson)
} satisfies Record<string, Rubric>;

export type ShippedRubric = keyof typeof SHIPPED_RUBRICS;
