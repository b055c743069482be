import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { config, getDb } from '$lib/server/db';
import * as assignments from '$lib/server/assignments/queries';
import * as progress from '$lib/server/assignments/progress';
import * as reviews from '$lib/server/reviews';
import * as reminders from '$lib/server/reminders';
import { receiveUpload, type StoredFile } from '$lib/server/evidence/upload';
import { ALLOWED_LABEL } from '$lib/server/evidence/sniff';
import { isDomainError } from '$lib/server/shared/errors';
import { shanghaiDate } from '$lib/server/shared/time';
import { actorOf, requireCan, requireUnitUser, requireUser } from '$lib/server/web/guards';
import { domainFail, formValues, int, invalid, text } from '$lib/server/web/forms';

function idOf(params: { id: string }): number {
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, '任务分工不存在');
	return id;
}

export const load = (async (event) => {
	const user = requireUser(event);
	try {
		return {
			view: assignments.getAssignmentView(getDb(), user, idOf(event.params), shanghaiDate()),
			today: shanghaiDate(),
			upload: { maxBytes: config.uploadMaxBytes, allowed: ALLOWED_LABEL }
		};
	} catch (e) {
		if (isDomainError(e)) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;

export const actions = {
	report: async (event) => {
		const user = requireUnitUser(event);
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			progress.addReport(getDb(), actorOf(event, user), idOf(event.params), {
				content: text(data, 'content'),
				percent: int(data, 'percent') ?? -1,
				reportedOn: text(data, 'reportedOn')
			});
		} catch (e) {
			return domainFail(e, values);
		}
		return { success: '进展已保存（草稿，提交审核后政务公开办可见）', form: 'report' };
	},
	addLink: async (event) => {
		const user = requireUnitUser(event);
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			progress.addLinkEvidence(
				getDb(),
				actorOf(event, user),
				idOf(event.params),
				text(data, 'url'),
				text(data, 'description')
			);
		} catch (e) {
			return domainFail(e, values);
		}
		return { success: '网址已添加', form: 'link' };
	},
	addFile: async (event) => {
		const user = requireUnitUser(event);
		const db = getDb();
		const actor = actorOf(event, user);
		const id = idOf(event.params);
		let stored: StoredFile | null = null;
		try {
			// Refuse before reading a byte of the body when the unit may not add evidence here.
			progress.assertCanAddEvidence(db, actor, id);
			const upload = await receiveUpload(event.request.headers.get('content-type') ?? '', event.request.body, {
				uploadDir: config.uploadDir,
				maxBytes: config.uploadMaxBytes
			});
			stored = upload.file;
			if (!stored) return invalid('请选择要上传的文件', { _form: 'file' }, { file: '请选择文件' });
			progress.addFileEvidence(db, actor, id, stored, upload.fields.description ?? '');
		} catch (e) {
			await progress.discardUpload(db, stored);
			return domainFail(e, { _form: 'file' });
		}
		return { success: `已上传：${stored.originalName}`, form: 'file' };
	},
	removeEvidence: async (event) => {
		const user = requireUnitUser(event);
		const data = await event.request.formData();
		try {
			await progress.removeEvidenceAndFile(
				getDb(),
				actorOf(event, user),
				idOf(event.params),
				int(data, 'evidenceId') ?? 0,
				config.uploadDir
			);
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '已删除该材料' };
	},
	submit: async (event) => {
		const user = requireUnitUser(event);
		const data = await event.request.formData();
		try {
			progress.submitForReview(getDb(), actorOf(event, user), idOf(event.params), int(data, 'version') ?? -1);
		} catch (e) {
			return domainFail(e, {});
		}
		return { success: '已提交审核' };
	},
	accept: async (event) => {
		const user = requireCan(event, 'review.decide');
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			reviews.accept(getDb(), actorOf(event, user), idOf(event.params), {
				grade: text(data, 'grade'),
				comment: text(data, 'comment'),
				version: int(data, 'version') ?? -1
			});
		} catch (e) {
			return domainFail(e, values);
		}
		return { success: '已审核通过' };
	},
	return: async (event) => {
		const user = requireCan(event, 'review.decide');
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			reviews.returnSubmission(getDb(), actorOf(event, user), idOf(event.params), {
				reason: text(data, 'reason'),
				version: int(data, 'version') ?? -1
			});
		} catch (e) {
			return domainFail(e, values);
		}
		return { success: '已退回，单位将收到退回原因' };
	},
	remind: async (event) => {
		const user = requireCan(event, 'reminder.send');
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			reminders.sendReminder(getDb(), actorOf(event, user), [idOf(event.params)], text(data, 'message'));
		} catch (e) {
			return domainFail(e, values);
		}
		return { success: '催办已发送' };
	}
} satisfies Actions;
