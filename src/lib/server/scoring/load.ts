// loadFacts: a work plan in the database as the engine's facts (facts.ts) — its units with their
// classes, sections, tasks and milestones, every assignment's sent reports, submissions, reviews and
// deadline history, and the office's entries that stand (revoked ones never count). Timestamps go in
// as epoch milliseconds. Rectification plans are never loaded: their work is not the plan's.
//
// A province is 30,000 assignments and 400,000 records, so the bulk is read with raw statements, a
// slice of assignments per read transaction; `factSteps` yields between slices so a server can let
// other requests run (assessment/steps.ts), and `loadFacts` reads it all at once (the CLI, tests).
import { prepared, type DB } from '../db/client';
import type { Grade, UnitKind } from '../db/schema';
import { planStart } from '../assignments/light-state';
import { DomainError } from '../shared/errors';
import { runAtOnce } from '../shared/steps';
import { shanghaiDate } from '../shared/time';
import { UNIT_KIND_ORDER } from '../units/kinds';
import { deadlineHistory, type StoredChange } from './load-deadlines';
import type { FactAssignment, FactEntry, FactTask, FactUnit, ReportColumns, ScoringFacts } from './facts';

/** Assignments read per transaction: about 4,000 history rows, about 10 milliseconds. */
const SLICE = 250;
/** A unit added this long after the plan was imported owes no monthly reports before it was added. */
const ADDED_LATER_MS = 60_000;

type Row = Record<string, unknown>;
/** An assignment without sent reports (read-only: the engine copies columns, never writes them). */
const none = () => Object.freeze([]) as unknown as number[];
const NO_REPORTS: ReportColumns = Object.freeze({ id: none(), sentAt: none(), coversDay: none(), percent: none() });
type Raw = unknown[];

function planOf(db: DB, planId: number) {
	const p = db.$client
		.prepare('select id, title, year, issued_on, created_at, kind from plan where id = ?')
		.get(planId) as { id: number; title: string; year: number; issued_on: string; created_at: number; kind: string };
	if (!p) throw new DomainError('not_found', '工作要点不存在');
	if (p.kind !== 'work') throw new DomainError('invalid', '整改事项不参加考核计分');
	return p;
}

function unitsOf(db: DB, planId: number): FactUnit[] {
	const rows = db.$client
		.prepare(
			`select u.id, u.short_name name, u.kind, u.sort_order, c.class_id
			from unit u left join assessment_class c on c.unit_id = u.id and c.plan_id = @plan
			where exists (select 1 from assignment a where a.unit_id = u.id and a.plan_id = @plan)
				or exists (select 1 from score_entry e where e.unit_id = u.id and e.plan_id = @plan and e.revoked_at is null)
				or c.unit_id is not null`
		)
		.all({ plan: planId }) as {
		id: number;
		name: string;
		kind: UnitKind;
		sort_order: number;
		class_id: string | null;
	}[];
	const order = (k: UnitKind) => UNIT_KIND_ORDER.indexOf(k);
	rows.sort((a, b) => order(a.kind) - order(b.kind) || a.sort_order - b.sort_order || a.id - b.id);
	return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, ...(r.class_id ? { class: r.class_id } : {}) }));
}

function entriesOf(db: DB, planId: number): FactEntry[] {
	const rows = db.$client
		.prepare(
			`select id, unit_id, kind, indicator, amount, level, channel, reason, happened_on, evidence_kind, url
			from score_entry where plan_id = ? and revoked_at is null order by happened_on, id`
		)
		.all(planId) as Row[];
	return rows.map((r) => {
		const value = r.level ?? r.amount;
		return {
			id: r.id as number,
			unitId: r.unit_id as number,
			kind: r.kind as FactEntry['kind'],
			indicator: r.indicator as string,
			...(value !== null ? { value: value as number | string } : {}),
			...(r.channel ? { channel: r.channel as string } : {}),
			reason: r.reason as string,
			on: r.happened_on as string,
			...(r.evidence_kind ? { evidence: r.evidence_kind === 'link' ? (r.url as string) : `entry:${r.id}` } : {})
		};
	});
}

const change = (r: Raw, own: boolean): StoredChange => ({
	id: r[0] as number,
	milestoneId: r[2] as number | null,
	fromDue: r[3] as string | null,
	toDue: r[4] as string | null,
	kind: r[5] as StoredChange['kind'],
	reason: r[6] as string,
	at: r[7] as number,
	own
});

const CHANGE_COLUMNS = 'id, coalesce(assignment_id, task_id), milestone_id, from_due, to_due, kind, reason, created_at';

/** The facts, read a slice of assignments at a time; yields after each slice (no transaction spans a yield). */
export function* factSteps(db: DB, planId: number): Generator<void, ScoringFacts, void> {
	const c = db.$client;
	const head = c.transaction(() => {
		const p = planOf(db, planId);
		const sections = c
			.prepare('select id, code, title from section where plan_id = ? order by sort_order, id')
			.all(planId) as { id: number; code: string; title: string }[];
		const codes = new Map(sections.map((s) => [s.id, s.code]));
		const tasks = (
			c
				.prepare('select id, section_id, code, title, weight from task where plan_id = ? order by sort_order, id')
				.raw()
				.all(planId) as Raw[]
		).map((r): FactTask => ({
			id: r[0] as number,
			sectionId: r[1] as number,
			code: `${codes.get(r[1] as number) ?? ''}${r[2] as string}`,
			title: r[3] as string,
			weight: r[4] as number,
			milestones: []
		}));
		const byTask = new Map(tasks.map((t) => [t.id, t]));
		for (const m of c
			.prepare(
				'select m.id, m.task_id, m.due_on, m.what from milestone m join task t on t.id = m.task_id where t.plan_id = ? order by m.due_on, m.sort_order, m.id'
			)
			.raw()
			.all(planId) as Raw[])
			byTask.get(m[1] as number)!.milestones!.push({ id: m[0] as number, dueOn: m[2] as string, what: m[3] as string });
		const taskChanges = new Map<number, StoredChange[]>();
		for (const r of c
			.prepare(
				`select ${CHANGE_COLUMNS} from deadline_change where assignment_id is null and task_id in (select id from task where plan_id = ?)`
			)
			.raw()
			.all(planId) as Raw[]) {
			const list = taskChanges.get(r[1] as number) ?? [];
			list.push(change(r, false));
			taskChanges.set(r[1] as number, list);
		}
		// Assignments made after this read are not in the facts (their tasks or units may not be either).
		const [first, last] = c
			.prepare(
				'select (select min(id) from assignment where plan_id = @plan), (select max(id) from assignment where plan_id = @plan)'
			)
			.raw()
			.get({ plan: planId }) as [number | null, number | null];
		return {
			p,
			sections,
			tasks,
			byTask,
			taskChanges,
			first,
			last,
			units: unitsOf(db, planId),
			entries: entriesOf(db, planId)
		};
	})();
	yield;
	const { p, byTask, taskChanges, first, last } = head;
	const yearEnd = `${p.year}-12-31`;
	const assignments: FactAssignment[] = [];
	// Each slice finds its own last id through the (plan, id) index: listing 30,000 ids first cost 15 ms.
	const sliceEnd = c
		.prepare('select id from assignment where plan_id = ? and id >= ? order by id limit 1 offset ?')
		.pluck();
	for (let lo = first ?? 0; last !== null && lo <= last;) {
		c.transaction(() => {
			const hi = Math.min((sliceEnd.get(p.id, lo, SLICE - 1) as number | undefined) ?? last, last);
			readSlice(db, p, lo, hi, byTask, taskChanges, yearEnd, assignments);
			lo = hi + 1;
		})();
		yield;
	}
	return {
		plan: { id: p.id, title: p.title, year: p.year, startsOn: planStart({ year: p.year, issuedOn: p.issued_on }) },
		units: head.units,
		sections: head.sections,
		tasks: head.tasks,
		assignments,
		entries: head.entries
	};
}

/** Statements of the bulk read, prepared once per database. */
function sliceStatements(db: DB) {
	const s = (key: string, text: string) => prepared(db, `facts.${key}`, (d) => d.$client.prepare(text).raw());
	// Joined from the slice's assignments, walked by id (`+a.plan_id` keeps SQLite off the plan index, which
	// would visit the whole plan per slice). No ORDER BY: each assignment's rows come in its index's time
	// order, and the engine sorts whatever is not.
	const of = (table: string, columns: string, where: string) =>
		`select x.assignment_id, ${columns} from assignment a join ${table} x on x.assignment_id = a.id
		where a.id between @lo and @hi and +a.plan_id = @plan and ${where}`;
	return {
		assignments: s(
			'assignments',
			'select id, task_id, unit_id, role, created_at from assignment where id between @lo and @hi and +plan_id = @plan'
		),
		// One row per assignment holding its reports as four JSON arrays, which are the engine's report
		// columns once parsed: row by row, 360,000 reports cost a third of the load. The covered date as a
		// day number (julianday of 1970-01-01 is 2440587.5). A group's aggregates are stepped together,
		// row by row, so the four arrays line up.
		reports: s(
			'reports',
			`${of(
				'progress_report',
				`json_group_array(x.id), json_group_array(cast(julianday(x.reported_on) - 2440587.5 as integer)),
				json_group_array(x.sent_at), json_group_array(x.percent)`,
				'x.sent_at is not null'
			)} group by x.assignment_id`
		),
		submissions: s(
			'submissions',
			of('submission', 'x.id, x.submitted_at, x.percent, x.due_on', 'x.submitted_at is not null')
		),
		reviews: s(
			'reviews',
			of('review', 'x.id, x.created_at, x.submission_id, x.decision, x.grade, x.comment', 'x.submission_id is not null')
		),
		changes: s(
			'changes',
			`select x.id, x.assignment_id, x.milestone_id, x.from_due, x.to_due, x.kind, x.reason, x.created_at
			from assignment a join deadline_change x on x.assignment_id = a.id where a.id between @lo and @hi and +a.plan_id = @plan`
		)
	};
}

function readSlice(
	db: DB,
	p: { id: number; created_at: number },
	lo: number,
	hi: number,
	byTask: Map<number, FactTask>,
	taskChanges: Map<number, StoredChange[]>,
	yearEnd: string,
	out: FactAssignment[]
): void {
	const st = sliceStatements(db);
	const args = { plan: p.id, lo, hi };
	const slice = new Map<number, FactAssignment>();
	for (const r of st.assignments.all(args) as Raw[]) {
		const a: FactAssignment = {
			id: r[0] as number,
			taskId: r[1] as number,
			unitId: r[2] as number,
			role: r[3] as FactAssignment['role'],
			reportColumns: NO_REPORTS,
			submissions: [],
			reviews: []
		};
		if ((r[4] as number) > p.created_at + ADDED_LATER_MS) a.assignedOn = shanghaiDate(r[4] as number);
		slice.set(a.id, a);
		out.push(a);
	}
	for (const r of st.reports.all(args) as string[][])
		slice.get(Number(r[0]))!.reportColumns = {
			id: JSON.parse(r[1]),
			coversDay: JSON.parse(r[2]),
			sentAt: JSON.parse(r[3]),
			percent: JSON.parse(r[4])
		};
	for (const r of st.submissions.all(args) as Raw[])
		slice.get(r[0] as number)!.submissions!.push({
			id: r[1] as number,
			at: r[2] as number,
			percent: r[3] as number,
			...(r[4] ? { dueOn: r[4] as string } : {})
		});
	for (const r of st.reviews.all(args) as Raw[])
		slice.get(r[0] as number)!.reviews!.push({
			id: r[1] as number,
			at: r[2] as number,
			submissionId: r[3] as number,
			decision: r[4] as 'accept' | 'return',
			...(r[5] ? { grade: r[5] as Grade } : {}),
			...(r[6] ? { reason: r[6] as string } : {})
		});
	const own = new Map<number, StoredChange[]>();
	for (const r of st.changes.all(args) as Raw[]) {
		const list = own.get(r[1] as number) ?? [];
		list.push(change(r, true));
		own.set(r[1] as number, list);
	}
	for (const a of slice.values()) {
		const tc = taskChanges.get(a.taskId);
		const oc = own.get(a.id);
		if (!tc && !oc) continue;
		const deadlines = deadlineHistory(byTask.get(a.taskId)!.milestones ?? [], tc ?? [], oc ?? [], yearEnd);
		if (deadlines) a.deadlines = deadlines;
	}
}

/** The facts of a work plan, read at once. */
export function loadFacts(db: DB, planId: number): ScoringFacts {
	return runAtOnce(factSteps(db, planId));
}
