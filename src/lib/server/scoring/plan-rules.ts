// Plan-driven rules: scores and deductions computed from the assignments, sent reports,
// submissions, reviews and deadline changes the system holds, for the assignments in a rule's scope.
import { GRADE_LABEL } from '../../labels';
import { dateOf, monthBounds, monthIndexOf, monthLabel } from './days';
import { fmt } from './problems';
import type { ScoreSource } from './result-types';
import { applyLimit, assignmentSource, type RawLine, type RuleContext, type RuleOutcome } from './rule-types';
import type {
	PlanOverdueRule,
	PlanReportsRule,
	PlanReturnedRule,
	PlanUnfinishedRule,
	PlanWeightedRule,
	Scope
} from './rubric-types';
import { changeNote, latenessOf, reportDays, type AssignmentState } from './state';

export function inScope(states: AssignmentState[], scope: Scope | undefined): AssignmentState[] {
	if (!scope) return states;
	const sections = scope.sections?.length ? new Set(scope.sections) : null;
	const tasks = scope.tasks?.length ? new Set(scope.tasks) : null;
	const roles = scope.roles?.length ? new Set(scope.roles) : null;
	return states.filter(
		(s) =>
			(!sections || sections.has(s.a.task.sectionCode)) &&
			(!tasks || tasks.has(s.a.task.code)) &&
			(!roles || roles.has(s.a.role))
	);
}

/** No assignment in scope: not applicable, full marks, or nothing. */
function whenEmpty(mode: PlanWeightedRule['whenEmpty'], positive: boolean, ctx: RuleContext): RuleOutcome {
	const max = ctx.indicator.max;
	if (mode === 'full')
		return {
			status: 'ok',
			lines: positive
				? [{ rule: 'base', source: null, raw: max, text: `范围内没有本单位的任务，按满分 ${fmt(max)} 分计` }]
				: []
		};
	if (mode === 'zero')
		return {
			status: 'ok',
			lines: positive ? [] : [{ rule: 'base', source: null, raw: -max, text: '范围内没有本单位的任务，本项按 0 分计' }]
		};
	return { status: 'na', lines: [] };
}

const deductions = (lines: RawLine[], limit: number | undefined): RuleOutcome => ({
	status: 'ok',
	lines: applyLimit(lines, limit)
});

export function planWeighted(rule: PlanWeightedRule, ctx: RuleContext): RuleOutcome {
	const states = inScope(ctx.states, rule.scope);
	if (!states.length) return whenEmpty(rule.whenEmpty, true, ctx);
	const totalWeight = states.reduce((sum, s) => sum + s.a.task.weight, 0);
	const { interim } = ctx.clock;
	const lines = new Array<RawLine>(states.length);
	for (let i = 0; i < states.length; i++) {
		const s = states[i];
		let source: ScoreSource = assignmentSource(s);
		let related: ScoreSource[] | null = null;
		// The explanation's factors, joined by ' × ' (built as one string: 60,000 lines a province).
		let parts = '';
		let factor = 1;
		if (rule.result) {
			const { grades, interimProgress } = rule.result;
			if (s.accepted) {
				factor = grades[s.accepted.review.grade!];
				parts = `评为${GRADE_LABEL[s.accepted.review.grade!]}（${fmt(factor)}）`;
				source = { kind: 'review', id: s.accepted.review.id };
			} else if (interim && interimProgress !== undefined) {
				factor = (s.progress / 100) * interimProgress;
				parts = `${s.pending ? '已提交待审核，' : ''}进度 ${fmt(s.progress)}% × ${fmt(interimProgress)}（年中计分）`;
				if (s.pending) source = { kind: 'submission', id: s.pending.id };
			} else {
				factor = 0;
				parts = s.pending ? '已提交待审核（0）' : s.returns.length ? '被退回未通过（0）' : '未完成（0）';
				if (s.pending) source = { kind: 'submission', id: s.pending.id };
			}
		}
		if (rule.timeliness && factor > 0) {
			const { perDayLate, floor, perReturn, measure } = rule.timeliness;
			const late = latenessOf(s, measure ?? 'accepted', ctx.clock);
			const returns = s.returns.length;
			const t = Math.max(floor, 1 - perDayLate * late.days - perReturn * returns);
			const lateText = late.days ? `逾期 ${late.days} 天` : '';
			const returnText = returns ? `退回 ${returns} 次` : '';
			const why = lateText && returnText ? `${lateText}、${returnText}` : lateText || returnText || '按时';
			parts += `${parts ? ' × ' : ''}时效 ${fmt(t)}（${why}${changeNote(late.change)}）`;
			if (late.change) related = [{ kind: 'deadline-change', id: late.change.id }];
			factor *= t;
		}
		const raw = (ctx.indicator.max * s.a.task.weight * factor) / totalWeight;
		const text = `${s.a.task.code} ${parts}，权重 ${fmt(s.a.task.weight)}/${fmt(totalWeight)}，得 ${fmt(raw)} 分`;
		lines[i] = related ? { rule: rule.kind, source, related, raw, text } : { rule: rule.kind, source, raw, text };
	}
	return { status: 'ok', lines };
}

export function planUnfinished(rule: PlanUnfinishedRule, ctx: RuleContext): RuleOutcome {
	const states = inScope(ctx.states, rule.scope);
	if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
	const { asOfDay, yearEndDay } = ctx.clock;
	const lines: RawLine[] = [];
	const deduct = (s: AssignmentState, text: string) =>
		lines.push({
			rule: rule.kind,
			source: assignmentSource(s),
			raw: -rule.points,
			text: `${text}，扣 ${fmt(rule.points)} 分`
		});
	for (const s of states) {
		if (rule.at === 'year-end') {
			if (asOfDay < yearEndDay) break;
			const done = s.completing;
			if (!done) deduct(s, `${s.a.task.code} 年底前未完成`);
			else if (done.day > yearEndDay) deduct(s, `${s.a.task.code} 年底前未完成（${dateOf(done.day)} 才提交办结）`);
		} else {
			const due = s.dueDays.at(-1)!;
			if (!s.completing && due < asOfDay)
				deduct(s, `${s.a.task.code} 已于 ${dateOf(due)} 到期，至 ${dateOf(asOfDay)} 仍未完成`);
		}
	}
	return deductions(lines, rule.limit);
}

export function planOverdue(rule: PlanOverdueRule, ctx: RuleContext): RuleOutcome {
	const states = inScope(ctx.states, rule.scope);
	if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
	const lines: RawLine[] = [];
	const cost = (days: number) => {
		const full = rule.points + (rule.perDay ?? 0) * days;
		const pts = rule.maxPerItem !== undefined ? Math.min(rule.maxPerItem, full) : full;
		let how = `扣 ${fmt(pts)} 分`;
		if (rule.perDay)
			how = `扣 ${fmt(rule.points)} 分 + ${days} 天 × ${fmt(rule.perDay)} 分${pts < full ? `，单项最多扣 ${fmt(pts)} 分` : ` = ${fmt(pts)} 分`}`;
		return { pts, how };
	};
	for (const s of states) {
		if (rule.milestones === 'each') lines.push(...interimMisses(s, ctx, rule.kind, cost));
		const late = latenessOf(s, rule.measure ?? 'first', ctx.clock);
		if (late.days > 0) {
			const { pts, how } = cost(late.days);
			const what = late.submission ? `逾期 ${late.days} 天提交` : `已逾期 ${late.days} 天未提交`;
			const source: ScoreSource = late.submission
				? { kind: 'submission', id: late.submission.id }
				: assignmentSource(s);
			const text = `${s.a.task.code} ${what}${changeNote(late.change)}，${how}`;
			lines.push(
				late.change
					? { rule: rule.kind, source, related: [{ kind: 'deadline-change', id: late.change.id }], raw: -pts, text }
					: { rule: rule.kind, source, raw: -pts, text }
			);
		} else if (late.submission && late.change?.kind === 'extension' && late.change.toDay !== null)
			lines.push({
				rule: rule.kind,
				source: { kind: 'deadline-change', id: late.change.id },
				related: [{ kind: 'submission', id: late.submission.id }],
				raw: 0,
				text: `${s.a.task.code} 期限经批准延期至 ${dateOf(late.change.toDay!)}，${dateOf(late.submission.day)} 按期提交，不扣分`
			});
	}
	return deductions(lines, rule.limit);
}

/** Interim 时间节点: each is met by the first report or submission after the previous one. */
function interimMisses(
	s: AssignmentState,
	ctx: RuleContext,
	rule: string,
	cost: (days: number) => { pts: number; how: string }
): RawLine[] {
	const out: RawLine[] = [];
	const sent = s.dueDays.length > 1 ? reportDays(s) : [];
	for (let k = 0; k < s.dueDays.length - 1; k++) {
		const due = s.dueDays[k];
		const after = k === 0 ? -Infinity : s.dueDays[k - 1];
		const reportAt = sent.findIndex((d) => d > after);
		const reportDay = reportAt >= 0 ? sent[reportAt] : Infinity;
		const sub = s.submissions.find((x) => x.day > after);
		const metDay = Math.min(reportDay, sub?.day ?? Infinity);
		const days = Number.isFinite(metDay) ? metDay - due : ctx.clock.asOfDay - due;
		if (days <= 0) continue;
		const { pts, how } = cost(days);
		const met = Number.isFinite(metDay);
		const source: ScoreSource =
			met && reportDay === metDay
				? { kind: 'report', id: s.reports.id[s.reports.start + reportAt] }
				: met && sub
					? { kind: 'submission', id: sub.id }
					: assignmentSource(s);
		const what = met ? `逾期 ${days} 天报送进展` : `已逾期 ${days} 天未报送进展`;
		out.push({ rule, source, raw: -pts, text: `${s.a.task.code} 时间节点 ${dateOf(due)} ${what}，${how}` });
	}
	return out;
}

export function planReturned(rule: PlanReturnedRule, ctx: RuleContext): RuleOutcome {
	const states = inScope(ctx.states, rule.scope);
	if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
	const free = rule.free ?? 0;
	const lines: RawLine[] = [];
	for (const s of states) {
		const n = s.returns.length - free;
		if (n <= 0) continue;
		const pts = n * rule.points;
		const freeNote = free ? `（前 ${free} 次不扣分）` : '';
		lines.push({
			rule: rule.kind,
			source: assignmentSource(s),
			related: s.returns.map((r) => ({ kind: 'review', id: r.id })),
			raw: -pts,
			text: `${s.a.task.code} 被退回 ${s.returns.length} 次${freeNote}，扣 ${fmt(pts)} 分`
		});
	}
	return deductions(lines, rule.limit);
}

/** A submission on a day in [from, to) also counts as that month's report. */
function submittedBetween(s: AssignmentState, from: number, to: number): boolean {
	for (const x of s.submissions) if (x.day >= from && x.day < to) return true;
	return false;
}

export function planReports(rule: PlanReportsRule, ctx: RuleContext): RuleOutcome {
	const states = inScope(ctx.states, rule.scope);
	if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
	const { asOfDay, yearEndDay, startDay } = ctx.clock;
	const from = rule.fromMonth
		? Number(rule.fromMonth.slice(0, 4)) * 12 + Number(rule.fromMonth.slice(5, 7)) - 1
		: monthIndexOf(startDay);
	// A month is assessed once it has ended, and never past the plan year.
	let to = monthIndexOf(asOfDay);
	if (monthBounds(to).last > asOfDay) to -= 1;
	to = Math.min(to, monthIndexOf(yearEndDay));
	const missing: AssignmentState[][] = [];
	const firsts: number[] = [];
	for (let m = from; m <= to; m++) {
		missing.push([]);
		firsts.push(monthBounds(m).first);
	}
	// Month k runs from firsts[k] to firsts[k + 1]; as instants, from the Shanghai midnight that starts it.
	firsts.push(monthBounds(to + 1).first);
	const starts = firsts.map((d) => d * 86_400_000 - 8 * 3_600_000);
	for (const s of states) {
		const { at, start } = s.reports;
		const end = start + s.reportCount;
		let j = start;
		for (let k = 0; k <= to - from; k++) {
			const first = firsts[k];
			// Reports are in time order: walk them once across the months.
			while (j < end && at[j] < starts[k]) j++;
			if (s.a.assignedDay !== null && s.a.assignedDay > first) continue;
			if (s.completing && s.completing.day < first) continue;
			if (j < end && at[j] < starts[k + 1]) continue;
			if (!submittedBetween(s, first, firsts[k + 1])) missing[k].push(s);
		}
	}
	const lines: RawLine[] = [];
	const pts = fmt(rule.points);
	missing.forEach((list, i) => {
		const month = monthLabel(from + i);
		if (!list.length) return;
		if (rule.per === 'assignment-month')
			for (const s of list)
				lines.push({
					rule: rule.kind,
					source: assignmentSource(s),
					raw: -rule.points,
					text: `${s.a.task.code} ${month}未报送进展，扣 ${pts} 分`
				});
		else {
			const codes =
				list
					.slice(0, 3)
					.map((s) => s.a.task.code)
					.join('、') + (list.length > 3 ? '等' : '');
			lines.push({
				rule: rule.kind,
				source: assignmentSource(list[0]),
				related: list.slice(1).map(assignmentSource),
				raw: -rule.points,
				text: `${month}有 ${list.length} 项任务未报送进展（${codes}），扣 ${pts} 分`
			});
		}
	});
	return deductions(lines, rule.limit);
}
