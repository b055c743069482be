import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { config, getDb } from '$lib/server/db';
import { getAssignmentView } from '$lib/server/assignments/view';
import * as progress from '$lib/server/progress';
import * as deadlines from '$lib/server/deadlines';
import * as reviews from '$lib/server/reviews';
import * as reminders from '$lib/server/reminders';
import { receiveUpload } from '$lib/server/evidence/upload';
import { ALLOWED_LABEL } from '$lib/server/evidence/sniff';
import { isDomainError } from '$lib/server/shared/errors';
import { shanghaiDate } from '$lib/server/shared/time';
import { actorOf, requireCan, requireUnitUser, requireUser } from '$lib/server/web/guards';
import { domainFail, int, invalid, text } from '$lib/server/web/forms';
import { formAction } from '$lib/server/web/action';

const idOf = (event: { params: { id: string } }) => Number(event.params.id);

export const load = (async (event) => {
	const user = requireUser(event);
	const today = shanghaiDate();
	try {
		return {
			view: getAssignmentView(getDb(), user, idOf(event), today),
			today,
			upload: { maxBytes: config.uploadMaxBytes, allowed: ALLOWED_LABEL }
		};
	} catch (e) {
		if (isDomainError(e)) error(e.status, e.message);
		throw e;
	}
}) satisfies PageServerLoad;

const report = (data: FormData) => ({
	content: text(data, 'content'),
	percent: int(data, 'percent') ?? -1,
	reportedOn: text(data, 'reportedOn')
});
const summary = (data: FormData) => ({ summary: text(data, 'summary'), percent: int(data, 'percent') ?? 100 });
/** '' is the year-end deadline of a task without milestones. */
const milestoneOf = (data: FormData) => int(data, 'milestoneId');

export const actions = {
	sendReport: (e) =>
		formAction(
			e,
			requireUnitUser(e),
			{ form: 'report', success: '进展已报送：政务公开办、领导和牵头单位现在可以看到' },
			(a, d) => progress.sendReport(getDb(), a, idOf(e), report(d))
		),
	saveReport: (e) =>
		formAction(
			e,
			requireUnitUser(e),
			{ form: 'report', success: '进展已暂存：仅本单位可见，报送后才计入进度' },
			(a, d) => progress.saveReportDraft(getDb(), a, idOf(e), report(d))
		),
	discardReport: (e) =>
		formAction(e, requireUnitUser(e), { form: 'report', success: '已删除暂存的进展' }, (a) =>
			progress.discardReportDraft(getDb(), a, idOf(e))
		),
	addLink: (e) =>
		formAction(e, requireUnitUser(e), { form: 'link', success: '网址已添加，将随下次报送或提交一并报送' }, (a, d) =>
			progress.addLinkEvidence(getDb(), a, idOf(e), text(d, 'url'), text(d, 'description'))
		),
	addFile: async (event) => {
		const user = requireUnitUser(event);
		const db = getDb();
		const actor = actorOf(event, user);
		const id = idOf(event);
		let description = '';
		try {
			// Refuse before reading a byte of the body when the unit may not add evidence here.
			progress.assertCanAddEvidence(db, actor, id);
			const upload = await receiveUpload(event.request.headers.get('content-type') ?? '', event.request.body, {
				uploadDir: config.uploadDir,
				maxBytes: config.uploadMaxBytes
			});
			description = upload.fields.description ?? '';
			if (!upload.file) return invalid('请选择要上传的文件', { _form: 'file', description }, { file: '请选择文件' });
			progress.addFileEvidence(db, actor, id, upload.file, description);
			return { success: `已上传：${upload.file.originalName}（将随下次报送或提交一并报送）`, form: 'file' };
		} catch (e) {
			// A stored file no row uses is left to the orphan sweep: never deleted in a request.
			return domainFail(e, { _form: 'file', description });
		}
	},
	removeEvidence: (e) =>
		formAction(e, requireUnitUser(e), { form: 'evidence', success: '已删除该材料' }, (a, d) =>
			progress.removeEvidence(getDb(), a, idOf(e), int(d, 'evidenceId') ?? 0)
		),
	saveSubmission: (e) =>
		formAction(e, requireUnitUser(e), { form: 'action', success: '办结说明已暂存：仅本单位可见' }, (a, d) =>
			progress.saveSubmissionDraft(getDb(), a, idOf(e), summary(d))
		),
	submit: (e) =>
		formAction(e, requireUnitUser(e), { form: 'action', success: '已提交办结，等待政务公开办审核' }, (a, d) =>
			progress.submitAsDone(getDb(), a, idOf(e), { ...summary(d), version: int(d, 'version') ?? -1 })
		),
	requestExtension: (e) =>
		formAction(e, requireUnitUser(e), { form: 'extension', success: '延期申请已提交，等待政务公开办审批' }, (a, d) =>
			deadlines.requestExtension(getDb(), a, idOf(e), {
				milestoneId: milestoneOf(d),
				requestedDue: text(d, 'requestedDue'),
				reason: text(d, 'reason')
			})
		),
	withdrawExtension: (e) =>
		formAction(e, requireUnitUser(e), { form: 'extension', success: '已撤回延期申请' }, (a) =>
			deadlines.withdrawExtension(getDb(), a, idOf(e))
		),
	decideExtension: (e) =>
		formAction(e, requireCan(e, 'deadline.manage'), { form: 'extension', success: '已审批延期申请' }, (a, d) =>
			deadlines.decideExtension(getDb(), a, int(d, 'requestId') ?? 0, {
				approve: text(d, 'decision') === 'approve',
				decidedDue: text(d, 'decidedDue'),
				note: text(d, 'note')
			})
		),
	setDeadline: (e) =>
		formAction(e, requireCan(e, 'deadline.manage'), { form: 'deadline', success: '已调整该单位的期限' }, (a, d) =>
			deadlines.setUnitDeadline(getDb(), a, idOf(e), {
				milestoneId: milestoneOf(d),
				dueOn: text(d, 'dueOn'),
				reason: text(d, 'reason')
			})
		),
	accept: (e) =>
		formAction(e, requireCan(e, 'review.decide'), { form: 'action', success: '已审核通过' }, (a, d) =>
			reviews.accept(getDb(), a, idOf(e), {
				grade: text(d, 'grade'),
				comment: text(d, 'comment'),
				version: int(d, 'version') ?? -1
			})
		),
	return: (e) =>
		formAction(e, requireCan(e, 'review.decide'), { form: 'action', success: '已退回，单位将收到退回原因' }, (a, d) =>
			reviews.returnSubmission(getDb(), a, idOf(e), { reason: text(d, 'reason'), version: int(d, 'version') ?? -1 })
		),
	remind: (e) =>
		formAction(e, requireCan(e, 'reminder.send'), { form: 'action', success: '催办已发送' }, (a, d) =>
			reminders.sendReminder(getDb(), a, [idOf(e)], text(d, 'message'))
		)
} satisfies Actions;
