// The drafts: written from the year's plan and work, the figures, the 考核 result (none issued yet)
// and last year's report; every number a count of records, every paragraph with its sources; the
// checks before 定稿; edits keeping sources; a unit's draft its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { sweepLights } from '../../../src/lib/server/assignments/light-state';
import { accept, returnSubmission } from '../../../src/lib/server/reviews';
import { importReport } from '../../../src/lib/server/annual-report/imports';
import { generateDraft, markFinal, reopenDraft, saveDraft } from '../../../src/lib/server/annual-report/draft/index';
import { exportReportDocx, getDraftView } from '../../../src/lib/server/annual-report/draft/view';
import { draftChecks } from '../../../src/lib/server/annual-report/draft/checks';
import { acknowledgeWarning } from '../../../src/lib/server/annual-report/acknowledge';
import { readReportDocx } from '../../../src/lib/server/annual-report/read/index';
import { saveStatistics } from '../../../src/lib/server/annual-report/statistics/entry';
import { findingKey } from '../../../src/lib/annual-report/acknowledgements';
import { newReport } from '../../../src/lib/annual-report/document';
import { SECTION_HEADINGS } from '../../../src/lib/annual-report/format';
import { computeCityTotals } from '../../../src/lib/server/annual-report/city';
import { assignmentWorld, ON, submitOn, versionOf } from '../../helpers/assignments';
import { makeUser } from '../../helpers/db';
import { domainErrorOf, domainError } from '../../helpers/errors';
import { enterAndAccept, versionOfReport } from '../../helpers/reports';
import { asTyped, validStatistics } from '../../helpers/report-statistics';

const YEAR = 2020;
const BODY = { year: YEAR, unitId: null };
type World = Awaited<ReturnType<typeof assignmentWorld>>;
let w: World;
const sql = <T>(q: string, ...args: unknown[]) => w.db.$client.prepare(q).get(...args) as T;

/** Last year's city report as published: its 五 states three improvements. */
function lastYearReport() {
	const r = newReport({ title: '石家庄市人民政府2019年政府信息公开工作年度报告', year: 2019 });
	r.statistics = validStatistics('2019', 2019);
	r.sections[0].paragraphs = ['2019年，我市认真贯彻落实新修订的《条例》，扎实推进政务公开工作。'];
	r.sections[4].paragraphs = [
		'（一）存在的主要问题：政策解读形式单一，部分单位信息更新不及时。',
		'（二）改进措施：一是加强政策宣传解读，丰富解读形式，提升解读质量。二是拓宽公开载体和渠道，发挥政务新媒体作用。三是加强政务公开目录清单管理，规范公开内容。'
	];
	r.sections[5].paragraphs = ['2019年，未收取信息处理费。'];
	return r;
}

beforeAll(async () => {
	w = await assignmentWorld();
	// A year's work: 市司法局 finishes two tasks (one accepted 优, one returned), 正定县政府 one (accepted 良).
	const a1 = w.assignmentOf('市司法局', '加强政务信息规范管理');
	const a2 = w.assignmentOf('市司法局', '加强政策宣传解读');
	const b1 = w.assignmentOf('正定县政府', '加强政务公开目录清单管理');
	for (const [staff, id] of [
		[w.staffA, a1],
		[w.staffA, a2],
		[w.staffB, b1]
	] as const)
		submitOn(w.db, staff, id, '2020-11-02', `完成任务${id}，已在门户网站公开`);
	accept(w.db, w.admin, a1, { grade: 'excellent', comment: '', version: versionOf(w.db, a1) }, ON('2020-12-01'));
	returnSubmission(w.db, w.admin, a2, { reason: '请补充材料', version: versionOf(w.db, a2) }, ON('2020-12-01'));
	accept(w.db, w.admin, b1, { grade: 'good', comment: '', version: versionOf(w.db, b1) }, ON('2020-12-02'));
	await sweepLights(w.db, ON('2021-01-15'));
	importReport(w.db, w.admin, { unitId: null }, lastYearReport());
	enterAndAccept(w.db, w.staffA, w.admin, YEAR, validStatistics('2019', 1));
	enterAndAccept(w.db, w.staffB, w.admin, YEAR, validStatistics('2019', 2));
	saveStatistics(w.db, w.admin, BODY, { cells: asTyped(validStatistics('2019', 3)), version: 0 });
	await generateDraft(w.db, w.admin, BODY, { version: versionOfReport(w.db, YEAR, null) }, ON('2021-01-20'));
});

const section = async (no: number) => (await getDraftView(w.db, w.admin, BODY)).draft!.sections[no - 1].paragraphs;

describe('the city’s draft, written from the records', () => {
	it('has the title, the six sections and a preamble naming the format and the period', async () => {
		const v = await getDraftView(w.db, w.admin, BODY);
		expect(v.draft!.title).toBe('石家庄市人民政府2020年政府信息公开工作年度报告');
		expect(v.draft!.sections.map((s) => s.heading)).toEqual([...SECTION_HEADINGS]);
		expect(v.draft!.preamble[0].text).toContain('国办公开办函〔2019〕60号');
		expect(v.draft!.preamble[0].text).toContain('自2020年1月1日起至2020年12月31日止');
	});

	it('一 describes the plan: its counts, each section’s counts and the accepted work with its evidence', async () => {
		const ps = await section(1);
		const plan = sql<{ id: number; title: string }>('select id, title from plan');
		const tasks = sql<{ n: number }>('select count(*) n from task').n;
		const assignments = sql<{ n: number }>('select count(*) n from assignment').n;
		const units = sql<{ n: number }>('select count(distinct unit_id) n from assignment').n;
		expect(ps[0].text).toContain(`《${plan.title}》`);
		expect(ps[0].text).toContain(`部署重点任务${tasks}项，分解为${assignments}项任务分工，由${units}个单位承担`);
		expect(ps[0].sources).toEqual([{ kind: 'plan', planId: plan.id, label: plan.title }]);
		const sections = w.db.$client.prepare('select id, title from section order by sort_order').all() as {
			id: number;
			title: string;
		}[];
		for (const [i, s] of sections.entries()) {
			const p = ps[i + 1];
			expect(p.text.startsWith(`（${'一二三四五六'[i]}）${s.title}。`)).toBe(true);
			const n = sql<{ a: number; acc: number }>(
				"select count(*) a, sum(a.status = 'accepted') acc from assignment a join task t on t.id = a.task_id where t.section_id = ?",
				s.id
			);
			if (n.a) expect(p.text).toContain(`分解为${n.a}项任务分工，已审核通过${n.acc ?? 0}项`);
			expect(p.sources[0]).toMatchObject({ kind: 'section', sectionId: s.id });
		}
		const quoted = ps.find((p) => p.text.includes('市司法局承担的“加强政务信息规范管理”已审核通过（审核等次：优）'))!;
		const a1 = w.assignmentOf('市司法局', '加强政务信息规范管理');
		expect(quoted.text).toContain(`完成任务${a1}，已在门户网站公开。`);
		expect(quoted.sources).toContainEqual(expect.objectContaining({ kind: 'assignment', assignmentId: a1 }));
		expect(quoted.sources).toContainEqual(
			expect.objectContaining({ kind: 'evidence', url: `https://www.example.com/${a1}/2020-11-02` })
		);
		// The returned one is not quoted as done.
		expect(ps.some((p) => p.text.includes('“加强政策宣传解读”已审核通过'))).toBe(false);
	});

	it('一 ends with the 考核 result, saying plainly that none has been issued', async () => {
		const ps = await section(1);
		expect(ps[ps.length - 1].text).toBe('（七）监督保障。截至2021年1月20日，2020年度政务公开工作考核结果尚未印发。');
	});

	it('二–四 state the tables’ own figures, and the text checks find nothing against them', async () => {
		const checked = (await draftChecks(w.db, BODY))!;
		const three = (await section(3))[0].text;
		expect(three).toContain(`新收政府信息公开申请${checked.statistics.cells['t3.received.total']}件`);
		expect(three).toContain(`办结申请${checked.statistics.cells['t3.total.total']}件`);
		const stated = checked.checks.filter((c) => /^T\d/.test(c.id) || c.id === 'W5' || c.id === 'W6' || c.id === 'F2');
		expect(stated).toEqual([]);
		expect(checked.checks.filter((c) => c.level === 'error')).toEqual([]);
	});

	it('五 names the overdue and returned work and answers last year’s improvements one by one', async () => {
		const ps = await section(5);
		const red = sql<{ n: number }>(
			"select count(*) n from assignment where status != 'accepted' and last_light = 'red'"
		).n;
		expect(red).toBeGreaterThan(0);
		expect(ps[0].text).toContain(`仍有${red}项任务分工逾期未完成`);
		expect(ps[0].text).toContain('全年共有1项任务分工的办结材料被退回补充，累计退回1次');
		expect(ps[1].text).toBe('（二）上年报告所提改进措施的落实情况。');
		const answers = ps.slice(2).map((p) => p.text);
		expect(answers.map((t) => /^\d\.关于上年报告提出的“([^”]+)”/.exec(t)?.[1])).toEqual([
			'加强政策宣传解读',
			'拓宽公开载体和渠道',
			'加强政务公开目录清单管理'
		]);
		// The plan has a task of that very name: its assignments are counted.
		const t = sql<{ a: number; acc: number }>(
			"select count(*) a, sum(a.status = 'accepted') acc from assignment a join task t on t.id = a.task_id where t.title = '加强政策宣传解读'"
		);
		expect(answers[0]).toContain('“加强政策宣传解读”');
		expect(answers[0]).toContain(`已审核通过`);
		expect(t.a).toBeGreaterThan(0);
		const report = ps[2].sources.find((s) => s.kind === 'report');
		expect(report).toMatchObject({ year: 2019, unitId: null });
	});

	it('六 states the 信息处理费 of the tables and the plan carried out, in counts', async () => {
		const checked = (await draftChecks(w.db, BODY))!;
		const ps = await section(6);
		const fee = checked.statistics.cells['x.infoFee'];
		expect(ps[0].text).toContain(fee === 0 ? '未收取信息处理费' : `共收取信息处理费${fee}元`);
		const accepted = sql<{ n: number }>("select count(*) n from assignment where status = 'accepted'").n;
		expect(ps.some((p) => p.text.includes(`已审核通过${accepted}项`))).toBe(true);
	});
});

describe('editing and marking final', () => {
	it('keeps a paragraph’s sources when it is edited, marks it edited, adds new ones and drops empty ones', async () => {
		const v = await getDraftView(w.db, w.admin, BODY);
		const one = v.draft!.sections[0].paragraphs;
		saveDraft(w.db, w.admin, BODY, {
			title: v.draft!.title,
			preamble: v.draft!.preamble.map((p, i) => ({ text: p.text, from: i })),
			sections: {
				1: [
					{ text: `${one[0].text}（已核对）`, from: 0 },
					...one.slice(1).map((p, i) => ({ text: p.text, from: i + 1 })),
					{ text: '新增一段。', from: null },
					{ text: '  ', from: null }
				]
			},
			version: v.version
		});
		const after = (await getDraftView(w.db, w.admin, BODY)).draft!.sections[0].paragraphs;
		expect(after).toHaveLength(one.length + 1);
		expect(after[0]).toMatchObject({ edited: true, generated: true, sources: one[0].sources });
		expect(after[1].edited).toBe(false);
		expect(after[after.length - 1]).toMatchObject({ text: '新增一段。', generated: false, sources: [] });
	});

	it('refuses 定稿 while a warning has no note, then freezes the figures; reopening lets it change again', async () => {
		let v = await getDraftView(w.db, w.admin, BODY);
		const warnings = v.checks.filter((c) => c.level === 'warning');
		expect(warnings.length).toBeGreaterThan(0); // S1 against last year's report, at least
		const e = await domainErrorOf(() => markFinal(w.db, w.admin, BODY, { version: v.version }));
		expect(e.message).toContain(`${warnings.length} 条提醒尚未说明`);
		for (const c of warnings)
			await acknowledgeWarning(w.db, w.admin, BODY, {
				key: findingKey(c),
				note: '已核对',
				version: versionOfReport(w.db, YEAR, null)
			});
		await markFinal(w.db, w.admin, BODY, { version: versionOfReport(w.db, YEAR, null) }, ON('2021-01-25'));
		v = await getDraftView(w.db, w.admin, BODY);
		expect(v.finalAt).toBe(ON('2021-01-25'));
		expect(v.draft!.date).toBe('2021-01-25');
		expect(v.can).toEqual({ edit: false, final: false, reopen: true });
		const frozen = v.draft!.finalStatistics!;
		// A unit's figures accepted later change the city's totals, not a final report's tables.
		const tax = await makeUser(w.db, 'tax', 'unit', '市税务局');
		const late = validStatistics('2019', 4);
		enterAndAccept(w.db, tax, w.admin, YEAR, late);
		const now = (await computeCityTotals(w.db, YEAR)).total.cells['t3.received.total']!;
		expect(now).toBe(frozen['t3.received.total']! + late.cells['t3.received.total']!);
		expect((await draftChecks(w.db, BODY))!.statistics.cells['t3.received.total']).toBe(frozen['t3.received.total']);
		v = await getDraftView(w.db, w.admin, BODY);
		expect(
			domainError(() => saveDraft(w.db, w.admin, BODY, { title: 'x', preamble: [], sections: {}, version: v.version }))
				.message
		).toContain('已定稿');
		reopenDraft(w.db, w.admin, BODY, { version: v.version });
		v = await getDraftView(w.db, w.admin, BODY);
		expect(v.finalAt).toBeNull();
		expect(v.draft!.finalStatistics).toBeUndefined();
	});

	it('exports a .docx the reader reads back: title, six headings, the tables’ figures', async () => {
		const checked = (await draftChecks(w.db, BODY))!;
		const { fileName, bytes } = await exportReportDocx(w.db, w.leader, BODY);
		expect(fileName).toBe('石家庄市人民政府2020年政府信息公开工作年度报告（草稿）.docx');
		const back = readReportDocx(new Uint8Array(bytes)).report;
		expect(back.title).toBe(checked.document.title);
		expect(back.sections.map((s) => s.heading)).toEqual([...SECTION_HEADINGS]);
		for (const key of ['t3.received.total', 't3.total.total', 't4.review.total', 't2.normative.made'])
			expect(back.statistics.cells[key]).toBe(checked.statistics.cells[key]);
	});
});

describe('who sees and writes which draft', () => {
	it('a unit writes its own draft from its own work; another unit cannot see it; leaders read only', async () => {
		const ref = { year: YEAR, unitId: w.staffA.unitId };
		await generateDraft(w.db, w.staffA, ref, { version: versionOfReport(w.db, YEAR, ref.unitId) }, ON('2021-01-20'));
		const v = await getDraftView(w.db, w.staffA, ref);
		expect(v.draft!.title).toBe('石家庄市司法局2020年政府信息公开工作年度报告');
		const mine = sql<{ n: number; lead: number }>(
			"select count(*) n, sum(role = 'lead') lead from assignment where unit_id = ?",
			w.staffA.unitId
		);
		expect(v.draft!.sections[0].paragraphs[0].text).toContain(`承担重点任务${mine.n}项（其中牵头${mine.lead}项）`);
		expect(v.draft!.sections[0].paragraphs.map((p) => p.text).join('')).not.toContain('正定县政府');
		await expect(getDraftView(w.db, w.staffB, ref)).rejects.toMatchObject({ code: 'not_found' });
		await expect(getDraftView(w.db, w.staffA, BODY)).rejects.toMatchObject({ code: 'not_found' });
		expect((await getDraftView(w.db, w.leader, ref)).can.edit).toBe(false);
		await expect(generateDraft(w.db, w.leader, ref, { version: v.version })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(generateDraft(w.db, w.staffA, BODY, { version: 0 })).rejects.toMatchObject({ code: 'not_found' });
		await expect(generateDraft(w.db, w.admin, ref, { version: v.version })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});
