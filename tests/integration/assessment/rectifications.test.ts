// 整改: opened from a deduction or a bulletin's problem item, answered by the unit like any assignment
// (report, evidence, 提交办结), closed or returned by the office's review; the next bulletin lists it
// as closed, overdue or open. Its work never counts in the work plan's boards, 台账, plan list or scores.
import { describe, expect, it } from 'vitest';
import * as progress from '../../../src/lib/server/progress';
import * as reviews from '../../../src/lib/server/reviews';
import { listEntries } from '../../../src/lib/server/assessment/entries';
import { openRectification } from '../../../src/lib/server/rectifications/open';
import { listRectifications } from '../../../src/lib/server/rectifications/list';
import { issueBulletin } from '../../../src/lib/server/bulletins/issue';
import { getBulletin } from '../../../src/lib/server/bulletins/read';
import { getBoard, listPlanChoices } from '../../../src/lib/server/boards/board';
import { getMatrix } from '../../../src/lib/server/boards/matrix';
import { listPlans, getPlanTree } from '../../../src/lib/server/plans/queries';
import { unitWorklist, parseListFilter } from '../../../src/lib/server/assignments/list';
import { getAssignmentView } from '../../../src/lib/server/assignments/view';
import { listQueue } from '../../../src/lib/server/reviews/queue';
import { loadFacts } from '../../../src/lib/server/scoring/load';
import { ON, sendOn, submitOn, versionOf } from '../../helpers/assignments';
import { domainError } from '../../helpers/errors';
import { yearOfWork } from '../../helpers/assessment';

const bulletin = (over: { docNumber: string; cutOff: string }) => ({
	kind: 'quarterly',
	title: '通报',
	publish: 'scores',
	comment: '',
	issuer: '石家庄市人民政府办公室',
	...over
});

async function opened() {
	const w = await yearOfWork();
	const deduction = listEntries(w.db, w.admin, w.planId, w.sifa.unitId!).find((e) => !e.revoked)!;
	const id = openRectification(
		w.db,
		w.admin,
		{ source: 'entry', sourceId: deduction.id, requirement: '更新栏目并报送截图', dueOn: '2020-12-28' },
		ON('2020-12-21')
	);
	const [r] = listRectifications(w.db, w.sifa, w.planId);
	return { ...w, id, r, deduction };
}

describe('rectifications', () => {
	it('are assignments of the unit in the plan’s 整改事项, kept out of the work plan’s figures', async () => {
		const w = await opened();
		expect(w.r).toMatchObject({ id: w.id, unitName: '市司法局', status: 'open', dueOn: '2020-12-28' });
		expect(w.r.problem).toContain('信息更新不及时');
		const view = getAssignmentView(w.db, w.sifa, w.r.assignmentId, '2020-12-21');
		expect(view.rectificationId).toBe(w.id);
		expect(view.canWork).toBe(true);
		expect(view.deadlines.map((d) => d.dueOn)).toEqual(['2020-12-28']);
		// 序时进度 counts from the day it was opened: a week to go and nothing done is not yet behind.
		expect(view.light.light).toBe('yellow');
		expect(view.light.reason).toContain('还有 7 天到期');
		const list = unitWorklist(w.db, w.sifa, w.sifa.unitId!, {
			filter: parseListFilter(new URLSearchParams()),
			today: '2020-12-21'
		});
		expect(list.plan!.id).toBe(w.planId);
		expect(list.plans.map((p) => p.title)).toEqual([
			'石家庄市2020年政务公开工作要点',
			'石家庄市2020年政务公开工作要点·整改事项'
		]);
		// The work plan's boards, 台账, plan list and scores know nothing of it.
		const board = getBoard(w.db, w.leader, { planId: w.planId }, '2020-12-21', { useCache: false })!;
		expect(board.totals.total).toBe(4);
		expect(getMatrix(w.db, w.leader, { planId: w.planId, all: true })!.rows.length).toBe(3);
		expect(listPlans(w.db, w.leader).map((p) => p.id)).toEqual([w.planId]);
		expect(listPlanChoices(w.db).map((p) => p.id)).toEqual([w.planId]);
		const companion = view.plan.id;
		expect(getPlanTree(w.db, w.admin, companion)).toBeNull();
		expect(getBoard(w.db, w.admin, { planId: companion }, '2020-12-21')).toBeNull();
		expect(loadFacts(w.db, w.planId).assignments).toHaveLength(4);
	});

	it('are answered, returned, answered again and closed through the review, and listed by the next bulletin', async () => {
		const w = await opened();
		const a = w.r.assignmentId;
		sendOn(w.db, w.sifa, a, '2020-12-22', 50, '已更新栏目');
		submitOn(w.db, w.sifa, a, '2020-12-23');
		expect(listRectifications(w.db, w.admin, w.planId)[0].status).toBe('submitted');
		expect(listQueue(w.db, w.admin, {}, { now: ON('2020-12-23', 12) }).rows.map((r) => r.id)).toContain(a);
		reviews.returnSubmission(w.db, w.admin, a, { reason: '缺少截图', version: versionOf(w.db, a) }, ON('2020-12-24'));
		expect(listRectifications(w.db, w.sifa, w.planId)[0].status).toBe('returned');
		progress.addLinkEvidence(w.db, w.sifa, a, 'https://www.example.com/shot', '栏目截图', ON('2020-12-25'));
		progress.submitAsDone(
			w.db,
			w.sifa,
			a,
			{ summary: '已补截图', percent: 100, version: versionOf(w.db, a) },
			ON('2020-12-25', 11)
		);
		reviews.accept(
			w.db,
			w.admin,
			a,
			{ grade: 'good', comment: '整改到位', version: versionOf(w.db, a) },
			ON('2020-12-26')
		);
		expect(listRectifications(w.db, w.sifa, w.planId)[0].status).toBe('closed');
		// Another one, from the first bulletin's red item, left undone past its date.
		const first = await issueBulletin(w.db, w.admin, w.planId, bulletin({ docNumber: 'A1', cutOff: '2020-12-26' }), {
			now: ON('2020-12-27')
		});
		const frozen = getBulletin(w.db, w.admin, first)!;
		expect(frozen.items.rectified.map((i) => i.rectificationId)).toEqual([w.id]);
		const line = w.db.$client
			.prepare('select id from bulletin_line where bulletin_id = ? and unit_id = ? and points < 0 order by seq limit 1')
			.get(first, w.zd.unitId) as { id: number };
		const late = openRectification(
			w.db,
			w.admin,
			{ source: 'line', sourceId: line.id, requirement: '按期完成', dueOn: '2020-12-29' },
			ON('2020-12-27')
		);
		expect(
			domainError(() =>
				openRectification(
					w.db,
					w.admin,
					{ source: 'line', sourceId: line.id, requirement: '再来', dueOn: '2020-12-30' },
					ON('2020-12-27')
				)
			).message
		).toContain('已经下发过');
		const next = await issueBulletin(w.db, w.admin, w.planId, bulletin({ docNumber: 'A2', cutOff: '2020-12-31' }), {
			now: ON('2021-01-02')
		});
		const v = getBulletin(w.db, w.sifa, next)!;
		// Closed before the first bulletin's cut-off: already reported there, not again.
		expect(v.items.rectified).toEqual([]);
		expect(v.items.rectification_overdue.map((i) => [i.rectificationId, i.unitName])).toEqual([[late, '正定县政府']]);
		expect(v.items.rectification_overdue[0].detail).toContain('2020-12-29');
	});

	it('are opened by the office only, from a problem that exists, once, with a requirement and a date', async () => {
		const w = await opened();
		const open = (actor: typeof w.admin, over: Record<string, unknown>) => () =>
			openRectification(
				w.db,
				actor,
				{ source: 'entry', sourceId: w.deduction.id, requirement: '整改', dueOn: '2021-01-31', ...over },
				ON('2020-12-21')
			);
		expect(domainError(open(w.sifa, {})).code).toBe('forbidden');
		expect(domainError(open(w.admin, {})).message).toContain('已经下发过');
		expect(domainError(open(w.admin, { sourceId: 9999 })).code).toBe('not_found');
		expect(domainError(open(w.admin, { requirement: ' ' })).fields.requirement).toBe('请写明整改要求');
		expect(domainError(open(w.admin, { dueOn: '2020-12-01' })).fields.dueOn).toBe('整改期限不能早于今天');
		expect(() => w.db.$client.prepare('delete from rectification where id = ?').run(w.id)).toThrow(/kept/);
		expect(listRectifications(w.db, w.zd, w.planId)).toEqual([]);
	});
});
