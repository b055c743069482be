// 考核 scoring: the public API. Pure code — callers load the facts (from the database or a scenario
// file) and pass them in; nothing here reads a database, a file or the clock.
export { computeScores, scopeProblems, scoreSteps, type ScoreOptions } from './engine';
export { parseRubric, rubricProblems } from './validate-rubric';
export { parseScenario, SCENARIO_FORMAT, type Scenario } from './scenario';
export type * from './rubric-types';
export type * from './facts';
export type * from './result-types';
export { RUBRIC_FORMAT, RUBRIC_VERSION } from './rubric-types';
export { DEADLINE_CHANGE_KINDS, ENTRY_KINDS } from './facts';
export { RESULT_FORMAT } from './result-types';
export { SHIPPED_RUBRICS, type ShippedRubric } from './rubrics';
export { classFor, entryProblemsFor, tableFor } from './check-entry';
export { snapshotSteps, type AssignmentSnapshot } from './states';
