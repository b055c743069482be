// One assignment's history from the facts: deadlines and their changes, sent reports, submissions
// and reviews, checked and in time order. The hot path of reading a province: it allocates little
// and builds a message only for a record that is wrong.
import { GRADES, type Grade } from '../db/schema';
import { instantOf, dayOf, shanghaiDayOf } from './days';
import type { FactAssignment, FactReport } from './facts';
import type { NChange, NDeadline, NReports, NReview, NSubmission } from './normalise';
import { isFiniteNumber, isId, isObject, type Problems } from './problems';

type Reader = (v: unknown, what: () => string) => number;
export interface Readers {
	date: Reader;
	instant: Reader;
	percent: Reader;
	p: Problems;
}
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

function objects(v: unknown, name: string, at: () => string, p: Problems): Obj[] {
	if (v === undefined) return EMPTY;
	if (Array.isArray(v) && v.every(isObject)) return v as Obj[];
	p.add(`${at()}：${name} 应为对象数组`);
	return EMPTY;
}

function idOf(o: Obj, what: string, at: () => string, p: Problems): number {
	if (!isId(o.id)) p.add(`${at()} 的${what}：id 应为正整数`);
	return o.id as number;
}

export function readHistory(a: FactAssignment, r: Readers, defaults: DefaultDeadlines): History {
	const at = () => `任务分工 ${a.id}`;
	const { date, instant, percent, p } = r;
	let deadlines = defaults.deadlines;
	let fixedDueDays: number[] | null = defaults.dueDays;
	if (a.deadlines !== undefined) {
		deadlines = objects(a.deadlines, 'deadlines', at, p).map((d) => ({
			milestoneId: isId(d.milestoneId) ? d.milestoneId : null,
			originalDay: date(d.dueOn, () => `${at()} 的期限`),
			changes: changesOf(d.changes, at, r)
		}));
		if (!deadlines.length) p.add(`${at()}：deadlines 不能为空`);
		fixedDueDays = deadlines.some((d) => d.changes.length)
			? null
			: deadlines.map((d) => d.originalDay).sort((x, y) => x - y);
	}
	const subs = objects(a.submissions, 'submissions', at, p);
	const submissions: NSubmission[] = subs.length
		? subs
				.map((s) => {
					const sid = idOf(s, '提交', at, p);
					const t = instant(s.at, () => `${at()} 的提交 ${sid} 的时间`);
					return {
						id: sid,
						at: t,
						day: shanghaiDayOf(t),
						percent: percent(s.percent, () => `${at()} 的提交 ${sid} 的进度`),
						stampedDueDay: s.dueOn === undefined ? null : date(s.dueOn, () => `${at()} 的提交 ${sid} 的期限`),
						review: null
					};
				})
				.sort(byTime)
		: EMPTY;
	const revs = objects(a.reviews, 'reviews', at, p);
	const reviews = revs.length ? revs.map((x) => reviewOf(x, submissions, at, r)).sort(byTime) : EMPTY;
	return { deadlines, fixedDueDays, reports: reportsOf(a, at, r), submissions, reviews };
}

function changesOf(v: unknown, at: () => string, { date, instant, p }: Readers): NChange[] {
	return objects(v, 'deadlines.changes', at, p)
		.map((c) => {
			const cid = idOf(c, '期限变更', at, p);
			if (c.kind !== 'extension' && c.kind !== 'office')
				p.add(`${at()} 的期限变更 ${cid}：kind 应为 extension 或 office`);
			return {
				id: cid,
				at: instant(c.at, () => `${at()} 的期限变更 ${cid} 的时间`),
				kind: c.kind as NChange['kind'],
				fromDay: date(c.from, () => `${at()} 的期限变更 ${cid} 的原日期`),
				toDay: date(c.to, () => `${at()} 的期限变更 ${cid} 的新日期`),
				reason: String(c.reason ?? '')
			};
		})
		.sort(byTime);
}

function reviewOf(x: Obj, submissions: NSubmission[], at: () => string, { instant, p }: Readers): NReview {
	const rid = idOf(x, '审核', at, p);
	const sub = submissions.find((s) => s.id === x.submissionId);
	const t = instant(x.at, () => `${at()} 的审核 ${rid} 的时间`);
	if (x.decision !== 'accept' && x.decision !== 'return')
		p.add(`${at()} 的审核 ${rid}：decision 应为 accept 或 return`);
	if (x.decision === 'accept' && !GRADES.includes(x.grade as Grade))
		p.add(`${at()} 的审核 ${rid}：通过时应评定等级 grade（${GRADES.join(' / ')}）`);
	const review: NReview = {
		id: rid,
		at: t,
		day: shanghaiDayOf(t),
		submission: sub as NSubmission,
		decision: x.decision as NReview['decision'],
		grade: x.decision === 'accept' ? (x.grade as Grade) : null,
		reason: String(x.reason ?? '')
	};
	if (!sub) p.add(`${at()} 的审核 ${rid}：提交 ${String(x.submissionId)} 不属于本分工`);
	else if (sub.review) p.add(`${at()} 的审核 ${rid}：提交 ${sub.id} 已审核过`);
	else if (t < sub.at) p.add(`${at()} 的审核 ${rid}：审核时间早于所审的提交`);
	else sub.review = review;
	return review;
}

/**
 * Reports are the bulk of the history (a dozen per assignment): kept as the caller's objects plus one
 * array of parsed times, not copied, and checked with messages only when a fast check fails.
 */
function reportsOf(a: FactAssignment, at: () => string, { date, instant, percent, p }: Readers): NReports {
	const raw = objects(a.reports, 'reports', at, p) as unknown as FactReport[];
	const times: number[] = new Array<number>(raw.length);
	let sorted = true;
	for (let i = 0; i < raw.length; i++) {
		const x = raw[i];
		const t = typeof x.sentAt === 'string' ? instantOf(x.sentAt) : NaN;
		const ok =
			isId(x.id) &&
			!Number.isNaN(t) &&
			isFiniteNumber(x.percent) &&
			x.percent >= 0 &&
			x.percent <= 100 &&
			typeof x.coversOn === 'string' &&
			!Number.isNaN(dayOf(x.coversOn));
		if (!ok) {
			const rid = idOf(x as unknown as Obj, '进展报送', at, p);
			instant(x.sentAt, () => `${at()} 的进展报送 ${rid} 的报送时间`);
			date(x.coversOn, () => `${at()} 的进展报送 ${rid} 的日期`);
			percent(x.percent, () => `${at()} 的进展报送 ${rid} 的进度`);
		}
		times[i] = t;
		if (i > 0 && !(t >= times[i - 1])) sorted = false;
	}
	if (sorted) return { raw, at: times };
	const order = raw.map((_, i) => i).sort((x, y) => times[x] - times[y] || raw[x].id - raw[y].id);
	return { raw: order.map((i) => raw[i]), at: order.map((i) => times[i]) };
}
