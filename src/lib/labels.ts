// Chinese labels for every enum, in one place.
import type { CheckLevel } from './annual-report/types';
import type {
	AnnualReportStatus,
	AssignmentRole,
	AssignmentStatus,
	BodyLevel,
	BulletinItemKind,
	BulletinKind,
	ExtensionStatus,
	Grade,
	Light,
	NoticeKind,
	PublishMode,
	Role,
	ScoreEntryKind,
	SuccessionKind,
	UnitKind
} from './server/db/schema';
import type { ReportSource } from './server/years/history';

export const ROLE_LABEL: Record<Role, string> = { admin: '管理员', unit: '单位填报人', leader: '领导' };

export const BODY_LEVEL_LABEL: Record<BodyLevel, string> = {
	province: '省级',
	city: '市级',
	county: '县级（县、区、县级市）',
	department: '部门'
};

/** Unit kinds as a body of each level calls them (a province's counties are its 设区市). */
export const UNIT_KIND_LABELS: Record<BodyLevel, Record<UnitKind, string>> = {
	province: { department: '省直部门', county: '市（州）', zone: '开发区园区', office: '办公厅', other: '其他单位' },
	city: { department: '市直部门', county: '县(市、区)', zone: '开发区园区', office: '办公室', other: '其他单位' },
	county: { department: '县(区)直部门', county: '乡镇（街道）', zone: '园区', office: '办公室', other: '其他单位' },
	department: { department: '内设机构', county: '下属单位', zone: '直属单位', office: '办公室', other: '其他单位' }
};

/** The city's words, for places that do not know the body's level (exports name it themselves). */
export const UNIT_KIND_LABEL: Record<UnitKind, string> = UNIT_KIND_LABELS.city;

export function unitKindLabels(level: BodyLevel | null | undefined): Record<UnitKind, string> {
	return UNIT_KIND_LABELS[level ?? 'city'];
}

export const ASSIGNMENT_ROLE_LABEL: Record<AssignmentRole, string> = { lead: '牵头', responsible: '责任' };

export const STATUS_LABEL: Record<AssignmentStatus, string> = {
	not_started: '未开始',
	in_progress: '进行中',
	submitted: '已提交',
	accepted: '已通过',
	returned: '已退回'
};

export const GRADE_LABEL: Record<Grade, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };

export const EXTENSION_STATUS_LABEL: Record<ExtensionStatus, string> = {
	pending: '待审批',
	approved: '已同意',
	refused: '未同意',
	withdrawn: '已撤回'
};

export const SUCCESSION_KIND_LABEL: Record<SuccessionKind, string> = { rename: '更名', merge: '合并', split: '拆分' };

/** What confirming a 机构改革 does with one open assignment of an old unit (units/reform.ts WorkMove). */
export const REFORM_MOVE_LABEL: Record<'move' | 'copy' | 'keep' | 'drop', string> = {
	move: '转给新单位',
	copy: '同时分给',
	keep: '保留在原单位',
	drop: '撤销重复分工'
};

/** A plan year: still open, or closed by the office (关闭年度). */
export const YEAR_STATE_LABEL = { open: '进行中', closed: '已关闭' } as const;

/** Where a year's report figures on the year-over-year view come from. */
export const REPORT_SOURCE_LABEL: Record<ReportSource, string> = {
	final: '年报定稿',
	accepted_sum: '已审核单位汇总',
	accepted: '已审核',
	imported: '已导入年报'
};

export const LIGHT_LABEL: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

export const BULLETIN_KIND_LABEL: Record<BulletinKind, string> = {
	monthly: '月度通报',
	quarterly: '季度通报',
	annual: '年度考核通报'
};

export const PUBLISH_LABEL: Record<PublishMode, string> = { scores: '公布得分和名次', bands: '只公布等次' };

export const ENTRY_KIND_LABEL: Record<ScoreEntryKind, string> = {
	score: '外部评分',
	level: '等级评定',
	count: '计数',
	percent: '完成比例',
	deduction: '扣分',
	bonus: '加分',
	'major-deduction': '重大扣分',
	veto: '一票否决',
	'not-applicable': '不适用'
};

/** What a breakdown line's rule is, in the rubric's words. */
export const RULE_LABEL: Record<string, string> = {
	deduction: '扣分',
	count: '计数',
	level: '等级',
	percent: '完成比例',
	external: '外部评分',
	'plan-weighted': '任务完成质量',
	'plan-unfinished': '未完成',
	'plan-overdue': '逾期',
	'plan-returned': '退回',
	'plan-reports': '按月报送',
	base: '基础分',
	cap: '上限',
	overflow: '超扣',
	'not-applicable': '不适用',
	bonus: '加分',
	'major-deduction': '重大扣分',
	veto: '一票否决',
	floor: '保底'
};

export const RECTIFICATION_STATUSES = ['open', 'submitted', 'returned', 'overdue', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABEL: Record<RectificationStatus, string> = {
	open: '整改中',
	submitted: '已提交，待审核',
	returned: '已退回，重新整改',
	overdue: '逾期未整改',
	closed: '已整改'
};

export const BULLETIN_ITEM_LABEL: Record<BulletinItemKind, string> = {
	red: '逾期未完成（红灯）',
	yellow: '临近期限或进度滞后（黄灯）',
	rectified: '已完成整改',
	rectification_overdue: '逾期未整改',
	rectification_open: '正在整改'
};

/** A unit's notice, as its badge says it (every kind: an unlabelled one broke the inbox). */
export const NOTICE_KIND_LABEL: Record<NoticeKind, string> = {
	auto_red: '逾期',
	auto_yellow: '即将到期',
	manual: '督办',
	returned: '退回',
	accepted: '通过',
	deadline: '期限调整',
	assessment: '考核'
};

/** A unit's annual-report statistics; `none` is a unit that has saved nothing yet. */
export const REPORT_STATUS_LABEL: Record<AnnualReportStatus | 'none', string> = {
	none: '未填报',
	draft: '填报中',
	submitted: '已报送',
	returned: '已退回',
	accepted: '已通过'
};

export const CHECK_LEVEL_LABEL: Record<CheckLevel, string> = { error: '错误', warning: '警告', info: '提示' };

export const AUDIT_ACTION_LABEL: Record<string, string> = {
	'auth.login': '登录',
	'auth.login_failed': '登录失败',
	'auth.logout': '退出登录',
	'user.create': '新建用户',
	'user.update': '修改用户',
	'user.reset_password': '重置密码',
	'user.change_password': '修改本人密码',
	'user.enable': '启用用户',
	'user.disable': '停用用户',
	'unit.create': '新增单位',
	'unit.update': '修改单位',
	'unit.activate': '启用单位',
	'unit.deactivate': '停用单位',
	'unit.merge': '合并单位',
	'demo.seed_units': '初始化单位库',
	'demo.seed_accounts': '创建演示账号',
	'plan.import': '导入工作要点',
	'plan.update': '更新工作要点',
	'milestone.update': '修改时间节点',
	'assignment.add': '增加任务分工',
	'assignment.remove': '取消任务分工',
	'progress.report': '报送进展',
	'progress.save_draft': '暂存进展',
	'progress.discard_draft': '删除暂存的进展',
	'submission.save_draft': '暂存办结说明',
	'extension.request': '申请延期',
	'extension.withdraw': '撤回延期申请',
	'extension.decide': '审批延期申请',
	'deadline.set': '调整单位期限',
	'evidence.add': '上传佐证材料',
	'evidence.remove': '删除佐证材料',
	'assignment.submit': '提交办结',
	'review.accept': '审核通过',
	'review.return': '审核退回',
	'reminder.send': '发送催办',
	'reminder.auto': '自动催办',
	'notice.read': '标记通知已读',
	'body.update': '设置本级机关',
	'rubric.save': '保存评分细则',
	'assessment.class': '指定考核类别',
	'entry.add': '录入评分',
	'entry.revoke': '撤销评分录入',
	'objection.file': '提出异议',
	'objection.answer': '答复异议',
	'bulletin.issue': '印发通报',
	'rectification.open': '下发整改',
	'unit.reform': '机构改革',
	'year.close': '关闭年度',
	'year.reopen': '重新打开年度',
	'report.save': '保存年报统计数据',
	'report.submit': '报送年报统计数据',
	'report.accept': '年报统计数据审核通过',
	'report.return': '退回年报统计数据',
	'report.acknowledge': '说明年报提醒',
	'report.unacknowledge': '撤回年报提醒的说明',
	'report.import': '导入已发布的年度报告',
	'report.draft_generate': '生成年度报告草稿',
	'report.draft_save': '保存年度报告草稿',
	'report.final': '年度报告定稿',
	'report.reopen': '撤销年度报告定稿'
};

export const AUDIT_OBJECT_LABEL: Record<string, string> = {
	user: '用户',
	unit: '单位',
	plan: '工作要点',
	task: '任务',
	milestone: '时间节点',
	assignment: '任务分工',
	evidence: '佐证材料',
	notice: '催办通知',
	body: '本级机关',
	rubric: '评分细则',
	score_entry: '评分录入',
	objection: '异议',
	bulletin: '通报',
	rectification: '整改',
	annual_report: '年度报告'
};
