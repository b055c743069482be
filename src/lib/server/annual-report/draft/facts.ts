// What the system holds about a year's work, for the draft: the plans whose year is the report's,
// per section the counts of tasks and assignments by status (all units', or one unit's), the tasks
// that are overdue or were returned, and a few accepted submissions with their evidence. Numbers
// only from the records; the writers (write-*.ts) say nothing else.
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DB } from '../../db/client';
import { assignment, evidence, plan, review, section, submission, task, type Grade } from '../../db/schema';
import { selectAssignments, type AssignmentRow } from '../../assignments/base';
import { yieldToLoop } from '../../shared/yield';
import { countWork, type WorkCounts } from './counts';

export { countWork, type WorkCounts };

export interface TaskRef {
	planId: number;
	taskId: number;
	code: string;
	title: string;
}

export interface EvidenceRef {
	id: number;
	url: string | null;
	label: string;
}

/** An accepted assignment the draft quotes: the unit's own account of what was done. */
export interface Highlight extends TaskRef {
	assignmentId: number;
	unitName: string;
	grade: Grade | null;
	summary: string;
	evidence: EvidenceRef[];
}

export interface SectionWork {
	planId: number;
	sectionId: number;
	code: string;
	title: string;
	counts: WorkCounts;
	highlights: Highlight[];
	/** Tasks with overdue assignments, the most overdue first. */
	overdue: (TaskRef & { count: number })[];
}

export interface TaskWork extends TaskRef {
	assignments: number;
	accepted: number;
}

export interface PlanWork {
	plan: { id: number; title: string; docNumber: string; issuer: string; issuedOn: string; year: number };
	sections: SectionWork[];
	tasks: TaskWork[];
	counts: WorkCounts;
}

export interface YearWork {
	year: number;
	unitId: number | null;
	plans: PlanWork[];
}

/** Tasks whose assignments are read per turn of the event loop (a few milliseconds of work). */
const TASKS_PER_READ = 8;
const GRADE_ORDER: Record<Grade, number> = { excellent: 0, good: 1, fair: 2, poor: 3 };
/** How many accepted assignments the body's draft quotes per section (a unit's quotes all of its own, to this cap). */
const HIGHLIGHTS = { body: 3, unit: 8 } as const;

const taskRef = (r: AssignmentRow): TaskRef => ({
	planId: r.planId,
	taskId: r.taskId,
	code: r.taskCode,
	title: r.taskTitle
});

/** The accepted assignments to quote: the best graded first, one per task, in the plan's order. */
function pickHighlights(rows: AssignmentRow[], cap: number): AssignmentRow[] {
	const seen = new Set<number>();
	return rows
		.filter((r) => r.status === 'accepted')
		.sort(
			(a, b) =>
				GRADE_ORDER[a.grade ?? 'poor'] - GRADE_ORDER[b.grade ?? 'poor'] ||
				a.taskSort - b.taskSort ||
				a.unitSort - b.unitSort
		)
		.filter((r) => (seen.has(r.taskId) ? false : (seen.add(r.taskId), true)))
		.slice(0, cap);
}

/** The accepted submission's 办结说明 and up to two pieces of sent evidence (links first) per assignment. */
function quotes(db: DB, ids: number[]): Map<number, { summary: string; evidence: EvidenceRef[] }> {
	const out = new Map<number, { summary: string; evidence: EvidenceRef[] }>();
	if (!ids.length) return out;
	const accepted = db
		.select({ assignmentId: review.assignmentId, summary: submission.summary })
		.from(review)
		.innerJoin(submission, eq(submission.id, review.submissionId))
		.where(and(inArray(review.assignmentId, ids), eq(review.decision, 'accept')))
		.orderBy(desc(review.createdAt), desc(review.id))
		.all();
	for (const a of accepted) if (!out.has(a.assignmentId)) out.set(a.assignmentId, { summary: a.summary, evidence: [] });
	const files = db
		.select({
			id: evidence.id,
			assignmentId: evidence.assignmentId,
			kind: evidence.kind,
			url: evidence.url,
			description: evidence.description,
			fileName: evidence.fileName
		})
		.from(evidence)
		.where(and(inArray(evidence.assignmentId, ids), isNotNull(evidence.sentAt)))
		.orderBy(asc(evidence.id))
		.all()
		.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'link' ? -1 : 1));
	for (const e of files) {
		const q = out.get(e.assignmentId);
		if (!q || q.evidence.length >= 2) continue;
		q.evidence.push({
			id: e.id,
			url: e.kind === 'link' ? e.url : null,
			label: e.description || e.fileName || e.url || '佐证材料'
		});
	}
	return out;
}

/**
 * A section's assignments in the plan's order. The body's: a few tasks per read, found by the
 * (task, unit) index, in turns of the event loop (an OFFSET page would sort the whole section again
 * for every page). A unit's own rows are few, read at once by the (unit, plan) index.
 */
async function sectionRows(db: DB, planId: number, sectionId: number, taskIds: number[], unitId: number | null) {
	const order = [asc(task.sortOrder), asc(task.id), asc(assignment.id)] as const;
	if (unitId !== null)
		return selectAssignments(db)
			.where(and(eq(assignment.planId, planId), eq(task.sectionId, sectionId), eq(assignment.unitId, unitId)))
			.orderBy(...order)
			.all();
	const rows: AssignmentRow[] = [];
	for (let i = 0; i < taskIds.length; i += TASKS_PER_READ) {
		rows.push(
			...selectAssignments(db)
				.where(inArray(assignment.taskId, taskIds.slice(i, i + TASKS_PER_READ)))
				.orderBy(...order)
				.all()
		);
		await yieldToLoop();
	}
	return rows;
}

async function planWork(db: DB, p: PlanWork['plan'], unitId: number | null): Promise<PlanWork> {
	const allTasks = db
		.select({ id: task.id, code: task.code, title: task.title, sectionId: task.sectionId, sectionCode: section.code })
		.from(task)
		.innerJoin(section, eq(section.id, task.sectionId))
		.where(eq(task.planId, p.id))
		.orderBy(asc(task.sortOrder), asc(task.id))
		.all();
	const sections = db.select().from(section).where(eq(section.planId, p.id)).orderBy(asc(section.sortOrder)).all();
	await yieldToLoop();
	const rows: AssignmentRow[] = [];
	const chosen: { sectionId: number; rows: AssignmentRow[] }[] = [];
	const out: SectionWork[] = [];
	// A section at a time: a province's plan has thousands of assignments, read in turns of the event loop.
	for (const s of sections) {
		const taskIds = allTasks.filter((t) => t.sectionId === s.id).map((t) => t.id);
		const inSection = await sectionRows(db, p.id, s.id, taskIds, unitId);
		rows.push(...inSection);
		if (unitId !== null && !inSection.length) continue;
		const sectionTasks =
			unitId === null
				? allTasks.filter((t) => t.sectionId === s.id).length
				: new Set(inSection.map((r) => r.taskId)).size;
		const overdue = new Map<number, TaskRef & { count: number }>();
		for (const r of inSection)
			if (r.status !== 'accepted' && r.lastLight === 'red') {
				const t = overdue.get(r.taskId) ?? { ...taskRef(r), count: 0 };
				t.count++;
				overdue.set(r.taskId, t);
			}
		chosen.push({
			sectionId: s.id,
			rows: pickHighlights(inSection, unitId === null ? HIGHLIGHTS.body : HIGHLIGHTS.unit)
		});
		out.push({
			planId: p.id,
			sectionId: s.id,
			code: s.code,
			title: s.title,
			counts: countWork(inSection, sectionTasks),
			highlights: [],
			overdue: [...overdue.values()].sort((a, b) => b.count - a.count)
		});
	}
	const mine = unitId === null ? null : new Set(rows.map((r) => r.taskId));
	const tasks = allTasks.filter((t) => !mine || mine.has(t.id));
	const q = quotes(
		db,
		chosen.flatMap((c) => c.rows.map((r) => r.id))
	);
	for (const c of chosen) {
		const target = out.find((s) => s.sectionId === c.sectionId);
		for (const r of c.rows) {
			const found = q.get(r.id);
			if (found?.summary.trim())
				target?.highlights.push({ ...taskRef(r), assignmentId: r.id, unitName: r.unitName, grade: r.grade, ...found });
		}
	}
	const byTask = new Map<number, { assignments: number; accepted: number }>();
	for (const r of rows) {
		const t = byTask.get(r.taskId) ?? { assignments: 0, accepted: 0 };
		t.assignments++;
		if (r.status === 'accepted') t.accepted++;
		byTask.set(r.taskId, t);
	}
	await yieldToLoop();
	return {
		plan: p,
		sections: out,
		tasks: tasks.map((t) => ({
			planId: p.id,
			taskId: t.id,
			code: `${t.sectionCode}${t.code}`,
			title: t.title,
			...(byTask.get(t.id) ?? { assignments: 0, accepted: 0 })
		})),
		counts: countWork(rows, tasks.length)
	};
}

/** The year's work: every plan of that year, for the body (all units) or one unit. */
export async function loadYearWork(db: DB, year: number, unitId: number | null): Promise<YearWork> {
	const plans = db
		.select({
			id: plan.id,
			title: plan.title,
			docNumber: plan.docNumber,
			issuer: plan.issuer,
			issuedOn: plan.issuedOn,
			year: plan.year
		})
		.from(plan)
		.where(eq(plan.year, year))
		.orderBy(asc(plan.id))
		.all();
	const out: PlanWork[] = [];
	for (const p of plans) out.push(await planWork(db, p, unitId));
	return { year, unitId, plans: out };
}
