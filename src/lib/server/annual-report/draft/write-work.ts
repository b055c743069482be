// 一、总体情况, 五、存在的主要问题及改进情况 and 六、其他需要报告的事项 in words, from the year's work
// (facts.ts), the 考核 result and last year's report. Every number is a count of records; every
// paragraph names the records it counts (its sources), so the page links each sentence to them.
// Where the system holds nothing to say, the paragraph says so plainly and asks the writer for it.
import { formatDateCn } from '../../../format';
import { GRADE_LABEL } from '../../../labels';
import type { ReportDocument } from '../../../annual-report/types';
import type { AssessmentSummary } from '../assessment';
import type { PlanWork, SectionWork, TaskRef, WorkCounts, YearWork } from './facts';
import { generated, type DraftParagraph, type SourceRef } from './model';
import { relatedTasks, statedImprovements } from './improvements';

export interface WorkInput {
	work: YearWork;
	/** The report's subject as its sentences name it: 石家庄市人民政府, 石家庄市司法局. */
	subject: string;
	isBody: boolean;
	assessment: AssessmentSummary | null;
	/** 'YYYY-MM-DD': the day the counts were taken (they are the records as of that day). */
	asOf: string;
}

const NUMERALS = '一二三四五六七八九十';
/** 一 … 十, 十一 … 十九: the numbering of （一）paragraphs and 一是 items. */
const numeral = (i: number) => (i < 10 ? NUMERALS[i] : `十${NUMERALS[i - 10] ?? ''}`);

/** 33.3%, 100%: a share of a count, to one decimal when it is not whole. */
export function percent(part: number, whole: number): string {
	if (!whole) return '0%';
	const p = Math.round((part / whole) * 1000) / 10;
	return `${p}%`;
}

const planSource = (p: PlanWork): SourceRef => ({ kind: 'plan', planId: p.plan.id, label: p.plan.title });
const sectionSource = (s: SectionWork): SourceRef => ({
	kind: 'section',
	planId: s.planId,
	sectionId: s.sectionId,
	label: `${s.code}、${s.title}`
});
const taskSource = (t: TaskRef): SourceRef => ({
	kind: 'task',
	planId: t.planId,
	taskId: t.taskId,
	label: `${t.code} ${t.title}`
});
const quoted = (titles: string[]) => titles.map((t) => `“${t}”`).join('');
const doc = (p: PlanWork) => `《${p.plan.title}》${p.plan.docNumber ? `（${p.plan.docNumber}）` : ''}`;

/** A unit's own account, as one clean sentence or two. */
function summaryText(s: string): string {
	const t = s.replace(/\s+/g, '').replace(/[。；;，,]*$/, '');
	return `${t.length > 300 ? `${t.slice(0, 300)}…` : t}。`;
}

function noPlan(input: WorkInput, what: string): DraftParagraph {
	return generated(`系统中没有${input.work.year}年度的政务公开工作要点，${what}需另行撰写。`, [], true);
}

function leadParagraph(input: WorkInput, p: PlanWork): DraftParagraph {
	const c = p.counts;
	if (input.isBody)
		return generated(
			`${input.work.year}年，${input.subject}按照${doc(p)}部署，围绕${p.sections.length}个方面推进政务公开工作。` +
				`工作要点部署重点任务${c.tasks}项，分解为${c.assignments}项任务分工，由${c.units}个单位承担。`,
			[planSource(p)]
		);
	if (!c.assignments)
		return generated(`${input.work.year}年，${doc(p)}没有向${input.subject}分解任务。`, [planSource(p)]);
	return generated(
		`${input.work.year}年，${input.subject}按照${doc(p)}部署，承担重点任务${c.tasks}项${c.lead ? `（其中牵头${c.lead}项）` : ''}，涉及${p.sections.length}个方面。`,
		[planSource(p)]
	);
}

function sectionParagraph(input: WorkInput, s: SectionWork, i: number): DraftParagraph {
	const c = s.counts;
	const head = `（${numeral(i)}）${s.title}。`;
	const sources: SourceRef[] = [sectionSource(s)];
	if (!c.assignments) return generated(`${head}本部分部署任务${c.tasks}项，未分解到具体单位。`, sources);
	const counts = input.isBody
		? `本部分部署任务${c.tasks}项，分解为${c.assignments}项任务分工，已审核通过${c.accepted}项，占${percent(c.accepted, c.assignments)}`
		: `本单位承担本部分任务${c.assignments}项，已审核通过${c.accepted}项`;
	const rest = [c.submitted && `已提交待审核${c.submitted}项`, c.red && `逾期未完成${c.red}项`].filter(Boolean);
	const quotes = s.highlights.map((h) => {
		sources.push({ kind: 'assignment', assignmentId: h.assignmentId, label: `${h.unitName} ${h.code} ${h.title}` });
		for (const e of h.evidence) sources.push({ kind: 'evidence', evidenceId: e.id, url: e.url, label: e.label });
		const grade = h.grade ? `（审核等次：${GRADE_LABEL[h.grade]}）` : '';
		return input.isBody
			? `${h.unitName}承担的“${h.title}”已审核通过${grade}，办结情况：${summaryText(h.summary)}`
			: `“${h.title}”已审核通过${grade}，办结情况：${summaryText(h.summary)}`;
	});
	return generated(
		`${head}${[counts, ...rest].join('，')}。${quotes.length ? `其中，${quotes.join('')}` : ''}`,
		sources
	);
}

function assessmentParagraph(input: WorkInput, i: number): DraftParagraph {
	const a = input.assessment;
	const head = `（${numeral(i)}）监督保障。`;
	if (!a)
		return generated(`${head}截至${formatDateCn(input.asOf)}，${input.work.year}年度政务公开工作考核结果尚未印发。`, [
			{ kind: 'assessment', bulletinId: null, label: `${input.work.year}年度政务公开工作考核` }
		]);
	const b = a.bulletin;
	const own = a.subject
		? [
				a.subject.grade && `考核等次为${a.subject.grade}`,
				a.subject.score !== null && `得分${a.subject.score}分`,
				a.subject.rank !== null && `排名第${a.subject.rank}位`
			].filter(Boolean)
		: [];
	const whose = input.isBody ? '' : `${input.subject}`;
	const text =
		`${head}${b.issuedOn ? `${formatDateCn(b.issuedOn)}，` : ''}《${b.title}》${b.docNumber ? `（${b.docNumber}）` : ''}印发，` +
		`对${a.assessedUnits}个单位${input.work.year}年度政务公开工作进行了考核${own.length ? `，${whose}${own.join('，')}` : ''}。` +
		(a.rectifications.opened
			? `考核发现需整改的问题${a.rectifications.opened}项，已完成整改${a.rectifications.closed}项。`
			: '');
	return generated(text, [{ kind: 'assessment', bulletinId: b.id, label: b.title }]);
}

/** 一、总体情况: per plan a lead, per section what was done, then the 考核 result. */
export function overviewParagraphs(input: WorkInput): DraftParagraph[] {
	const out: DraftParagraph[] = [];
	let i = 0;
	if (!input.work.plans.length) out.push(noPlan(input, '本部分的工作情况'));
	for (const p of input.work.plans) {
		out.push(leadParagraph(input, p));
		for (const s of p.sections) out.push(sectionParagraph(input, s, i++));
	}
	out.push(assessmentParagraph(input, i));
	return out;
}

function sum(plans: PlanWork[], k: keyof WorkCounts): number {
	return plans.reduce((a, p) => a + p.counts[k], 0);
}

function problemsParagraph(input: WorkInput): DraftParagraph {
	const plans = input.work.plans;
	const sources: SourceRef[] = plans.map(planSource);
	const scope = input.isBody ? '' : '本单位';
	const items: string[] = [];
	const red = sum(plans, 'red');
	if (red) {
		const tasks = plans.flatMap((p) => p.sections.flatMap((s) => s.overdue)).sort((a, b) => b.count - a.count);
		sources.push(...tasks.slice(0, 3).map(taskSource));
		const named = `${quoted(tasks.slice(0, 3).map((t) => t.title))}${tasks.length > 3 ? '等' : ''}`;
		items.push(
			`部分任务未按期完成。截至${formatDateCn(input.asOf)}，${scope}仍有${red}项任务分工逾期未完成，主要涉及${named}任务。`
		);
	}
	const returns = sum(plans, 'returns');
	if (returns) {
		const poor = sum(plans, 'poor');
		items.push(
			`办结质量有待提高。全年共有${sum(plans, 'everReturned')}项任务分工的办结材料被退回补充，累计退回${returns}次${poor ? `，${poor}项任务分工审核等次为“差”` : ''}。`
		);
	}
	const open = sum(plans, 'openInTime');
	const submitted = sum(plans, 'submitted');
	if (open)
		items.push(
			`部分任务仍在推进。${scope}尚有${open}项任务分工正在办理或尚未启动${submitted ? `，另有${submitted}项已提交、尚待审核` : ''}。`
		);
	else if (submitted) items.push(`部分任务尚待审核。${scope}有${submitted}项任务分工已提交、尚待审核。`);
	if (input.isBody) {
		const sections = plans.flatMap((p) => p.sections).filter((s) => s.counts.assignments > 0);
		if (sections.length >= 2) {
			const rate = (s: SectionWork) => s.counts.accepted / s.counts.assignments;
			const low = sections.reduce((a, b) => (rate(b) < rate(a) ? b : a));
			if (rate(low) < 1) {
				sources.push(sectionSource(low));
				items.push(
					`各方面进展不均衡。“${low.title}”方面完成率最低，${low.counts.assignments}项任务分工中已审核通过${low.counts.accepted}项，占${percent(low.counts.accepted, low.counts.assignments)}。`
				);
			}
		}
	}
	if (!items.length) {
		const total = sum(plans, 'assignments');
		return generated(
			`（一）存在的主要问题。截至${formatDateCn(input.asOf)}，${scope}${total}项任务分工均已审核通过，系统中没有逾期或退回的记录；其他方面存在的问题需另行撰写。`,
			sources,
			true
		);
	}
	return generated(`（一）存在的主要问题。${items.map((t, i) => `${numeral(i)}是${t}`).join('')}`, sources);
}

function improvementParagraphs(input: WorkInput, previous: PreviousText | null): DraftParagraph[] {
	const lastYear = input.work.year - 1;
	const head = generated(`（二）上年报告所提改进措施的落实情况。`, []);
	if (!previous)
		return [
			head,
			generated(`系统中没有${input.subject}${lastYear}年度的报告，未能逐条对照上年报告提出的改进措施。`, [], true)
		];
	const source: SourceRef = {
		kind: 'report',
		year: previous.document.year,
		unitId: previous.unitId,
		label: previous.document.title
	};
	const five = previous.document.sections.find((s) => s.no === 5);
	const stated = statedImprovements(five?.paragraphs ?? []);
	if (!stated.length)
		return [
			head,
			generated(
				`《${previous.document.title}》的“五、存在的主要问题及改进情况”中没有找到明确的改进措施。`,
				[source],
				true
			)
		];
	const tasks = input.work.plans.flatMap((p) => p.tasks);
	return [
		head,
		...stated.map((imp, i) => {
			const related = relatedTasks(imp, tasks);
			const intro = `${i + 1}.关于上年报告提出的“${imp.quote}”。`;
			if (!related.length)
				return generated(`${intro}本年度工作要点中没有与之直接对应的任务，落实情况需另行补充。`, [source], true);
			const a = related.reduce((x, t) => x + t.assignments, 0);
			const acc = related.reduce((x, t) => x + t.accepted, 0);
			const what = input.isBody ? `分解的${a}项任务分工中已审核通过${acc}项` : `本单位承担${a}项，已审核通过${acc}项`;
			return generated(
				`${intro}本年度工作要点部署了相关任务${related.length}项（${quoted(related.map((t) => t.title))}），${what}。`,
				[source, ...related.map(taskSource)]
			);
		})
	];
}

export interface PreviousText {
	unitId: number | null;
	document: ReportDocument;
}

/** 五: the problems the records show, then last year's improvements answered one by one. */
export function problemParagraphs(input: WorkInput, previous: PreviousText | null): DraftParagraph[] {
	const problems = input.work.plans.length ? problemsParagraph(input) : noPlan(input, '存在的主要问题');
	return [problems, ...improvementParagraphs(input, previous)];
}

/** 六: 信息处理费 (from the statistics' extra figure), the year's plan carried out, in counts. */
export function otherParagraphs(
	input: WorkInput,
	fee: { amount: number | null; unpaid: number | null }
): DraftParagraph[] {
	const feeSource: SourceRef = { kind: 'cells', cells: ['x.infoFee'], label: '信息处理费' };
	const who = input.isBody ? '据汇总，本年度' : `本年度${input.subject}`;
	const feeText =
		fee.amount === null
			? generated('（一）收取信息处理费情况。信息处理费的收取情况尚未填报。', [feeSource], true)
			: generated(
					`（一）收取信息处理费情况。${who}${fee.amount === 0 ? '未收取信息处理费' : `共收取信息处理费${fee.amount}元`}。` +
						(fee.unpaid ? `因申请人逾期未缴纳信息处理费而不再处理的申请${fee.unpaid}件。` : ''),
					[feeSource]
				);
	const plans = input.work.plans;
	if (!plans.length) return [feeText, noPlan(input, `（二）落实${input.work.year}年政务公开工作要点情况`)];
	const planTexts = plans.map((p) => {
		const c = p.counts;
		const whose = input.isBody
			? `部署重点任务${c.tasks}项、分解任务分工${c.assignments}项`
			: `中，${input.subject}承担任务${c.assignments}项`;
		const parts = [
			`已审核通过${c.accepted}项，完成率${percent(c.accepted, c.assignments)}`,
			c.submitted && `已提交待审核${c.submitted}项`,
			c.returned && `退回修改${c.returned}项`,
			c.inProgress && `正在办理${c.inProgress}项`,
			c.notStarted && `尚未启动${c.notStarted}项`
		].filter(Boolean);
		return generated(
			`${doc(p)}${whose}。截至${formatDateCn(input.asOf)}，${parts.join('，')}${c.red ? `，其中逾期未完成${c.red}项` : ''}。`,
			[planSource(p)]
		);
	});
	return [feeText, generated(`（二）落实${input.work.year}年政务公开工作要点情况。`, []), ...planTexts];
}
