// One assignment's page: its deadlines in force, sent reports, submissions with the reviews that
// decided them, extension requests, evidence and the timeline. The owning unit also gets its own
// saved drafts; nobody else ever does.
import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DB } from '../db/client';
import {
	assignment,
	assignmentEvent,
	deadlineChange,
	evidence,
	progressReport,
	review,
	submission,
	unit,
	user,
	type AssignmentRole,
	type AssignmentStatus,
	type EventType,
	type Grade
} from '../db/schema';
import { can, type PolicyUser } from '../auth/policy';
import { daysBetween, shanghaiDate } from '../shared/time';
import type { Deadline } from '../deadlines/effective';
import { listExtensionsOf, type ExtensionRow } from '../deadlines/extensions';
import { reportFloor } from '../progress/reports';
import { rectificationOfAssignment } from '../rectifications/open';
import { requireViewable, seesDrafts } from './access';
import { lightsOf } from './light-state';
import { selectAssignments } from './base';
import type { LightResult } from './lights';

export interface TimelineEntry {
	key: string;
	type: EventType;
	message: string;
	createdAt: number;
	actorName: string | null;
}

export interface EvidenceItem {
	id: number;
	kind: 'file' | 'link';
	description: string;
	url: string | null;
	fileName: string | null;
	mimeType: string | null;
	size: number | null;
	createdAt: number;
	/** Not sent yet: the unit's own, goes out with its next report or submission. */
	draft: boolean;
}

export interface SubmissionItem {
	id: number;
	submittedAt: number;
	percent: number;
	summary: string;
	dueOn: string | null;
	/** Days after the deadline then in force (0 when on time). */
	lateDays: number;
	author: string;
	review: {
		decision: 'accept' | 'return';
		grade: Grade | null;
		comment: string;
		createdAt: number;
		reviewer: string;
	} | null;
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
	deadlines: Deadline[];
	light: LightResult;
	reports: { id: number; reportedOn: string; content: string; percent: number; sentAt: number; author: string }[];
	/** The owning unit's saved report, to edit and send (null for everyone else). */
	draftReport: { content: string; percent: number; reportedOn: string; updatedAt: number | null } | null;
	/** Earliest date a new report may cover. */
	reportFloor: string;
	evidence: EvidenceItem[];
	submissions: SubmissionItem[];
	draftSubmission: { summary: string; percent: number } | null;
	extensions: (ExtensionRow & { requester: string; decider: string | null })[];
	timeline: TimelineEntry[];
	canWork: boolean;
	canReview: boolean;
	canRemind: boolean;
	canManageDeadlines: boolean;
	/** The viewer reads this as the task's lead unit. */
	asLeadUnit: boolean;
	/** The 整改 this assignment answers, if it is one (rectifications/open.ts). */
	rectificationId: number | null;
	leadUnits: string[];
}

function names(db: DB, ids: (number | null)[]): Map<number, string> {
	const list = [...new Set(ids.filter((x): x is number => !!x))];
	if (!list.length) return new Map();
	return new Map(
		db
			.select({ id: user.id, name: user.displayName })
			.from(user)
			.where(inArray(user.id, list))
			.all()
			.map((u) => [u.id, u.name])
	);
}

export function getAssignmentView(db: DB, viewer: PolicyUser, id: number, today = shanghaiDate()): AssignmentView {
	const ctx = requireViewable(db, viewer, id);
	const a = ctx.assignment;
	const owner = seesDrafts(viewer, ctx);
	const row = selectAssignments(db).where(eq(assignment.id, id)).get()!;
	const live = lightsOf(db, [row], today).get(id)!;

	const reports = db
		.select()
		.from(progressReport)
		.where(and(eq(progressReport.assignmentId, id), owner ? undefined : isNotNull(progressReport.sentAt)))
		.orderBy(desc(progressReport.reportedOn), desc(progressReport.id))
		.all();
	const subs = db
		.select()
		.from(submission)
		.where(and(eq(submission.assignmentId, id), owner ? undefined : isNotNull(submission.submittedAt)))
		.orderBy(desc(submission.submittedAt), desc(submission.id))
		.all();
	const reviews = db.select().from(review).where(eq(review.assignmentId, id)).orderBy(asc(review.id)).all();
	const items = db
		.select()
		.from(evidence)
		.where(and(eq(evidence.assignmentId, id), owner ? undefined : isNotNull(evidence.sentAt)))
		.orderBy(asc(evidence.id))
		.all();
	const extensions = listExtensionsOf(db, id);
	const events = db.select().from(assignmentEvent).where(eq(assignmentEvent.assignmentId, id)).all();
	// Task-wide milestone edits belong on every unit's timeline; a unit's own moves are events already.
	const taskChanges = db
		.select()
		.from(deadlineChange)
		.where(and(eq(deadlineChange.taskId, ctx.task.id), isNull(deadlineChange.assignmentId)))
		.all();
	const who = names(db, [
		...reports.map((r) => r.createdBy),
		...subs.map((s) => s.createdBy),
		...reviews.map((r) => r.reviewerId),
		...extensions.flatMap((e) => [e.createdBy, e.decidedBy]),
		...events.map((e) => e.actorId),
		...taskChanges.map((c) => c.actorId)
	]);
	const nameOf = (uid: number | null) => (uid ? (who.get(uid) ?? '') : '');
	const draft = owner ? reports.find((r) => r.sentAt === null) : undefined;
	const draftSub = owner ? subs.find((s) => s.submittedAt === null) : undefined;

	const timeline: TimelineEntry[] = [
		...events.map((e) => ({
			key: `e${e.id}`,
			type: e.type,
			message: e.message,
			createdAt: e.createdAt,
			actorName: e.actorId ? nameOf(e.actorId) : null
		})),
		...taskChanges.map((c) => ({
			key: `d${c.id}`,
			type: 'deadline_changed' as const,
			message:
				c.fromDue && c.toDue
					? `时间节点调整：${c.label || '节点'} ${c.fromDue} → ${c.toDue}`
					: c.toDue
						? `新增时间节点：${c.toDue} ${c.label}`
						: `删除时间节点：${c.fromDue} ${c.label}`,
			createdAt: c.createdAt,
			actorName: c.actorId ? nameOf(c.actorId) : null
		}))
	].sort((x, y) => y.createdAt - x.createdAt || y.key.localeCompare(x.key));

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
		section: { code: row.sectionCode, title: row.sectionTitle },
		plan: { id: ctx.plan.id, title: ctx.plan.title, year: ctx.plan.year },
		deadlines: live.deadlines,
		light: live.light,
		reports: reports.flatMap((r) =>
			r.sentAt === null
				? []
				: [
						{
							id: r.id,
							reportedOn: r.reportedOn,
							content: r.content,
							percent: r.percent,
							sentAt: r.sentAt,
							author: nameOf(r.createdBy)
						}
					]
		),
		draftReport: draft
			? { content: draft.content, percent: draft.percent, reportedOn: draft.reportedOn, updatedAt: draft.updatedAt }
			: null,
		reportFloor: reportFloor(db, ctx).floor,
		rectificationId: rectificationOfAssignment(db, id)?.id ?? null,
		evidence: items.map((e) => ({
			id: e.id,
			kind: e.kind,
			description: e.description,
			url: e.url,
			fileName: e.fileName,
			mimeType: e.mimeType,
			size: e.size,
			createdAt: e.createdAt,
			draft: e.sentAt === null
		})),
		submissions: subs.flatMap((s) => {
			if (s.submittedAt === null) return [];
			const r = reviews.find((x) => x.submissionId === s.id);
			return [
				{
					id: s.id,
					submittedAt: s.submittedAt,
					percent: s.percent,
					summary: s.summary,
					dueOn: s.dueOn,
					lateDays: s.dueOn ? Math.max(0, daysBetween(s.dueOn, shanghaiDate(s.submittedAt))) : 0,
					author: nameOf(s.createdBy),
					review: r
						? {
								decision: r.decision,
								grade: r.grade,
								comment: r.comment,
								createdAt: r.createdAt,
								reviewer: nameOf(r.reviewerId)
							}
						: null
				}
			];
		}),
		draftSubmission: draftSub ? { summary: draftSub.summary, percent: draftSub.percent } : null,
		extensions: extensions.map((e) => ({
			...e,
			requester: nameOf(e.createdBy),
			decider: e.decidedBy ? nameOf(e.decidedBy) : null
		})),
		timeline,
		canWork: can(viewer, 'assignment.work', { unitId: a.unitId }),
		canReview: can(viewer, 'review.decide') && a.status === 'submitted',
		canRemind: can(viewer, 'reminder.send') && a.status !== 'accepted',
		canManageDeadlines: can(viewer, 'deadline.manage') && a.status !== 'accepted',
		asLeadUnit: viewer.role === 'unit' && viewer.unitId !== a.unitId,
		leadUnits
	};
}
