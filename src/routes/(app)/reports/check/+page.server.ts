import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { can } from '$lib/server/auth/policy';
import { checkReports } from '$lib/server/annual-report/checker';
import { importReportText } from '$lib/server/annual-report/imports';
import { getBody } from '$lib/server/body';
import { listUnits } from '$lib/server/units/registry';
import { formAction } from '$lib/server/web/action';
import { domainFail, text } from '$lib/server/web/forms';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { MAX_FILE_BYTES } from '$lib/server/plans/read/limits';
import { DomainError } from '$lib/server/shared/errors';

export const load = (async (event) => {
	const user = requireCan(event, 'report.check');
	const db = getDb();
	const body = getBody(db);
	// Where a checked report can be kept: the office for any unit or the body, staff for their own unit.
	const targets = can(user, 'report.import')
		? [
				{ value: 'body', label: `${body.issuer || body.name || '本级'}（本级）` },
				...listUnits(db, { activeOnly: true }).map((u) => ({ value: String(u.id), label: u.name }))
			]
		: listUnits(db, { activeOnly: true })
				.filter((u) => u.id === user.unitId)
				.map((u) => ({ value: String(u.id), label: u.name }));
	return { targets, maxMb: MAX_FILE_BYTES / 1024 / 1024 };
}) satisfies PageServerLoad;

async function files(data: FormData) {
	const out: { name: string; bytes: Uint8Array }[] = [];
	for (const f of data.getAll('files'))
		if (typeof f !== 'string' && f.size > 0) {
			if (f.size > MAX_FILE_BYTES)
				throw new DomainError('too_large', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限：${f.name}`);
			out.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
		}
	return out;
}

export const actions = {
	check: async (event) => {
		const user = requireCan(event, 'report.check');
		const data = await event.request.formData();
		const values = { pasted: text(data, 'pasted'), _form: 'check' };
		try {
			const results = await checkReports(getDb(), actorOf(event, user), {
				files: await files(data),
				pasted: values.pasted
			});
			return { form: 'check', results };
		} catch (e) {
			return domainFail(e, values);
		}
	},
	import: (e) =>
		formAction(
			e,
			requireCan(e, 'report.check'),
			{
				form: 'import',
				success: (r: { replaced: boolean }) =>
					r.replaced
						? '已导入，替换了此前导入的同年度报告'
						: '已导入：下一年度核对上年结转、雷同和回应改进措施时将使用这份报告'
			},
			(a, d) => {
				const target = text(d, 'target');
				const unitId = target === 'body' ? null : /^\d{1,15}$/.test(target) ? Number(target) : NaN;
				return importReportText(
					getDb(),
					a,
					{ unitId: Number.isNaN(unitId) ? -1 : unitId },
					d.get('text')?.toString() ?? ''
				);
			}
		)
} satisfies Actions;
