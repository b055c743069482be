// The plan parser's public surface: text plans, task tables, deadline rules, and the summary
// shape the CLI prints.

export type * from './types';
export { parsePlanText, type ParseOptions } from './plan-text';
export { parseTaskTable } from './task-table';
export { findHeader, headerRole, type ColumnRole, type TableHeader } from './table-header';
export { extractPlanMeta, type MetaScan } from './meta';
export {
	extractDeadlines,
	isoDate,
	isValidIsoDate,
	lastDayOfMonth,
	type DeadlineScan,
	type DeadlineOptions
} from './deadlines';
export {
	splitUnitList,
	parseUnitNote,
	distributeAffixes,
	isUnitGroupName,
	type UnitList,
	type UnitNote
} from './units';
export { describeGroup } from './groups';
export { summarisePlan, type PlanSummary } from './summary';
