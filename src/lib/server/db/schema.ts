// The one schema. Table names are singular and in the domain's words (../shared/docs/domain.md).
// Timestamps are epoch milliseconds (integer); calendar dates are 'YYYY-MM-DD' text in Asia/Shanghai.
import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex,
	type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core';
import { ENTRY_KINDS } from '../scoring/facts';

// department 市直部门, county 县(市、区), zone 开发区园区, office 办公室, other 其他单位 (vertical or party bodies that
// plans name but that are not 市政府部门, so 市政府各部门 does not include them).
export const UNIT_KINDS = ['department', 'county', 'zone', 'office', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ROLES = ['admin', 'unit', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ASSIGNMENT_ROLES = ['lead', 'responsible'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'submitted', 'accepted', 'returned'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof GRADES)[number];

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

const createdAt = () =>
	integer('created_at', { mode: 'number' })
		.notNull()
		.default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

/** 单位 — a government body that receives assignments. */
export const unit = sqliteTable(
	'unit',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Full name: 石家庄市司法局. */
		name: text('name').notNull(),
		/** Short name as plans write it: 市司法局. */
		shortName: text('short_name').notNull(),
		kind: text('kind', { enum: UNIT_KINDS }).notNull(),
		sortOrder: integer('sort_order').notNull().default(0),
		active: integer('active', { mode: 'boolean' }).notNull().default(true),
		/** The period the unit exists ('YYYY-MM-DD'; null: open-ended). A 机构改革 ends one and starts its successors. */
		validFrom: text('valid_from'),
		validTo: text('valid_to'),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('unit_name_uq').on(t.name),
		uniqueIndex('unit_short_name_uq').on(t.shortName),
		index('unit_kind_idx').on(t.kind, t.sortOrder)
	]
);

export const SUCCESSION_KINDS = ['rename', 'merge', 'split'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/**
 * 机构改革 — a unit renamed, merged into another or split into several, effective on a date. The old
 * unit keeps its name and its history (past plans, scores, bulletins and reports name it as it was);
 * its open work moves to the successors when the reform is confirmed.
 */
export const unitSuccession = sqliteTable(
	'unit_succession',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		fromUnitId: integer('from_unit_id')
			.notNull()
			.references(() => unit.id),
		toUnitId: integer('to_unit_id')
			.notNull()
			.references(() => unit.id),
		kind: text('kind', { enum: SUCCESSION_KINDS }).notNull(),
		effectiveOn: text('effective_on').notNull(),
		note: text('note').notNull().default(''),
		createdBy: integer('created_by').references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [index('unit_succession_from_idx').on(t.fromUnitId), index('unit_succession_to_idx').on(t.toUnitId)]
);

/** 单位别名 — another name a plan may use for a unit (市委编办); confirmed import mappings land here. */
export const unitAlias = sqliteTable(
	'unit_alias',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'cascade' }),
		alias: text('alias').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('unit_alias_uq').on(t.alias), index('unit_alias_unit_idx').on(t.unitId)]
);

/**
 * 单位组 — a collective designation (市政府各部门). With `expandsToKind` it means every active unit of
 * that kind; without it (市政府有关部门) the office picks the units per task.
 */
export const unitGroup = sqliteTable(
	'unit_group',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		/** Other spellings: JSON array of strings (各县(市、区)人民政府). */
		aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default([]),
		expandsToKind: text('expands_to_kind', { enum: UNIT_KINDS }),
		description: text('description').notNull().default('')
	},
	(t) => [uniqueIndex('unit_group_name_uq').on(t.name)]
);

/** 用户 — a person who signs in. Unit staff are bound to one unit. */
export const user = sqliteTable(
	'user',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		username: text('username').notNull(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: text('role', { enum: ROLES }).notNull(),
		unitId: integer('unit_id').references(() => unit.id),
		active: integer('active', { mode: 'boolean' }).notNull().default(true),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('user_username_uq').on(t.username),
		check('user_unit_role_ck', sql`(${t.role} = 'unit') = (${t.unitId} is not null)`)
	]
);

/** 会话 — a signed-in session; `id` is the SHA-256 of the token the cookie holds. */
export const session = sqliteTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
		createdAt: createdAt(),
		ip: text('ip').notNull().default('')
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

/** 登录限流 — failed sign-in counters per account and per client address. */
export const loginThrottle = sqliteTable('login_throttle', {
	/** 'user:<name>' or 'ip:<address>'. */
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	windowStart: integer('window_start', { mode: 'number' }).notNull(),
	lockedUntil: integer('locked_until', { mode: 'number' }).notNull().default(0)
});

/** 审计日志 — one row per state change, append-only (triggers refuse UPDATE and DELETE). */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: createdAt(),
		userId: integer('user_id'),
		/** Kept as text so the row still says who after the user is renamed. */
		username: text('username').notNull().default(''),
		action: text('action').notNull(),
		objectType: text('object_type').notNull(),
		objectId: text('object_id').notNull().default(''),
		summary: text('summary').notNull().default(''),
		detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
		ip: text('ip').notNull().default('')
	},
	(t) => [
		index('audit_log_at_idx').on(t.at),
		index('audit_log_object_idx').on(t.objectType, t.objectId),
		index('audit_log_user_idx').on(t.userId, t.at)
	]
);

/**
 * work: a body's 工作要点. rectification: the 整改 companion of a work plan, holding one task per
 * rectification (one assignment, for the unit that must fix it), so a unit answers a rectification
 * exactly like an assignment while the work plan's boards, 台账, completion and scores never see it.
 */
export const PLAN_KINDS = ['work', 'rectification'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** 工作要点 — a body's annual work plan. */
export const plan = sqliteTable(
	'plan',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		title: text('title').notNull(),
		year: integer('year').notNull(),
		docNumber: text('doc_number').notNull().default(''),
		issuer: text('issuer').notNull().default(''),
		/** 'YYYY-MM-DD' or ''. */
		issuedOn: text('issued_on').notNull().default(''),
		sourceText: text('source_text').notNull().default(''),
		/** Days before a milestone when the light turns yellow. */
		warnDays: integer('warn_days').notNull().default(15),
		/** Bumped by triggers on every change to the plan's tasks, milestones or assignments: board caches key on it. */
		dataVersion: integer('data_version').notNull().default(0),
		/** When the office closed the year (关闭年度): from then on nothing of the plan changes (triggers refuse it). */
		closedAt: integer('closed_at', { mode: 'number' }),
		closedBy: integer('closed_by').references(() => user.id),
		/** The closed plan this one was drafted from (结转), if any. */
		fromPlanId: integer('from_plan_id'),
		createdAt: createdAt(),
		createdBy: integer('created_by').references(() => user.id),
		kind: text('kind', { enum: PLAN_KINDS }).notNull().default('work'),
		/** For a rectification plan: the work plan whose rectifications it holds. */
		parentId: integer('parent_id').references((): AnySQLiteColumn => plan.id)
	},
	(t) => [
		uniqueIndex('plan_title_year_uq').on(t.title, t.year),
		index('plan_year_idx').on(t.year),
		uniqueIndex('plan_parent_uq')
			.on(t.parentId)
			.where(sql`parent_id is not null`)
	]
);

/** 年度关闭与重新打开 — every close and reopen of a plan, with who, when and why; kept, never edited. */
export const planClosure = sqliteTable(
	'plan_closure',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		action: text('action', { enum: ['close', 'reopen'] }).notNull(),
		reason: text('reason').notNull().default(''),
		actorId: integer('actor_id')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [index('plan_closure_plan_idx').on(t.planId, t.createdAt)]
);

/** 部分 — a top-level heading of a plan (一、…). */
export const section = sqliteTable(
	'section',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		title: text('title').notNull(),
		sortOrder: integer('sort_order').notNull()
	},
	(t) => [index('section_plan_idx').on(t.planId, t.sortOrder)]
);

/** 任务 — one work item of a plan. */
export const task = sqliteTable(
	'task',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		sectionId: integer('section_id')
			.notNull()
			.references(() => section.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		/** The unit note as written (牵头单位:…;责任单位:…). */
		unitNote: text('unit_note').notNull().default(''),
		/** The list ended in 等部门: the office may add units. */
		openList: integer('open_list', { mode: 'boolean' }).notNull().default(false),
		/** Groups named that the office resolves by hand (市政府有关部门), JSON array. */
		pickedGroups: text('picked_groups', { mode: 'json' }).$type<string[]>().notNull().default([]),
		/** Undated duties kept as text (每季度…), JSON array. */
		duties: text('duties', { mode: 'json' }).$type<string[]>().notNull().default([]),
		/** Weight for scoring; equal by default. */
		weight: real('weight').notNull().default(1),
		/** The task of an earlier year this one carries over (结转): its history shows on this task's page. */
		predecessorTaskId: integer('predecessor_task_id'),
		/** Where a next-year candidate came from (结转自…, 年度报告“五”…); empty for a task of the imported text. */
		originNote: text('origin_note').notNull().default(''),
		sortOrder: integer('sort_order').notNull(),
		/** When work on this task starts counting for 序时进度 (a rectification opened mid-year); null: the plan's start. */
		startsOn: text('starts_on')
	},
	(t) => [index('task_plan_idx').on(t.planId, t.sortOrder), index('task_section_idx').on(t.sectionId, t.sortOrder)]
);

/** 时间节点 — a dated deliverable inside a task. */
export const milestone = sqliteTable(
	'milestone',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		taskId: integer('task_id')
			.notNull()
			.references(() => task.id, { onDelete: 'cascade' }),
		dueOn: text('due_on').notNull(),
		what: text('what').notNull().default(''),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [index('milestone_task_idx').on(t.taskId, t.dueOn), index('milestone_due_idx').on(t.dueOn)]
);

/** 任务分解 / 交办 — one task for one unit in one role; the unit of progress, evidence and review. */
export const assignment = sqliteTable(
	'assignment',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		taskId: integer('task_id')
			.notNull()
			.references(() => task.id, { onDelete: 'cascade' }),
		/** Denormalised from task for per-plan roll-ups without a join. */
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id),
		role: text('role', { enum: ASSIGNMENT_ROLES }).notNull(),
		/** The group the unit came in through (市政府各部门), or '' when named directly. */
		viaGroup: text('via_group').notNull().default(''),
		status: text('status', { enum: ASSIGNMENT_STATUSES }).notNull().default('not_started'),
		progressPercent: integer('progress_percent').notNull().default(0),
		grade: text('grade', { enum: GRADES }),
		returnCount: integer('return_count').notNull().default(0),
		/** Server time of the latest submission (a copy of it, for the queue order; history is in `submission`). */
		submittedAt: integer('submitted_at', { mode: 'number' }),
		/** Server time of the submission that was accepted (not of the review): timeliness is scored from it. */
		acceptedAt: integer('accepted_at', { mode: 'number' }),
		/** Date covered by the latest sent progress report: meets interim milestones (see assignments/lights.ts). */
		lastReportedOn: text('last_reported_on'),
		/** The light as last computed (sweep and every change); a change to yellow/red creates one notice. */
		lastLight: text('last_light', { enum: LIGHTS }),
		/** Optimistic lock: every change bumps it; stale forms are refused. */
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'number' })
			.notNull()
			.default(sql`(cast(unixepoch('subsec') * 1000 as integer))`)
	},
	(t) => [
		uniqueIndex('assignment_task_unit_uq').on(t.taskId, t.unitId),
		index('assignment_unit_idx').on(t.unitId, t.planId),
		index('assignment_plan_status_idx').on(t.planId, t.status),
		index('assignment_plan_light_idx').on(t.planId, t.lastLight),
		index('assignment_plan_accepted_idx').on(t.planId, t.acceptedAt),
		// A plan's assignments in id order without a sort (the scoring loader's slices).
		index('assignment_plan_idx').on(t.planId),
		// The review queue (all plans, oldest submission first) and its count on every office page.
		index('assignment_status_submitted_idx').on(t.status, t.submittedAt)
	]
);

/** 进展反馈 — a unit's dated account of work done on an assignment. */
export const progressReport = sqliteTable(
	'progress_report',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id, { onDelete: 'cascade' }),
		reportedOn: text('reported_on').notNull(),
		content: text('content').notNull(),
		percent: integer('percent').notNull(),
		/** Server time of 报送; null while only saved (暂存): then it is the unit's own and changes nothing. */
		sentAt: integer('sent_at', { mode: 'number' }),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'number' })
	},
	(t) => [
		index('progress_report_assignment_idx').on(t.assignmentId, t.createdAt),
		index('progress_report_sent_idx').on(t.assignmentId, t.sentAt),
		// One saved draft per assignment: saving again edits it.
		uniqueIndex('progress_report_draft_uq')
			.on(t.assignmentId)
			.where(sql`sent_at is null`)
	]
);

/** 佐证材料 — a file or a link supporting an assignment's progress. */
export const evidence = sqliteTable(
	'evidence',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['file', 'link'] }).notNull(),
		description: text('description').notNull().default(''),
		url: text('url'),
		/** SHA-256 hex of the content; the stored file's name. */
		fileHash: text('file_hash'),
		/** Original name, for display and Content-Disposition only. */
		fileName: text('file_name'),
		mimeType: text('mime_type'),
		size: integer('size'),
		/** Server time it went out with a sent report or a submission; null while it is the unit's draft. */
		sentAt: integer('sent_at', { mode: 'number' }),
		/** The sent report or the submission it went out with. */
		reportId: integer('report_id').references(() => progressReport.id),
		submissionId: integer('submission_id').references(() => submission.id),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [
		index('evidence_assignment_idx').on(t.assignmentId),
		index('evidence_hash_idx').on(t.fileHash),
		check(
			'evidence_kind_ck',
			sql`(${t.kind} = 'file' and ${t.fileHash} is not null) or (${t.kind} = 'link' and ${t.url} is not null)`
		)
	]
);

/**
 * 提交办结 — the unit declares the assignment done. Every submission is kept with its server time and
 * the deadline then in force; a row with `submittedAt` null is the unit's saved (暂存) draft.
 */
export const submission = sqliteTable(
	'submission',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id, { onDelete: 'cascade' }),
		/** 办结情况说明. */
		summary: text('summary').notNull(),
		percent: integer('percent').notNull().default(100),
		/** Server time of the submission; null for a saved draft. */
		submittedAt: integer('submitted_at', { mode: 'number' }),
		/** The assignment's final deadline in force when it was submitted ('YYYY-MM-DD'). */
		dueOn: text('due_on'),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'number' })
	},
	(t) => [
		index('submission_assignment_idx').on(t.assignmentId, t.submittedAt),
		uniqueIndex('submission_draft_uq')
			.on(t.assignmentId)
			.where(sql`submitted_at is null`)
	]
);

/** 审核 — the office's decision on a submission. */
export const review = sqliteTable(
	'review',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id, { onDelete: 'cascade' }),
		/** The submission it decided (null only for reviews made before submissions were kept). */
		submissionId: integer('submission_id').references(() => submission.id),
		decision: text('decision', { enum: ['accept', 'return'] }).notNull(),
		grade: text('grade', { enum: GRADES }),
		comment: text('comment').notNull().default(''),
		reviewerId: integer('reviewer_id')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [index('review_assignment_idx').on(t.assignmentId)]
);

/**
 * What a timeline entry records. (Databases from before sent reports may also hold evidence_added and
 * evidence_removed rows: their message says what happened, and they are shown as written.)
 */
export const EVENT_TYPES = [
	'report',
	'submitted',
	'returned',
	'accepted',
	'reminder',
	'extension_requested',
	'extension_approved',
	'extension_refused',
	'deadline_changed',
	/** A 整改 was opened: the first entry of a rectification's timeline. */
	'rectification_opened'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** 办理记录 — the assignment's timeline: every report, submission, review and reminder. */
export const assignmentEvent = sqliteTable(
	'assignment_event',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id, { onDelete: 'cascade' }),
		type: text('type', { enum: EVENT_TYPES }).notNull(),
		actorId: integer('actor_id').references(() => user.id),
		message: text('message').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('assignment_event_assignment_idx').on(t.assignmentId, t.createdAt)]
);

/**
 * 单位期限 — a due date the office set for one unit instead of the task's milestone (after an
 * extension, or by hand). `milestoneId` null stands for the year-end deadline of a task without
 * milestones. Absent rows mean the task's own dates apply.
 */
export const assignmentDeadline = sqliteTable(
	'assignment_deadline',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id, { onDelete: 'cascade' }),
		milestoneId: integer('milestone_id').references(() => milestone.id, { onDelete: 'cascade' }),
		dueOn: text('due_on').notNull(),
		updatedAt: integer('updated_at', { mode: 'number' }).notNull()
	},
	(t) => [
		uniqueIndex('assignment_deadline_ms_uq')
			.on(t.assignmentId, t.milestoneId)
			.where(sql`milestone_id is not null`),
		uniqueIndex('assignment_deadline_final_uq')
			.on(t.assignmentId)
			.where(sql`milestone_id is null`),
		index('assignment_deadline_milestone_idx').on(t.milestoneId)
	]
);

export const EXTENSION_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** 延期申请 — a unit asks for a later due date with a reason; the office approves with a date or refuses. */
export const extensionRequest = sqliteTable(
	'extension_request',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id, { onDelete: 'cascade' }),
		/** The milestone whose date it asks to move (null: the year-end deadline of a task without one). */
		milestoneId: integer('milestone_id').references(() => milestone.id, { onDelete: 'set null' }),
		/** The date in force when asked, and the date asked for. */
		currentDue: text('current_due').notNull(),
		requestedDue: text('requested_due').notNull(),
		reason: text('reason').notNull(),
		status: text('status', { enum: EXTENSION_STATUSES }).notNull().default('pending'),
		decidedDue: text('decided_due'),
		decisionNote: text('decision_note').notNull().default(''),
		decidedBy: integer('decided_by').references(() => user.id),
		decidedAt: integer('decided_at', { mode: 'number' }),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [
		index('extension_request_assignment_idx').on(t.assignmentId, t.createdAt),
		index('extension_request_status_idx').on(t.status, t.createdAt),
		uniqueIndex('extension_request_pending_uq')
			.on(t.assignmentId)
			.where(sql`status = 'pending'`)
	]
);

export const DEADLINE_CHANGE_KINDS = ['milestone', 'office', 'extension'] as const;
export type DeadlineChangeKind = (typeof DEADLINE_CHANGE_KINDS)[number];

/**
 * 期限变更记录 — every change of a due date, kept: a task milestone edited for everyone (`assignmentId`
 * null), or one unit's date set by the office or moved by an approved extension.
 */
export const deadlineChange = sqliteTable(
	'deadline_change',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		taskId: integer('task_id')
			.notNull()
			.references(() => task.id, { onDelete: 'cascade' }),
		assignmentId: integer('assignment_id').references(() => assignment.id, { onDelete: 'cascade' }),
		/** Kept as a plain number: the history outlives a deleted milestone. */
		milestoneId: integer('milestone_id'),
		/** What the milestone is (its text when the change was made). */
		label: text('label').notNull().default(''),
		/** Null when a milestone was added; `toDue` null when one was removed. */
		fromDue: text('from_due'),
		toDue: text('to_due'),
		kind: text('kind', { enum: DEADLINE_CHANGE_KINDS }).notNull(),
		reason: text('reason').notNull().default(''),
		extensionRequestId: integer('extension_request_id').references(() => extensionRequest.id),
		actorId: integer('actor_id').references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [
		index('deadline_change_task_idx').on(t.taskId, t.createdAt),
		index('deadline_change_assignment_idx').on(t.assignmentId, t.createdAt)
	]
);

/**
 * auto_*: the light changed; deadline: a due date moved or an extension was decided; assessment: an
 * entry about the unit, the answer to its objection, a rectification, a bulletin.
 */
export const NOTICE_KINDS = [
	'auto_yellow',
	'auto_red',
	'manual',
	'returned',
	'accepted',
	'deadline',
	'assessment'
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** 催办通知 — a notice to a unit: automatic on a yellow/red transition, or sent by the office. */
export const notice = sqliteTable(
	'notice',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id),
		assignmentId: integer('assignment_id').references(() => assignment.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
		message: text('message').notNull(),
		createdBy: integer('created_by').references(() => user.id),
		createdAt: createdAt(),
		readAt: integer('read_at', { mode: 'number' })
	},
	(t) => [index('notice_unit_idx').on(t.unitId, t.readAt, t.createdAt)]
);

/**
 * 导入草稿 — a parsed plan waiting for the office to confirm its unit mapping. Keeps the parse
 * server-side between preview and confirm, and refuses a second confirm of the same draft.
 */
export const planImport = sqliteTable(
	'plan_import',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		sourceName: text('source_name').notNull().default(''),
		sourceText: text('source_text').notNull().default(''),
		/** The ParsedPlan as JSON. */
		parsed: text('parsed', { mode: 'json' }).notNull(),
		status: text('status', { enum: ['draft', 'confirmed', 'discarded'] })
			.notNull()
			.default('draft'),
		planId: integer('plan_id').references(() => plan.id, { onDelete: 'set null' }),
		/** A next year's draft: the closed plan it starts from. */
		fromPlanId: integer('from_plan_id').references(() => plan.id, { onDelete: 'set null' }),
		/** A next year's draft: its candidate tasks (结转, improvements, rectifications), JSON array. */
		candidates: text('candidates', { mode: 'json' }).notNull().default([]),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [index('plan_import_created_idx').on(t.createdBy, t.createdAt)]
);

/**
 * 汇总 — counts of a plan's assignments per (section, unit), kept exact by triggers on assignment
 * (drizzle/0005). Boards read these few thousand rows instead of every assignment.
 */
export const assignmentRollup = sqliteTable(
	'assignment_rollup',
	{
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		sectionId: integer('section_id').notNull(),
		unitId: integer('unit_id').notNull(),
		total: integer('total').notNull().default(0),
		notStarted: integer('not_started').notNull().default(0),
		inProgress: integer('in_progress').notNull().default(0),
		submitted: integer('submitted').notNull().default(0),
		accepted: integer('accepted').notNull().default(0),
		returned: integer('returned').notNull().default(0),
		red: integer('red').notNull().default(0),
		yellow: integer('yellow').notNull().default(0),
		green: integer('green').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.planId, t.sectionId, t.unitId] }),
		index('assignment_rollup_unit_idx').on(t.planId, t.unitId)
	]
);

export const BODY_LEVELS = ['province', 'city', 'county', 'department'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];

/**
 * 本级机关 — the body that runs the system (a province, a city, a county or district, a department):
 * its name, its level, and the prefixes its plans put before short unit names (市司法局, 区经济发展局,
 * 省财政厅). One row, edited by the office; the importer's name matching and the reports read it.
 */
export const bodySetting = sqliteTable(
	'body_setting',
	{
		id: integer('id').primaryKey(),
		/** The place as unit names start with it: 石家庄市 (石家庄市司法局), 长安区, 河北省. */
		name: text('name').notNull(),
		/** The name reports are issued under: 石家庄市人民政府. */
		issuer: text('issuer').notNull().default(''),
		level: text('level', { enum: BODY_LEVELS }).notNull(),
		/** Short prefixes plans use for the body's own units, in order: ["市"], ["区"], ["省"]. */
		prefixes: text('prefixes', { mode: 'json' }).$type<string[]>().notNull().default([]),
		updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
		updatedBy: integer('updated_by').references(() => user.id)
	},
	(t) => [check('body_setting_one_row_ck', sql`${t.id} = 1`)]
);

export const REPORT_FORMATS = ['2021', '2019'] as const;
export const ANNUAL_REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

/**
 * 政府信息公开工作年度报告 — one unit's report for a year (or, with `unitId` null, the body's own: the
 * city's report, whose figures add its units' accepted statistics to its own). Statistics are the
 * national format's cells by stable key (annual-report/format.ts); the text is the draft's sections.
 */
export const annualReport = sqliteTable(
	'annual_report',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		year: integer('year').notNull(),
		unitId: integer('unit_id').references(() => unit.id),
		format: text('format', { enum: REPORT_FORMATS }).notNull(),
		/** Cell key → number, or null for a blank cell. The body's row holds its own (本级) figures. */
		statistics: text('statistics', { mode: 'json' }).$type<Record<string, number | null>>().notNull(),
		/** Soft warnings the unit acknowledged: check id and place → its note. */
		acknowledgements: text('acknowledgements', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
		/** The text: title, preamble and the six sections' paragraphs (annual-report/types.ts ReportDocument). */
		document: text('document', { mode: 'json' }).$type<Record<string, unknown>>(),
		status: text('status', { enum: ANNUAL_REPORT_STATUSES }).notNull().default('draft'),
		/** A published report brought in through the checker (last year's, for S1, S3 and 雷同). */
		imported: integer('imported', { mode: 'boolean' }).notNull().default(false),
		/** When the office marked the text final (all hard checks passed). */
		finalAt: integer('final_at', { mode: 'number' }),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
		updatedBy: integer('updated_by').references(() => user.id)
	},
	(t) => [
		uniqueIndex('annual_report_unit_year_uq')
			.on(t.unitId, t.year)
			.where(sql`unit_id is not null`),
		uniqueIndex('annual_report_body_year_uq')
			.on(t.year)
			.where(sql`unit_id is null`),
		index('annual_report_year_status_idx').on(t.year, t.status)
	]
);

/** 年报报送记录 — every submission of a unit's statistics, with the office's decision: kept, never edited. */
export const annualReportSubmission = sqliteTable(
	'annual_report_submission',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		reportId: integer('report_id')
			.notNull()
			.references(() => annualReport.id, { onDelete: 'cascade' }),
		/** The statistics as submitted. */
		statistics: text('statistics', { mode: 'json' }).$type<Record<string, number | null>>().notNull(),
		acknowledgements: text('acknowledgements', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
		submittedAt: integer('submitted_at', { mode: 'number' }).notNull(),
		submittedBy: integer('submitted_by')
			.notNull()
			.references(() => user.id),
		decision: text('decision', { enum: ['accepted', 'returned'] }),
		reason: text('reason').notNull().default(''),
		decidedAt: integer('decided_at', { mode: 'number' }),
		decidedBy: integer('decided_by').references(() => user.id)
	},
	(t) => [index('annual_report_submission_report_idx').on(t.reportId, t.submittedAt)]
);

// ——— 考核 (assessment): rubrics, classes, entries, objections, bulletins, rectifications ———

/**
 * 评分细则 — one saved version of a plan's rubric (the yaodian-rubric JSON, docs/rubric.md). Every save
 * adds a version and none is ever changed or removed (triggers refuse it): the newest is in force, and
 * a bulletin names the version it was scored with.
 */
export const rubric = sqliteTable(
	'rubric',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id),
		version: integer('version').notNull(),
		/** The rubric's own name (考核办法 title), for lists. */
		name: text('name').notNull(),
		content: text('content', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		/** What this save changed (指标「组织保障」改为 8 分; 导入文件 x.json). */
		note: text('note').notNull().default(''),
		createdBy: integer('created_by').references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('rubric_plan_version_uq').on(t.planId, t.version)]
);

/** 考核类别 — the office puts a unit in a class of the plan's rubric (over the rubric's kinds and unit lists). */
export const assessmentClass = sqliteTable(
	'assessment_class',
	{
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id),
		/** A class id of the rubric in force. */
		classId: text('class_id').notNull(),
		updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
		updatedBy: integer('updated_by').references(() => user.id)
	},
	(t) => [primaryKey({ columns: [t.planId, t.unitId] })]
);

export { ENTRY_KINDS };
export type ScoreEntryKind = (typeof ENTRY_KINDS)[number];

/**
 * 评分录入 — what the office enters for a unit: an external score (网站检查), a level, a count, a
 * percentage, 加分, 扣分, 重大扣分, 一票否决 or 不适用, each with a reason and optional evidence.
 * Visible to that unit; never deleted or edited, only revoked (撤销) with a reason (triggers enforce it).
 */
export const scoreEntry = sqliteTable(
	'score_entry',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id),
		kind: text('kind', { enum: ENTRY_KINDS }).notNull(),
		/** The rubric id it scores: an indicator, or a 加分 / 扣分 / 重大扣分 / 否决 item. */
		indicator: text('indicator').notNull(),
		/** A score, a count, a percentage or points; null for a veto, 不适用, or "1 time". */
		amount: real('amount'),
		/** A level's name (好/较好/一般/差). */
		level: text('level'),
		/** The channel of a blended external score (online / onsite). */
		channel: text('channel'),
		reason: text('reason').notNull(),
		/** The date of the fact (检查日期): scores as of an earlier day leave it out. */
		happenedOn: text('happened_on').notNull(),
		evidenceKind: text('evidence_kind', { enum: ['file', 'link'] }),
		url: text('url'),
		fileHash: text('file_hash'),
		fileName: text('file_name'),
		mimeType: text('mime_type'),
		size: integer('size'),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt(),
		revokedAt: integer('revoked_at', { mode: 'number' }),
		revokedBy: integer('revoked_by').references(() => user.id),
		revokeReason: text('revoke_reason')
	},
	(t) => [
		index('score_entry_plan_unit_idx').on(t.planId, t.unitId, t.happenedOn),
		index('score_entry_hash_idx').on(t.fileHash),
		check(
			'score_entry_evidence_ck',
			sql`${t.evidenceKind} is null or (${t.evidenceKind} = 'file' and ${t.fileHash} is not null) or (${t.evidenceKind} = 'link' and ${t.url} is not null)`
		)
	]
);

/** 异议 — a unit's one objection to an entry about it, with the office's answer; both kept for good. */
export const objection = sqliteTable(
	'objection',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		entryId: integer('entry_id')
			.notNull()
			.references(() => scoreEntry.id),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id),
		reason: text('reason').notNull(),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt(),
		answer: text('answer'),
		answeredBy: integer('answered_by').references(() => user.id),
		answeredAt: integer('answered_at', { mode: 'number' })
	},
	(t) => [uniqueIndex('objection_entry_uq').on(t.entryId), index('objection_unit_idx').on(t.unitId, t.createdAt)]
);

export const BULLETIN_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export type BulletinKind = (typeof BULLETIN_KINDS)[number];
export const PUBLISH_MODES = ['scores', 'bands'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/**
 * 通报 — a dated bulletin freezing the scores, ranks, 等次, every breakdown line, the red and yellow
 * lists and the rectifications as they stood at its cut-off. Written as 'writing' in slices, then
 * issued in one step; once issued, triggers refuse any UPDATE or DELETE of it and of its rows.
 * Units and assignments are copied (ids as plain numbers, names as text): no later edit, merge or
 * deletion can alter what was announced.
 */
export const bulletin = sqliteTable(
	'bulletin',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id),
		kind: text('kind', { enum: BULLETIN_KINDS }).notNull(),
		/** 文号: 石政公办〔2020〕3号. */
		docNumber: text('doc_number').notNull(),
		title: text('title').notNull(),
		/** Scores as of the end of this day (截至). */
		cutOff: text('cut_off').notNull(),
		status: text('status', { enum: ['writing', 'issued'] })
			.notNull()
			.default('writing'),
		issuedAt: integer('issued_at', { mode: 'number' }),
		issuedBy: integer('issued_by').references(() => user.id),
		/** The issuing office as it signs the bulletin (落款). */
		issuer: text('issuer').notNull().default(''),
		/** The office's comment: the body text before the tables. */
		comment: text('comment').notNull().default(''),
		publish: text('publish', { enum: PUBLISH_MODES }).notNull(),
		/** The rubric version scored with; null: the shipped default rubric. */
		rubricId: integer('rubric_id').references(() => rubric.id),
		rubricName: text('rubric_name').notNull(),
		rubricVersion: integer('rubric_version').notNull().default(0),
		/** Classes as scored: id, name, maximum, number of units. */
		classes: text('classes', { mode: 'json' })
			.$type<{ id: string; name: string; max: number; units: number }[]>()
			.notNull(),
		/** Units not scored and why. */
		excluded: text('excluded', { mode: 'json' }).$type<{ unitId: number; name: string; reason: string }[]>().notNull(),
		final: integer('final', { mode: 'boolean' }).notNull(),
		createdBy: integer('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [
		index('bulletin_plan_idx').on(t.planId, t.status, t.cutOff),
		// One bulletin being written per plan at a time.
		uniqueIndex('bulletin_writing_uq')
			.on(t.planId)
			.where(sql`status = 'writing'`)
	]
);

/** 通报单位得分 — one unit's frozen total, 等次 and ranks in a bulletin. */
export const bulletinUnit = sqliteTable(
	'bulletin_unit',
	{
		bulletinId: integer('bulletin_id')
			.notNull()
			.references(() => bulletin.id),
		unitId: integer('unit_id').notNull(),
		unitName: text('unit_name').notNull(),
		unitKind: text('unit_kind', { enum: UNIT_KINDS }).notNull(),
		classId: text('class_id').notNull(),
		className: text('class_name').notNull(),
		total: real('total').notNull(),
		max: real('max').notNull(),
		percent: real('percent').notNull(),
		base: real('base').notNull(),
		band: text('band').notNull(),
		bandBeforeQuota: text('band_before_quota'),
		rank: integer('rank').notNull(),
		classRank: integer('class_rank').notNull(),
		/** The veto state (一票否决) as scored, or null. */
		veto: text('veto', { mode: 'json' }).$type<Record<string, unknown>>(),
		/** The indicator tree with this unit's maxima and scores. */
		tree: text('tree', { mode: 'json' }).$type<unknown[]>().notNull(),
		/** Order in the bulletin (rank order). */
		seq: integer('seq').notNull()
	},
	(t) => [primaryKey({ columns: [t.bulletinId, t.unitId] }), index('bulletin_unit_seq_idx').on(t.bulletinId, t.seq)]
);

/** 通报得分明细 — every frozen breakdown line of every unit. */
export const bulletinLine = sqliteTable(
	'bulletin_line',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		bulletinId: integer('bulletin_id')
			.notNull()
			.references(() => bulletin.id),
		unitId: integer('unit_id').notNull(),
		seq: integer('seq').notNull(),
		indicator: text('indicator').notNull(),
		indicatorName: text('indicator_name').notNull(),
		rule: text('rule').notNull(),
		sourceKind: text('source_kind'),
		sourceId: integer('source_id'),
		points: real('points').notNull(),
		text: text('text').notNull()
	},
	(t) => [index('bulletin_line_unit_idx').on(t.bulletinId, t.unitId, t.seq)]
);

export const BULLETIN_ITEM_KINDS = [
	'red',
	'yellow',
	'rectified',
	'rectification_overdue',
	'rectification_open'
] as const;
export type BulletinItemKind = (typeof BULLETIN_ITEM_KINDS)[number];

/**
 * 通报事项 — the frozen lists: assignments red (逾期) and yellow (临期或滞后) at the cut-off, and the
 * rectifications closed, overdue or still open by then.
 */
export const bulletinItem = sqliteTable(
	'bulletin_item',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		bulletinId: integer('bulletin_id')
			.notNull()
			.references(() => bulletin.id),
		kind: text('kind', { enum: BULLETIN_ITEM_KINDS }).notNull(),
		seq: integer('seq').notNull(),
		unitId: integer('unit_id').notNull(),
		unitName: text('unit_name').notNull(),
		/** The assignment (or the rectification's assignment) it is about, as a plain number. */
		assignmentId: integer('assignment_id'),
		rectificationId: integer('rectification_id'),
		/** 一(三) 加强政务信息规范管理. */
		label: text('label').notNull(),
		/** Why it is on the list: 完成时限 2020-09-30 已逾期 12 天. */
		detail: text('detail').notNull()
	},
	(t) => [index('bulletin_item_kind_idx').on(t.bulletinId, t.kind, t.seq)]
);

/**
 * 整改 — a problem the office found (a deduction entry, or a bulletin's deduction line or red item) that
 * the unit must fix by a date. It is answered like an assignment: its own task in the work plan's
 * rectification plan, with one assignment for the unit (reports, evidence, 提交办结, the office's review).
 */
export const rectification = sqliteTable(
	'rectification',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** The work plan the problem was found in. */
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignment.id),
		entryId: integer('entry_id').references(() => scoreEntry.id),
		bulletinId: integer('bulletin_id').references(() => bulletin.id),
		bulletinLineId: integer('bulletin_line_id').references(() => bulletinLine.id),
		bulletinItemId: integer('bulletin_item_id').references(() => bulletinItem.id),
		/** The problem as found (the entry's reason, the line's sentence). */
		problem: text('problem').notNull(),
		/** What the office asks for (整改要求). */
		requirement: text('requirement').notNull(),
		dueOn: text('due_on').notNull(),
		openedBy: integer('opened_by')
			.notNull()
			.references(() => user.id),
		openedAt: integer('opened_at', { mode: 'number' }).notNull()
	},
	(t) => [
		uniqueIndex('rectification_assignment_uq').on(t.assignmentId),
		uniqueIndex('rectification_entry_uq')
			.on(t.entryId)
			.where(sql`entry_id is not null`),
		uniqueIndex('rectification_line_uq')
			.on(t.bulletinLineId)
			.where(sql`bulletin_line_id is not null`),
		uniqueIndex('rectification_item_uq')
			.on(t.bulletinItemId)
			.where(sql`bulletin_item_id is not null`),
		index('rectification_plan_unit_idx').on(t.planId, t.unitId),
		check(
			'rectification_source_ck',
			sql`(${t.entryId} is not null) + (${t.bulletinLineId} is not null) + (${t.bulletinItemId} is not null) = 1`
		)
	]
);
