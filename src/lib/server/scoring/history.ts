// One assignment's history from the facts: deadlines and their changes, sent reports, submissions
// and reviews, checked and in time order. The hot path of reading a province (30,000 assignments,
// 400,000 records): plain loops, no closure per record, and a message is built only for a record
// that is wrong.
import { GRADES, type Grade } from '../db/schema';
import { dayOf, instantOf, shanghaiDayOf } from './days';
import {
	DEADLINE_CHANGE_KINDS,
	type DeadlineChangeKind,
	type FactAssignment,
	type FactReport,
	type ReportColumns
} from './facts';
import type { NChange, NDeadline, NReports, NReview, NSubmission } from './normalise';
import { isFiniteNumber, isId, isObject, type Problems } from './problems';

export interface DefaultDeadlines {
	deadlines: NDeadline[];
	dueDays: number[];
}
export interface History {
	deadlines: NDeadline[];
	fixedDueDays: number[] | null;
	reports: NReports;
	submissions: NSubmission[];
	reviews: NReview[];
}
type Obj = Record<string, unknown>;

const EMPTY: never[] = [];
const byTime = <T extends { at: number; id: number }>(a: T, b: T) => a.at - b.at || a.id - b.id;

/** Reads one field; `what` is a fixed label where '#' stands for the record's id. */
class Reader {
	assignmentId = 0;
	constructor(private readonly p: Problems) {}

	problem(what: string, id: unknown, message: string): void {
		this.p.add(`任务分工 ${this.assignmentId} 的${what.replace('#', String(id))}${message}`);
	}

	date(v: unknown, what: string, id: unknown): number {
		const d = typeof v === 'string' ? dayOf(v) : NaN;
		if (d !== d) this.problem(what, id, `「${String(v)}」不是有效日期（YYYY-MM-DD）`);
		return d;
	}

	instant(v: unknown, what: string, id: unknown): number {
		const t = typeof v === 'number' ? (Number.isSafeInteger(v) ? v : NaN) : typeof v === 'string' ? instantOf(v) : NaN;
		if (t !== t) this.problem(what, id, `「${String(v)}」不是带时区的 ISO 8601 时间（如 2020-09-30T17:20:00+08:00）`);
		return t;
	}

	percent(v: unknown, what: string, id: unknown): number {
		if (!(isFiniteNumber(v) && v >= 0 && v <= 100)) this.problem(what, id, '应为 0–100 的数');
		return v as number;
	}

	id(o: Obj, what: string): number {
		if (!isId(o.id)) this.problem(what, '', '：id 应为正整数');
		return o.id as number;
	}

	objects(v: unknown, name: string): Obj[] {
		if (v === undefined) return EMPTY;
		if (Array.isArray(v) && v.every(isObject)) return v as Obj[];
		this.p.add(`任务分工 ${this.assignmentId}：${name} 应为对象数组`);
		return EMPTY;
	}
}

/** A unit's report columns, filled assignment by assignment (`next` is the first free row). */
interface ReportStore {
	at: Float64Array;
	id: Float64Array;
	percent: Float64Array;
	coversDay: Float64Array;
	next: number;
}

/**
 * Reads the histories of one unit's assignments (`list`): one reader and one set of report columns
 * for the unit, sized to hold all of its reports.
 */
export function historyReader(p: Problems, list: readonly FactAssignment[]) {
	let n = 0;
	for (const a of list)
		n +=
			a.reportColumns !== undefined
				? (a.reportColumns.id?.length ?? 0)
				: Array.isArray(a.reports)
					? a.reports.length
					: 0;
	const store: ReportStore = {
		at: new Float64Array(n),
		id: new Float64Array(n),
		percent: new Float64Array(n),
		coversDay: new Float64Array(n),
		next: 0
	};
	const r = new Reader(p);
	return (a: FactAssignment, defaults: DefaultDeadlines): History => {
		r.assignmentId = a.id;
		return readHistory(a, r, p, defaults, store);
	};
}

function readHistory(
	a: FactAssignment,
	r: Reader,
	p: Problems,
	defaults: DefaultDeadlines,
	store: ReportStore
): History {
	let deadlines = defaults.deadlines;
	let fixedDueDays: number[] | null = defaults.dueDays;
	if (a.deadlines !== undefined) {
		deadlines = r.objects(a.deadlines, 'deadlines').map((d) => ({
			milestoneId: isId(d.milestoneId) ? d.milestoneId : null,
			originalDay: d.dueOn === null ? null : r.date(d.dueOn, '期限', ''),
			changes: changesOf(d.changes, r)
		}));
		if (!deadlines.length) p.add(`任务分工 ${a.id}：deadlines 不能为空`);
		if (deadlines.some((d) => d.changes.length)) fixedDueDays = null;
		else if (deadlines.some((d) => d.originalDay === null))
			r.problem('期限', '', '：dueOn 为 null 的期限应由一次期限变更加入（from 为 null）');
		else {
			fixedDueDays = deadlines.map((d) => d.originalDay!);
			if (fixedDueDays.length > 1) fixedDueDays.sort((x, y) => x - y);
		}
	}
	// Sized at once: an empty array's first push reserves room for sixteen.
	const subs = r.objects(a.submissions, 'submissions');
	const submissions: NSubmission[] = subs.length ? new Array(subs.length) : EMPTY;
	for (let i = 0; i < subs.length; i++) {
		const s = subs[i];
		const id = r.id(s, '提交');
		const at = r.instant(s.at, '提交 # 的时间', id);
		submissions[i] = {
			id,
			at,
			day: shanghaiDayOf(at),
			percent: r.percent(s.percent, '提交 # 的进度', id),
			stampedDueDay: s.dueOn === undefined ? null : r.date(s.dueOn, '提交 # 的期限', id),
			review: null
		};
	}
	inOrder(submissions);
	const revs = r.objects(a.reviews, 'reviews');
	const reviews: NReview[] = revs.length ? new Array(revs.length) : EMPTY;
	for (let i = 0; i < revs.length; i++) reviews[i] = reviewOf(revs[i], submissions, r);
	inOrder(reviews);
	return { deadlines, fixedDueDays, reports: reportsOf(a, r, store), submissions, reviews };
}

/** Sorts in place unless already in order (the usual case: Array#sort copies even a sorted list). */
export function sortUnlessSorted<T>(list: T[], order: (a: T, b: T) => number): T[] {
	for (let i = 1; i < list.length; i++) if (order(list[i - 1], list[i]) > 0) return list.sort(order);
	return list;
}

const inOrder = <T extends { at: number; id: number }>(list: T[]) => sortUnlessSorted(list, byTime);

function changesOf(v: unknown, r: Reader): NChange[] {
	const list = r.objects(v, 'deadlines.changes');
	if (!list.length) return EMPTY;
	const out = list.map((c) => {
		const id = r.id(c, '期限变更');
		if (!DEADLINE_CHANGE_KINDS.includes(c.kind as DeadlineChangeKind))
			r.problem('期限变更 #', id, `：kind 应为 ${DEADLINE_CHANGE_KINDS.join('、')} 之一`);
		return {
			id,
			at: r.instant(c.at, '期限变更 # 的时间', id),
			kind: c.kind as NChange['kind'],
			fromDay: c.from === null ? null : r.date(c.from, '期限变更 # 的原日期', id),
			toDay: c.to === null ? null : r.date(c.to, '期限变更 # 的新日期', id),
			reason: String(c.reason ?? '')
		};
	});
	inOrder(out);
	return out;
}

function reviewOf(x: Obj, submissions: NSubmission[], r: Reader): NReview {
	const id = r.id(x, '审核');
	let sub: NSubmission | undefined;
	for (const s of submissions) if (s.id === x.submissionId) sub = s;
	const at = r.instant(x.at, '审核 # 的时间', id);
	if (x.decision !== 'accept' && x.decision !== 'return') r.problem('审核 #', id, '：decision 应为 accept 或 return');
	if (x.decision === 'accept' && !GRADES.includes(x.grade as Grade))
		r.problem('审核 #', id, `：通过时应评定等级 grade（${GRADES.join(' / ')}）`);
	const review: NReview = {
		id,
		at,
		day: shanghaiDayOf(at),
		submission: sub as NSubmission,
		decision: x.decision as NReview['decision'],
		grade: x.decision === 'accept' ? (x.grade as Grade) : null,
		reason: String(x.reason ?? '')
	};
	if (!sub) r.problem('审核 #', id, `：提交 ${String(x.submissionId)} 不属于本分工`);
	else if (sub.review) r.problem('审核 #', id, `：提交 ${sub.id} 已审核过`);
	else if (at < sub.at) r.problem('审核 #', id, '：审核时间早于所审的提交');
	else sub.review = review;
	return review;
}

/**
 * Reports are the bulk of the history (a dozen per assignment): read into the unit's columns, checked
 * with messages only when a fast check fails. The database loader gives columns already.
 */
function reportsOf(a: FactAssignment, r: Reader, store: ReportStore): NReports {
	if (a.reportColumns !== undefined) return columnsOf(a.reportColumns, r, store);
	// Not r.objects(): each report's fields are checked below, so a non-object is caught there too.
	const raw = (
		Array.isArray(a.reports) ? a.reports : a.reports === undefined ? EMPTY : r.objects(a.reports, 'reports')
	) as FactReport[];
	const n = raw.length;
	const start = store.next;
	const { at, id, percent, coversDay } = store;
	for (let i = 0; i < n; i++) {
		const x = raw[i];
		const row = start + i;
		if (x === null || typeof x !== 'object') {
			r.problem('进展报送 #', i + 1, '应为对象');
			at[row] = id[row] = percent[row] = coversDay[row] = NaN;
			continue;
		}
		const s = x.sentAt;
		const t = typeof s === 'number' ? (Number.isSafeInteger(s) ? s : NaN) : typeof s === 'string' ? instantOf(s) : NaN;
		const day = typeof x.coversOn === 'string' ? dayOf(x.coversOn) : NaN;
		if (!(isId(x.id) && t === t && isFiniteNumber(x.percent) && x.percent >= 0 && x.percent <= 100 && day === day)) {
			const rid = r.id(x as unknown as Obj, '进展报送');
			r.instant(x.sentAt, '进展报送 # 的报送时间', rid);
			r.date(x.coversOn, '进展报送 # 的日期', rid);
			r.percent(x.percent, '进展报送 # 的进度', rid);
		}
		at[row] = t;
		id[row] = x.id;
		percent[row] = x.percent;
		coversDay[row] = day;
	}
	return inTimeOrder(store, start, n);
}

function columnsOf(c: ReportColumns, r: Reader, store: ReportStore): NReports {
	const n = c.id.length;
	if (c.sentAt.length !== n || c.coversDay.length !== n || c.percent.length !== n) {
		r.problem('进展报送', '', '的各列长度不一致');
		return inTimeOrder(store, store.next, 0);
	}
	const start = store.next;
	for (let i = 0; i < n; i++) {
		const p = c.percent[i];
		if (!(
			isId(c.id[i]) &&
			Number.isSafeInteger(c.sentAt[i]) &&
			Number.isSafeInteger(c.coversDay[i]) &&
			p >= 0 &&
			p <= 100
		))
			r.problem('进展报送 #', c.id[i], '的数据无效');
		store.at[start + i] = c.sentAt[i];
		store.id[start + i] = c.id[i];
		store.percent[start + i] = p;
		store.coversDay[start + i] = c.coversDay[i];
	}
	return inTimeOrder(store, start, n);
}

/** Rows [start, start + n) put in sending order (ties by id), unless already so (the usual case). */
function inTimeOrder(store: ReportStore, start: number, n: number): NReports {
	const { at, id, percent, coversDay } = store;
	store.next = start + n;
	let sorted = true;
	for (let i = start + 1; i < start + n && sorted; i++)
		if (!(at[i] > at[i - 1] || (at[i] === at[i - 1] && id[i] >= id[i - 1]))) sorted = false;
	if (!sorted) {
		const order = Array.from({ length: n }, (_, i) => start + i).sort((x, y) => at[x] - at[y] || id[x] - id[y]);
		for (const col of [at, id, percent, coversDay]) {
			const copy = order.map((i) => col[i]);
			for (let i = 0; i < n; i++) col[start + i] = copy[i];
		}
	}
	return { at, id, percent, coversDay, start, count: n };
}
