// A scenario file: one JSON document holding a rubric, the facts and asOf, for the score CLI and
// other tools (docs/rubric.md).
import { DomainError } from '../shared/errors';
import { dayOf } from './days';
import type { ScoringFacts } from './facts';
import { isObject } from './problems';
import type { Rubric } from './rubric-types';

export const SCENARIO_FORMAT = 'yaodian-scenario';

export interface Scenario {
	format: typeof SCENARIO_FORMAT;
	version: 1;
	/** What the scenario shows, for people. */
	description?: string;
	asOf: string;
	rubric: Rubric;
	facts: ScoringFacts;
}

/** Checks the envelope; the rubric and facts are checked by computeScores. */
export function parseScenario(input: unknown): Scenario {
	if (!isObject(input)) throw new DomainError('invalid', '场景文件应为一个 JSON 对象');
	if (input.format !== SCENARIO_FORMAT)
		throw new DomainError('invalid', `不是要点督办的计分场景（format 应为 "${SCENARIO_FORMAT}"）`);
	if (input.version !== 1)
		throw new DomainError('invalid', `场景文件版本 ${String(input.version)} 不受支持（本系统读取版本 1）`);
	const extra = Object.keys(input).filter(
		(k) => !['format', 'version', 'description', 'asOf', 'rubric', 'facts'].includes(k)
	);
	if (extra.length) throw new DomainError('invalid', `场景文件：不认识的字段「${extra.join('」「')}」`);
	if (typeof input.asOf !== 'string' || Number.isNaN(dayOf(input.asOf)))
		throw new DomainError('invalid', `场景文件的 asOf「${String(input.asOf)}」不是有效日期（YYYY-MM-DD）`);
	if (!isObject(input.rubric)) throw new DomainError('invalid', '场景文件缺少评分细则（rubric）');
	if (!isObject(input.facts)) throw new DomainError('invalid', '场景文件缺少考核数据（facts）');
	return input as unknown as Scenario;
}
