import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as statistics from '$lib/server/annual-report/statistics/entry';
import { decideStatistics } from '$lib/server/annual-report/statistics/decide';
import { getStatisticsView } from '$lib/server/annual-report/statistics/view';
import { acknowledgeWarning } from '$lib/server/annual-report/acknowledge';
import { DomainError } from '$lib/server/shared/errors';
import { formAction } from '$lib/server/web/action';
import { int, text } from '$lib/server/web/forms';
import { requireCan, requireUnitUser, requireUser } from '$lib/server/web/guards';
import { orErrorPage, reportRef } from '$lib/server/web/reports';

export const load = (async (event) => {
	const user = requireUser(event);
	return { view: await orErrorPage(() => getStatisticsView(getDb(), user, reportRef(event.params))) };
}) satisfies PageServerLoad;

/** The cells a form posts: the national tables' keys and the extra figures. */
function cells(data: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of data) if (typeof v === 'string' && /^(t[234]|x)\./.test(k)) out[k] = v;
	return out;
}

const input = (d: FormData) => ({
	cells: cells(d),
	version: int(d, 'version') ?? -1,
	blankAsZero: text(d, 'blankAsZero') === '1'
});

const saved = (r: { checks: { level: string }[] }) => {
	const errors = r.checks.filter((c) => c.level === 'error').length;
	return errors ? `已保存。还有 ${errors} 处错误，改正后才能报送` : '已保存';
};

export const actions = {
	save: (e) =>
		formAction(e, requireUser(e), { form: 'stats', success: saved }, (a, d) =>
			statistics.saveStatistics(getDb(), a, reportRef(e.params), input(d))
		),
	submit: (e) =>
		formAction(e, requireUnitUser(e), { form: 'stats', success: '已报送，等待政务公开办审核' }, (a, d) => {
			const ref = reportRef(e.params);
			if (ref.unitId === null) throw new DomainError('invalid', '本级数据无需报送');
			return statistics.submitStatistics(getDb(), a, { year: ref.year, unitId: ref.unitId }, input(d));
		}),
	acknowledge: (e) =>
		formAction(e, requireUser(e), { form: 'ack', success: '说明已保存' }, (a, d) =>
			acknowledgeWarning(getDb(), a, reportRef(e.params), {
				key: text(d, 'key'),
				note: text(d, 'note'),
				version: int(d, 'version') ?? -1
			})
		),
	decide: (e) =>
		formAction(
			e,
			requireCan(e, 'report.decide'),
			{
				form: 'decide',
				success: (d: 'accept' | 'return') =>
					d === 'accept' ? '已审核通过，数据将计入汇总' : '已退回，单位将收到退回原因'
			},
			(a, d) => {
				const ref = reportRef(e.params);
				if (ref.unitId === null) throw new DomainError('invalid', '本级数据无需审核');
				const decision = text(d, 'decision') === 'accept' ? 'accept' : 'return';
				decideStatistics(
					getDb(),
					a,
					{ year: ref.year, unitId: ref.unitId },
					{
						decision,
						reason: text(d, 'reason'),
						version: int(d, 'version') ?? -1
					}
				);
				return decision;
			}
		)
} satisfies Actions;
