// 下一年度候选任务: what a closed year hands to the next — its unfinished assignments (结转), grouped
// by task and sent to the units that carry the work today; the improvements the body's annual report
// states in 五; the rectifications (整改) of its 考核 not yet closed. Each candidate says where it came from
// and how far it had got, so the office decides with the facts in front of it.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { DB } from '../db/client';
import { assignment, plan, rectification, section, task, unit, type AssignmentRole } from '../db/schema';
import { ASSIGNMENT_ROLE_LABEL, RECTIFICATION_STATUS_LABEL, STATUS_LABEL } from '../../labels';
import { statusOf } from '../rectifications/list';
import { currentSuccessors } from '../units/reform';
import { previousReport } from '../annual-report/previous';
import { statedImprovements } from '../annual-report/draft/improvements';

export const CANDIDATE_KINDS = ['carry', 'improvement', 'rectification'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** Where improvements and rectifications go when the new text has no section of that name. */
export const IMPROVEMENT_SECTION = '落实年度报告改进措施';
export const RECTIFICATION_SECTION = '考核整改落实';

export interface CandidateUnit {
	unitId: number;
	name: string;
	role: AssignmentRole;
	/** The unit that held the work this year, when a reform has since moved it (机构改革). */
	heldBy: string | null;
}

export interface Candidate {
	/** Stable within the draft: c1, c2 … */
	key: string;
	kind: CandidateKind;
	sectionCode: string;
	sectionTitle: string;
	code: string;
	title: string;
	body: string;
	duties: string[];
	predecessorTaskId: number | null;
	units: CandidateUnit[];
	/** How far the work had got, per unit: 市司法局 进行中 60%. */
	progress: string[];
	/** Stored on the new task: 结转自2020年“一(三)…”. */
	originNote: string;
}

interface OpenAssignment {
	taskId: number;
	unitId: number;
	unitName: string;
	role: AssignmentRole;
	status: keyof typeof STATUS_LABEL;
	percent: number;
}

function openAssignments(db: DB, planId: number): OpenAssignment[] {
	return db
		.select({
			taskId: assignment.taskId,
			unitId: assignment.unitId,
			unitName: unit.shortName,
			role: assignment.role,
			status: assignment.status,
			percent: assignment.progressPercent
		})
		.from(assignment)
		.innerJoin(unit, eq(unit.id, assignment.unitId))
		.where(and(eq(assignment.planId, planId), ne(assignment.status, 'accepted')))
		.orderBy(asc(assignment.taskId), asc(unit.sortOrder), asc(unit.id))
		.all();
}

/** The unfinished assignments of a plan, one candidate per task, in the plan's order. */
export function carryCandidates(db: DB, planId: number): Omit<Candidate, 'key'>[] {
	const p = db.select({ year: plan.year }).from(plan).where(eq(plan.id, planId)).get();
	if (!p) return [];
	const open = openAssignments(db, planId);
	if (!open.length) return [];
	const byTask = new Map<number, OpenAssignment[]>();
	for (const a of open) byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a]);
	const names = unitNames(db);
	const tasks = db
		.select({
			id: task.id,
			code: task.code,
			title: task.title,
			body: task.body,
			duties: task.duties,
			sectionCode: section.code,
			sectionTitle: section.title
		})
		.from(task)
		.innerJoin(section, eq(section.id, task.sectionId))
		.where(eq(task.planId, planId))
		.orderBy(asc(section.sortOrder), asc(task.sortOrder))
		.all();
	const out: Omit<Candidate, 'key'>[] = [];
	for (const t of tasks) {
		const list = byTask.get(t.id);
		if (!list) continue;
		const units = new Map<number, CandidateUnit>();
		for (const a of list)
			for (const id of currentSuccessors(db, a.unitId)) {
				const cur = units.get(id);
				if (cur && (cur.role === 'lead' || a.role === 'responsible')) continue;
				units.set(id, {
					unitId: id,
					name: names.get(id) ?? '',
					role: a.role,
					heldBy: id === a.unitId ? null : a.unitName
				});
			}
		const where = `${t.sectionCode}${t.code}`;
		out.push({
			kind: 'carry',
			sectionCode: t.sectionCode,
			sectionTitle: t.sectionTitle,
			code: t.code,
			title: t.title,
			body: t.body,
			duties: t.duties,
			predecessorTaskId: t.id,
			units: [...units.values()],
			progress: list.map(
				(a) => `${a.unitName}（${ASSIGNMENT_ROLE_LABEL[a.role]}）${STATUS_LABEL[a.status]} ${a.percent}%`
			),
			originNote: `结转自${p.year}年“${where}${t.title}”`
		});
	}
	return out;
}

/** 五 of the body's annual report on the closed year, when it is in the system (final or imported). */
export function improvementCandidates(db: DB, year: number): Omit<Candidate, 'key'>[] {
	const report = previousReport(db, { year: year + 1, unitId: null });
	const five = report?.document.sections.find((s) => s.no === 5);
	if (!report || !five) return [];
	return statedImprovements(five.paragraphs).map((imp, i) => ({
		kind: 'improvement' as const,
		sectionCode: '',
		sectionTitle: IMPROVEMENT_SECTION,
		code: `${i + 1}.`,
		title: imp.quote.replace(/…$/, ''),
		body: imp.text,
		duties: [],
		predecessorTaskId: null,
		units: [],
		progress: [],
		originNote: `来自《${report.document.title}》“五、存在的主要问题及改进情况”第 ${i + 1} 条`
	}));
}

/** Names of units by id, for successors the closed year never knew. */
function unitNames(db: DB): Map<number, string> {
	return new Map(
		db
			.select({ id: unit.id, name: unit.shortName })
			.from(unit)
			.all()
			.map((u) => [u.id, u.name])
	);
}

/**
 * The plan's rectifications not closed (the office has not accepted the unit's 整改), oldest first: each
 * a candidate for the unit that carries the work today, linked to its 整改 task.
 */
export function rectificationCandidates(db: DB, planId: number, year: number): Omit<Candidate, 'key'>[] {
	const open = db
		.select({
			taskId: task.id,
			title: task.title,
			body: task.body,
			unitId: rectification.unitId,
			unitName: unit.shortName,
			problem: rectification.problem,
			dueOn: rectification.dueOn,
			status: assignment.status,
			lastLight: assignment.lastLight,
			percent: assignment.progressPercent
		})
		.from(rectification)
		.innerJoin(assignment, eq(assignment.id, rectification.assignmentId))
		.innerJoin(task, eq(task.id, assignment.taskId))
		.innerJoin(unit, eq(unit.id, rectification.unitId))
		.where(and(eq(rectification.planId, planId), ne(assignment.status, 'accepted')))
		.orderBy(asc(rectification.openedAt), asc(rectification.id))
		.all();
	if (!open.length) return [];
	const names = unitNames(db);
	return open.map((r, i) => {
		const status = RECTIFICATION_STATUS_LABEL[statusOf(r)];
		return {
			kind: 'rectification' as const,
			sectionCode: '',
			sectionTitle: RECTIFICATION_SECTION,
			code: `${i + 1}.`,
			title: r.title,
			body: r.body,
			duties: [],
			predecessorTaskId: r.taskId,
			units: currentSuccessors(db, r.unitId).map((id) => ({
				unitId: id,
				name: names.get(id) ?? '',
				role: 'responsible' as const,
				heldBy: id === r.unitId ? null : r.unitName
			})),
			progress: [`${r.unitName} ${status} ${r.percent}%`],
			originNote: `来自${year}年度考核整改（${r.unitName}，整改期限 ${r.dueOn}，${status}）：${r.problem}`.slice(0, 300)
		};
	});
}

/** Every candidate of a closed plan, keyed in order. */
export function nextYearCandidates(db: DB, planId: number, year: number): Candidate[] {
	return [
		...carryCandidates(db, planId),
		...improvementCandidates(db, year),
		...rectificationCandidates(db, planId, year)
	].map((c, i) => ({
		...c,
		key: `c${i + 1}`
	}));
}
