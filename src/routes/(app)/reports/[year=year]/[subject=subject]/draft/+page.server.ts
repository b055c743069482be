import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as drafts from '$lib/server/annual-report/draft/index';
import { getDraftView } from '$lib/server/annual-report/draft/view';
import { acknowledgeWarning } from '$lib/server/annual-report/acknowledge';
import type { SectionNo } from '$lib/annual-report/format';
import { formAction } from '$lib/server/web/action';
import { int, text } from '$lib/server/web/forms';
import { requireUser } from '$lib/server/web/guards';
import { orErrorPage, reportRef } from '$lib/server/web/reports';

export const load = (async (event) => {
	const user = requireUser(event);
	return { view: await orErrorPage(() => getDraftView(getDb(), user, reportRef(event.params))) };
}) satisfies PageServerLoad;

const version = (d: FormData) => int(d, 'version') ?? -1;

/** The paragraphs of section `no` (0: the preamble) as posted, each with the index it was stored at. */
function paragraphs(d: FormData, no: number): drafts.ParagraphEdit[] {
	const texts = d.getAll(`p${no}`);
	const from = d.getAll(`f${no}`);
	return texts.map((t, i) => {
		const f = typeof from[i] === 'string' && /^\d{1,4}$/.test(from[i] as string) ? Number(from[i]) : null;
		return { text: typeof t === 'string' ? t : '', from: f };
	});
}

function edit(d: FormData): drafts.DraftEdit {
	const sections: drafts.DraftEdit['sections'] = {};
	for (const no of [1, 2, 3, 4, 5, 6] as SectionNo[]) if (d.has(`p${no}`)) sections[no] = paragraphs(d, no);
	return { title: text(d, 'title'), preamble: paragraphs(d, 0), sections, version: version(d) };
}

const sectionOf = (d: FormData): SectionNo | undefined => {
	const n = int(d, 'section');
	return n && n >= 1 && n <= 6 ? (n as SectionNo) : undefined;
};

export const actions = {
	generate: (e) =>
		formAction(
			e,
			requireUser(e),
			{
				form: 'draft',
				success: (s: SectionNo | undefined) => (s ? '已按系统数据重新生成本部分' : '已生成草稿：请逐段核对、修改后保存')
			},
			async (a, d) => {
				const section = sectionOf(d);
				await drafts.generateDraft(getDb(), a, reportRef(e.params), { version: version(d), section });
				return section;
			}
		),
	save: (e) =>
		formAction(e, requireUser(e), { form: 'draft', success: '草稿已保存' }, (a, d) =>
			drafts.saveDraft(getDb(), a, reportRef(e.params), edit(d))
		),
	final: (e) =>
		formAction(e, requireUser(e), { form: 'draft', success: '已定稿：表格数据已固定，可导出 Word 发布' }, (a, d) =>
			drafts.markFinal(getDb(), a, reportRef(e.params), { version: version(d) })
		),
	reopen: (e) =>
		formAction(e, requireUser(e), { form: 'draft', success: '已撤销定稿，可以继续修改' }, (a, d) =>
			drafts.reopenDraft(getDb(), a, reportRef(e.params), { version: version(d) })
		),
	acknowledge: (e) =>
		formAction(e, requireUser(e), { form: 'ack', success: '说明已保存' }, (a, d) =>
			acknowledgeWarning(getDb(), a, reportRef(e.params), {
				key: text(d, 'key'),
				note: text(d, 'note'),
				version: version(d)
			})
		)
} satisfies Actions;
