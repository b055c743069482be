// 红黄绿灯: a pure function of an assignment's state, its task's milestones and today.
//
// Due dates are checkpoints: an interim one is met by a sent progress report covering a date after the
// previous one; the last one (or 12月31日 when the text set none) is met by submitting it as done.
// The dates are the ones in force for this unit (deadlines/effective.ts: extensions applied).
// Red: the first unmet milestone has passed. Yellow: it falls due within `warnDays`, or the reported
// progress lags the elapsed share of the time (序时进度) by LAG_TOLERANCE points or more.
import type { AssignmentStatus, Light } from '../db/schema';
import { daysBetween } from '../shared/time';

/** Percentage points of lag behind 序时进度 before an assignment turns yellow. */
export const LAG_TOLERANCE = 10;

export interface LightInput {
	status: AssignmentStatus;
	progressPercent: number;
	/** The due dates in force for this assignment ('YYYY-MM-DD'), any order. */
	dueDates: readonly string[];
	planYear: number;
	/** When work started counting: the plan's issue date, or 1 January. */
	planStart: string;
	/** Dates covered by the assignment's sent progress reports (the latest one suffices). */
	reportDates: readonly string[];
	today: string;
	warnDays: number;
}

export interface LightResult {
	light: Light;
	/** A short Chinese reason shown next to the light. */
	reason: string;
	/** The first milestone not yet met, or null when done. */
	nextDue: string | null;
	/** Days past nextDue (0 unless red). */
	overdueDays: number;
}

export const LIGHT_ORDER: Record<Light, number> = { red: 0, yellow: 1, green: 2 };

export function deadlinesOf(dueDates: readonly string[], planYear: number): string[] {
	const sorted = [...new Set(dueDates)].sort();
	return sorted.length ? sorted : [`${planYear}-12-31`];
}

export function computeLight(input: LightInput): LightResult {
	if (input.status === 'accepted') return { light: 'green', reason: '已通过审核', nextDue: null, overdueDays: 0 };
	if (input.status === 'submitted') return { light: 'green', reason: '已提交，待审核', nextDue: null, overdueDays: 0 };

	const deadlines = deadlinesOf(input.dueDates, input.planYear);
	const last = deadlines.length - 1;
	let nextDue = deadlines[last];
	for (let i = 0; i < last; i++) {
		const after = i === 0 ? '' : deadlines[i - 1];
		if (!input.reportDates.some((d) => d > after)) {
			nextDue = deadlines[i];
			break;
		}
	}
	const isFinal = nextDue === deadlines[last];
	const what = isFinal ? '完成时限' : '时间节点';
	const daysLeft = daysBetween(input.today, nextDue);
	const prefix = input.status === 'returned' ? '已退回；' : '';
	if (daysLeft < 0)
		return {
			light: 'red',
			reason: `${prefix}${what} ${nextDue} 已逾期 ${-daysLeft} 天`,
			nextDue,
			overdueDays: -daysLeft
		};
	if (daysLeft <= input.warnDays)
		return {
			light: 'yellow',
			reason: `${prefix}${what} ${nextDue} ${daysLeft === 0 ? '今天到期' : `还有 ${daysLeft} 天到期`}`,
			nextDue,
			overdueDays: 0
		};
	const span = daysBetween(input.planStart, deadlines[last]);
	const elapsed = span > 0 ? Math.min(1, Math.max(0, daysBetween(input.planStart, input.today) / span)) : 0;
	const expected = Math.round(elapsed * 100);
	if (expected - input.progressPercent >= LAG_TOLERANCE)
		return {
			light: 'yellow',
			reason: `${prefix}进度 ${input.progressPercent}% 落后于序时进度 ${expected}%`,
			nextDue,
			overdueDays: 0
		};
	return { light: 'green', reason: `${prefix}按计划推进`, nextDue, overdueDays: 0 };
}
