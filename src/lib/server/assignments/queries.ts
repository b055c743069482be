// Reading assignments: a unit's list (我的任务) with live lights, what a lead unit may read of the
// others on its tasks, and one assignment's page.
import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { DB } from '../db/client';
import {
	assignment,
	assignmentEvent,
	evidence,
	milestone,
	plan,
	progressReport,
	review,
	section,
	task,
	unit,
	user,
	type AssignmentRole,
	type AssignmentStatus,
	type EventType,
	type Grade
} from '../db/schema';
import type { PolicyUser } from '../auth/policy';
import { can } from '../auth/policy';
import { milestonesByTask, planStart } from '../reminders';
import { computeLight, LIGHT_ORDER, type LightResult } from './lights';
import { requireViewable, seesDrafts } from './access';

export interface AssignmentListRow {
	id: number;
	taskId: number;
	taskCode: string;
	taskTitle: string;
	sectionId: number;
	sectionCode: string;
	sectionTitle: string;
	unitId: number;
	unitName: string;
	role: AssignmentRole;
	status: AssignmentStatus;
	progressPercent: number;
	grade: Grade | null;
	returnCount: number;
	lastReportedOn: string | null;
	light: LightResult;
	sortOrder: number;
}

function listWithLights(db: DB, where: ReturnType<typeof and>, today: string): AssignmentListRow[] {
	const rows = db
		.select({
			id: assignment.id,
			taskId: task.id,
			taskCode: task.code,
			taskTitle: task.title,
			sectionId: section.id,
			sectionCode: section.code,
			sectionTitle: section.title,
			unitId: unit.id,
			unitName: unit.shortName,
			role: assignment.role,
			status: assignment.status,
			progressPercent: assignment.progressPercent,
			grade: assignment.grade,
			returnCount: assignment.returnCount,
			lastReportedOn: assignment.lastReportedOn,
			sortOrder: task.sortOrder,
			planYear: plan.year,
			issuedOn: plan.issuedOn,
			warnDays: plan.warnDays
		})
		.from(assignment)
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(section, eq(section.id, task.sectionId))
		.innerJoin(plan, eq(plan.id, assignment.planId))
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(where)
		.orderBy(asc(section.sortOrder), asc(task.sortOrder), asc(unit.sortOrder))
		.all();
	const ms = milestonesByTask(db, [...new Set(rows.map((r) => r.taskId))]);
	return rows.map(({ planYear, issuedOn, warnDays, ...r }) => ({
		...r,
		light: computeLight({
			status: r.status,
			progressPercent: r.progressPercent,
			milestones: ms.get(r.taskId) ?? [],
			planYear,
			planStart: planStart({ year: planYear, issuedOn }),
			reportDates: r.lastReportedOn ? [r.lastReportedOn] : [],
			today,
			warnDays
		})
	}));
}

/** Plans in which the unit has assignments, newest first. */
export function plansOfUnit(db: DB, unitId: number): { id: number; title: string; year: number }[] {
	return db
		.selectDistinct({ id: plan.id, title: plan.title, year: plan.year })
		.from(assignment)
		.innerJoin(plan, eq(plan.id, assignment.planId))
		.where(eq(assignment.unitId, unitId))
		.orderBy(desc(plan.year), desc(plan.id))
		.all();
}

export function listUnitAssignments(db: DB, unitId: number, planId: number, today: string): AssignmentListRow[] {
	return listWithLights(db, and(eq(assignment.unitId, unitId), eq(assignment.planId, planId)), today);
}

/** The other units' assignments on tasks this unit leads (read-only for the lead unit). */
export function listLedAssignments(db: DB, unitId: number, planId: number, today: string): AssignmentListRow[] {
	const led = db
		.select({ taskId: assignment.taskId })
		.from(assignment)
		.where(and(eq(assignment.unitId, unitId), eq(assignment.planId, planId), eq(assignment.role, 'lead')))
		.all()
		.map((r) => r.taskId);
	if (!led.length) return [];
	return listWithLights(db, and(inArray(assignment.taskId, led), ne(assignment.unitId, unitId)), today);
}

export type LightFilter = 'red' | 'yellow' | 'green';

export function sortByUrgency(rows: AssignmentListRow[]): AssignmentListRow[] {
	return [...rows].sort(
		(a, b) =>
			LIGHT_ORDER[a.light.light] - LIGHT_ORDER[b.light.light] ||
			(a.light.nextDue ?? '9999').localeCompare(b.light.nextDue ?? '9999') ||
			a.sortOrder - b.sortOrder
	);
}

// ---------------------------------------------------------------- one assignment

export interface TimelineEntry {
	id: number;
	type: EventType;
	message: string;
	createdAt: number;
	actorName: string | null;
}

export interface AssignmentView {
	id: number;
	version: number;
	status: AssignmentStatus;
	role: AssignmentRole;
	progressPercent: number;
	grade: Grade | null;
	returnCount: number;
	submittedAt: number | null;
	unit: { id: number; shortName: string };
	task: { id: number; code: string; title: string; body: string; duties: string[] };
	section: { code: string; title: string };
	plan: { id: number; title: string; year: number };
	milestones: { dueOn: string; what: string }[];
	light: LightResult;
	reports: {
		id: number;
		reportedOn: string;
		content: string;
		percent: number;
		createdAt: number;
		draft: boolean;
		author: string;
	}[];
	evidence: {
		id: number;
		kind: 'file' | 'link';
		description: string;
		url: string | null;
		fileName: string | null;
		mimeType: string | null;
		size: number | null;
		createdAt: number;
		draft: boolean;
	}[];
	reviews: {
		id: number;
		decision: 'accept' | 'return';
		grade: Grade | null;
		comment: string;
		createdAt: number;
		reviewer: string;
	}[];
	timeline: TimelineEntry[];
	/** Hidden drafts exist that this viewer may not see (shown as a count, never content). */
	canWork: boolean;
	canReview: boolean;
	canRemind: boolean;
	/** The viewer reads this as the task's lead unit. */
	asLeadUnit: boolean;
	leadUnits: string[];
}

const DRAFT_EVENTS: EventType[] = ['report', 'evidence_added', 'evidence_removed'];

export function getAssignmentView(db: DB, viewer: PolicyUser, id: number, today: string): AssignmentView {
	const ctx = requireViewable(db, viewer, id);
	const a = ctx.assignment;
	const owner = seesDrafts(viewer, ctx);
	const sec = db
		.select({ code: section.code, title: section.title })
		.from(section)
		.where(eq(section.id, ctx.task.sectionId))
		.get()!;
	const milestones = db
		.select({ dueOn: milestone.dueOn, what: milestone.what })
		.from(milestone)
		.where(eq(milestone.taskId, ctx.task.id))
		.orderBy(asc(milestone.dueOn))
		.all();
	const reports = db
		.select({
			id: progressReport.id,
			reportedOn: progressReport.reportedOn,
			content: progressReport.content,
			percent: progressReport.percent,
			createdAt: progressReport.createdAt,
			submittedAt: progressReport.submittedAt,
			author: user.displayName
		})
		.from(progressReport)
		.innerJoin(user, eq(user.id, progressReport.createdBy))
		.where(and(eq(progressReport.assignmentId, id), owner ? undefined : isNotNull(progressReport.submittedAt)))
		.orderBy(desc(progressReport.reportedOn), desc(progressReport.id))
		.all();
	const items = db
		.select()
		.from(evidence)
		.where(and(eq(evidence.assignmentId, id), owner ? undefined : isNotNull(evidence.submittedAt)))
		.orderBy(asc(evidence.id))
		.all();
	const reviews = db
		.select({
			id: review.id,
			decision: review.decision,
			grade: review.grade,
			comment: review.comment,
			createdAt: review.createdAt,
			reviewer: user.displayName
		})
		.from(review)
		.innerJoin(user, eq(user.id, review.reviewerId))
		.where(eq(review.assignmentId, id))
		.orderBy(desc(review.id))
		.all();
	const events = db
		.select({
			id: assignmentEvent.id,
			type: assignmentEvent.type,
			message: assignmentEvent.message,
			createdAt: assignmentEvent.createdAt,
			actorName: user.displayName
		})
		.from(assignmentEvent)
		.leftJoin(user, eq(user.id, assignmentEvent.actorId))
		.where(eq(assignmentEvent.assignmentId, id))
		.orderBy(desc(assignmentEvent.createdAt), desc(assignmentEvent.id))
		.all()
		// Work done since the last submission is still the unit's draft.
		.filter((e) => owner || !DRAFT_EVENTS.includes(e.type) || (a.submittedAt !== null && e.createdAt <= a.submittedAt));
	const leadUnits = db
		.select({ name: unit.shortName })
		.from(unit)
		.where(inArray(unit.id, ctx.leadUnitIds.length ? ctx.leadUnitIds : [-1]))
		.all()
		.map((u) => u.name);
	return {
		id,
		version: a.version,
		status: a.status,
		role: a.role,
		progressPercent: a.progressPercent,
		grade: a.grade,
		returnCount: a.returnCount,
		submittedAt: a.submittedAt,
		unit: ctx.unit,
		task: { id: ctx.task.id, code: ctx.task.code, title: ctx.task.title, body: ctx.task.body, duties: ctx.task.duties },
		section: sec,
		plan: { id: ctx.plan.id, title: ctx.plan.title, year: ctx.plan.year },
		milestones,
		light: computeLight({
			status: a.status,
			progressPercent: a.progressPercent,
			milestones: milestones.map((m) => m.dueOn),
			planYear: ctx.plan.year,
			planStart: planStart({ year: ctx.plan.year, issuedOn: ctx.plan.issuedOn }),
			reportDates: a.lastReportedOn ? [a.lastReportedOn] : [],
			today,
			warnDays: ctx.plan.warnDays
		}),
		reports: reports.map(({ submittedAt, ...r }) => ({ ...r, draft: submittedAt === null })),
		evidence: items.map((e) => ({
			id: e.id,
			kind: e.kind,
			description: e.description,
			url: e.url,
			fileName: e.fileName,
			mimeType: e.mimeType,
			size: e.size,
			createdAt: e.createdAt,
			draft: e.submittedAt === null
		})),
		reviews,
		timeline: events,
		canWork: can(viewer, 'assignment.work', { unitId: a.unitId }),
		canReview: can(viewer, 'review.decide') && a.status === 'submitted',
		canRemind: can(viewer, 'reminder.send') && a.status !== 'accepted',
		asLeadUnit: viewer.role === 'unit' && viewer.unitId !== a.unitId,
		leadUnits
	};
}

/** Counts for the unit's home page. */
export function unitCounts(db: DB, unitId: number, planId: number) {
	return db
		.select({ status: assignment.status, n: sql<number>`count(*)` })
		.from(assignment)
		.where(and(eq(assignment.unitId, unitId), eq(assignment.planId, planId)))
		.groupBy(assignment.status)
		.all();
}

/**
 * A file the viewer may download: the owning unit sees its drafts, everyone who may read the
 * assignment sees submitted files; anything else is "not found".
 */
export function evidenceForDownload(
	db: DB,
	viewer: PolicyUser,
	evidenceId: number
): { hash: string; fileName: string; mimeType: string; size: number } | null {
	const row = db.select().from(evidence).where(eq(evidence.id, evidenceId)).get();
	if (!row || row.kind !== 'file' || !row.fileHash) return null;
	let ctx;
	try {
		ctx = requireViewable(db, viewer, row.assignmentId);
	} catch {
		return null;
	}
	if (row.submittedAt === null && !seesDrafts(viewer, ctx)) return null;
	return {
		hash: row.fileHash,
		fileName: row.fileName ?? '附件',
		mimeType: row.mimeType ?? 'application/octet-stream',
		size: row.size ?? 0
	};
}
