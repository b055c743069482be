import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as boards from '$lib/server/boards/board';
import * as rubrics from '$lib/server/assessment/rubrics';
import * as editor from '$lib/server/assessment/rubric-edit';
import { SHIPPED_RUBRICS } from '$lib/server/scoring';
import { isDomainError } from '$lib/server/shared/errors';
import { actorOf, requireCan } from '$lib/server/web/guards';
import { int, text } from '$lib/server/web/forms';
import { readDraft } from '$lib/components/rubric/draft';
import { applyOp } from '$lib/components/rubric/ops';

const positive = (v: string | null) => (v && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : undefined);

export const load = (async (event) => {
	const user = requireCan(event, 'board.all_units');
	const db = getDb();
	const planId = positive(event.url.searchParams.get('plan')) ?? boards.latestPlanId(db);
	if (!planId) return { editor: null, plans: [], shipped: [] };
	const v = event.url.searchParams.get('version');
	try {
		return {
			editor: editor.getRubricEditor(db, user, planId, v !== null && /^\d{1,6}$/.test(v) ? Number(v) : undefined),
			plans: boards.listPlanChoices(db),
			shipped: Object.entries(SHIPPED_RUBRICS).map(([key, r]) => ({ key, name: r.name }))
		};
	} catch (e) {
		if (isDomainError(e)) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;

/** The validator lists one problem a line ("- 指标「…」：…"): the page shows them beside the indicators too. */
const problemsOf = (message: string) =>
	message
		.split('\n')
		.filter((l) => l.startsWith('- '))
		.map((l) => l.slice(2));

/** The editor's form: the draft with the user's fields put back, the plan and the version it started from. */
async function editorForm(request: Request) {
	const data = await request.formData();
	return {
		data,
		draft: readDraft(data),
		planId: int(data, 'plan') ?? 0,
		baseVersion: int(data, 'baseVersion') ?? 0,
		note: text(data, 'note')
	};
}

/** The draft's JSON did not parse (typed in the JSON view): the text comes back to be fixed. */
const unreadable = (data: FormData) =>
	fail(400, {
		message: '评分细则的 JSON 无法读取，请改正后再试',
		draft: null,
		json: String(data.get('draft') ?? ''),
		problems: [] as string[]
	});

export const actions = {
	/** A button of the tree editor: add, remove, move, add a rule; the draft comes back, nothing saved. */
	edit: async (event) => {
		requireCan(event, 'score.manage');
		const f = await editorForm(event.request);
		if (!f.draft) return unreadable(f.data);
		const op = text(f.data, 'op');
		if (op === 'json') {
			const json = String(f.data.get('json') ?? '');
			try {
				const parsed: unknown = JSON.parse(json);
				if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
					throw new Error('应为一个 JSON 对象');
				return { draft: parsed, note: f.note, baseVersion: f.baseVersion, focus: null, problems: [] as string[] };
			} catch (e) {
				return fail(400, {
					message: `JSON 有误：${e instanceof Error ? e.message : String(e)}`,
					draft: f.draft,
					json,
					note: f.note,
					baseVersion: f.baseVersion,
					problems: [] as string[]
				});
			}
		}
		const path = op.split(':')[1] ?? '';
		const focus = applyOp(f.draft, op, text(f.data, `newRule:${path}`));
		return { draft: f.draft, note: f.note, baseVersion: f.baseVersion, focus, problems: [] as string[] };
	},
	/** 检查: the validator's messages without saving. */
	check: async (event) => {
		requireCan(event, 'score.manage');
		const f = await editorForm(event.request);
		if (!f.draft) return unreadable(f.data);
		const problems = editor.checkRubricDraft(getDb(), f.planId, f.draft);
		return {
			draft: f.draft,
			note: f.note,
			baseVersion: f.baseVersion,
			problems,
			checked: problems.length ? '' : '检查通过：评分细则没有自相矛盾之处，可以保存'
		};
	},
	/** 保存为新版本: refused with the validator's messages, the draft kept as typed. */
	save: async (event) => {
		const user = requireCan(event, 'score.manage');
		const f = await editorForm(event.request);
		if (!f.draft) return unreadable(f.data);
		try {
			const version = rubrics.saveRubric(getDb(), actorOf(event, user), f.planId, f.draft, {
				baseVersion: f.baseVersion,
				note: f.note || '在评分细则编辑器中修改'
			});
			return { success: `已保存为第 ${version} 版，此后的计分按新版本计算`, saved: version };
		} catch (e) {
			if (!isDomainError(e)) throw e;
			return fail(e.status, {
				message: e.message,
				draft: f.draft,
				note: f.note,
				baseVersion: f.baseVersion,
				problems: problemsOf(e.message)
			});
		}
	},
	/** 导入: a .json file becomes the next version; refused, its content opens in the editor to fix. */
	import: async (event) => {
		const user = requireCan(event, 'score.manage');
		const data = await event.request.formData();
		const file = data.get('file');
		const planId = int(data, 'plan') ?? 0;
		const baseVersion = int(data, 'baseVersion') ?? 0;
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { message: '请选择评分细则文件（.json）', draft: null, problems: [] as string[] });
		const fileText = await file.text();
		try {
			const version = rubrics.importRubric(
				getDb(),
				actorOf(event, user),
				planId,
				{ name: file.name, text: fileText },
				baseVersion
			);
			return { success: `已导入 ${file.name}，保存为第 ${version} 版`, saved: version };
		} catch (e) {
			if (!isDomainError(e)) throw e;
			let draft: unknown = null;
			try {
				draft = JSON.parse(fileText.replace(/^\uFEFF/, ''));
			} catch {
				/* not JSON: nothing to open */
			}
			return fail(e.status, {
				message: `${e.message}${draft ? '\n文件内容已放入下方编辑器，改正后保存即可' : ''}`,
				draft: typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? draft : null,
				note: `导入文件 ${file.name}`,
				baseVersion,
				problems: problemsOf(e.message)
			});
		}
	},
	/** Start a draft from another plan's rubric, a shipped one or an older version (saved only on 保存). */
	start: async (event) => {
		const user = requireCan(event, 'score.manage');
		const data = await event.request.formData();
		try {
			const s = editor.startingRubric(getDb(), actorOf(event, user), int(data, 'plan') ?? 0, text(data, 'source'));
			return {
				draft: s.rubric,
				note: s.note,
				baseVersion: int(data, 'baseVersion') ?? 0,
				problems: [] as string[],
				started: `${s.note}：已放入编辑器，检查无误后点“保存为新版本”`
			};
		} catch (e) {
			if (!isDomainError(e)) throw e;
			return fail(e.status, { message: e.message, draft: null, problems: [] as string[] });
		}
	},
	/** 考核类别 of the plan's units (against the version in force). */
	classes: async (event) => {
		const user = requireCan(event, 'score.manage');
		const data = await event.request.formData();
		const choices = [...data.keys()]
			.filter((k) => /^class:[1-9]\d{0,9}$/.test(k))
			.map((k) => ({ unitId: Number(k.slice(6)), classId: text(data, k) }));
		try {
			const n = editor.setUnitClasses(getDb(), actorOf(event, user), int(data, 'plan') ?? 0, choices);
			return { success: n ? `已更新 ${n} 个单位的考核类别` : '考核类别没有变化', classes: true };
		} catch (e) {
			if (!isDomainError(e)) throw e;
			return fail(e.status, { message: e.message, draft: null, problems: [] as string[], classes: true });
		}
	}
} satisfies Actions;
