// Chinese names for the rubric format's choices (docs/rubric.md), as the editor's selects show them.
import type { Rule } from '$lib/server/scoring';
import { ASSIGNMENT_ROLE_LABEL } from '$lib/labels';

export const RULE_KIND_LABEL: Record<Rule['kind'], string> = {
	deduction: '扣分（每项/每次/每月/一次/酌情）',
	count: '计数得分（一项得 X 分，最高不超过本项）',
	level: '等级评定（好/较好/一般/差）',
	percent: '按比例得分（完成一半得 50%）',
	external: '外部评分（网站监测、第三方评估、现场检查）',
	'plan-weighted': '任务完成质量（结果 × 时效）',
	'plan-unfinished': '年度任务未完成扣分',
	'plan-overdue': '逾期扣分',
	'plan-returned': '被退回扣分',
	'plan-reports': '未按月报送进展扣分'
};

export const DEDUCTION_PER = {
	item: '每项',
	case: '每次',
	month: '每月（同月只扣一次）',
	once: '只扣一次',
	judged: '酌情（录入分数）'
};
export const ADJUST_PER = { event: '每次', once: '只计一次', judged: '酌情（录入分数）' };
export const MISSING = { full: '按满分', 'not-applicable': '本项不适用（分值分给同级）' };
export const EMPTY = { full: '按满分', zero: '按 0 分' };
export const COMBINE = {
	sum: '合计（下级之和等于本项）',
	cap: '累计最高不超过本项',
	scale: '折算（下级合计折算到本项）'
};
export const SPREAD = { even: '平均分给同级指标', proportional: '按分值比例分给同级指标' };
export const ROLES = ASSIGNMENT_ROLE_LABEL;
export const LEVEL_NAMES = ['一级', '二级', '三级', '四级', '五级'];
