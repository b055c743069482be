// Acceptance (progress model, 7): every exported domain mutation checks who acts, itself — the route
// guard is a second wall, not the only one. Each is called as unit staff of another unit and as the
// leader; each refuses, and nothing changes. The list is checked against the source, so a new
// mutation without an entry here fails the test.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import * as progress from '../../../src/lib/server/progress';
import * as deadlines from '../../../src/lib/server/deadlines';
import * as reviews from '../../../src/lib/server/reviews';
import * as reminders from '../../../src/lib/server/reminders';
import * as edit from '../../../src/lib/server/plans/edit';
import * as milestones from '../../../src/lib/server/plans/milestones';
import * as importer from '../../../src/lib/server/plans/import';
import * as units from '../../../src/lib/server/units/registry';
import * as merge from '../../../src/lib/server/units/merge';
import * as body from '../../../src/lib/server/body';
import * as years from '../../../src/lib/server/years/close';
import * as reform from '../../../src/lib/server/units/reform';
import * as users from '../../../src/lib/server/auth/users';
import * as nextYear from '../../../src/lib/server/years/next-year';
import * as rubrics from '../../../src/lib/server/assessment/rubrics';
import * as rubricEdit from '../../../src/lib/server/assessment/rubric-edit';
import * as classes from '../../../src/lib/server/assessment/classes';
import * as entries from '../../../src/lib/server/assessment/entries';
import * as objections from '../../../src/lib/server/assessment/objections';
import * as bulletins from '../../../src/lib/server/bulletins/issue';
import * as rectifications from '../../../src/lib/server/rectifications/open';
import { SHIPPED_RUBRICS } from '../../../src/lib/server/scoring';
import * as statistics from '../../../src/lib/server/annual-report/statistics/entry';
import { decideStatistics } from '../../../src/lib/server/annual-report/statistics/decide';
import { acknowledgeWarning } from '../../../src/lib/server/annual-report/acknowledge';
import * as reportImports from '../../../src/lib/server/annual-report/imports';
import * as drafts from '../../../src/lib/server/annual-report/draft/index';
import { newReport } from '../../../src/lib/annual-report/document';
import { writeReportText } from '../../../src/lib/server/annual-report/write/text';
import { asTyped, validStatistics } from '../../helpers/report-statistics';
import { versionOfReport } from '../../helpers/reports';
import { parsePlanText } from '../../../src/lib/server/plans/parse';
import type { Actor } from '../../../src/lib/server/shared/actor';
import type { StoredFile } from '../../../src/lib/server/evidence/upload';
import { isDomainError } from '../../../src/lib/server/shared/errors';
import { getAssignmentView } from '../../../src/lib/server/assignments/view';
import { assignmentWorld, ON, sendOn, submitOn } from '../../helpers/assignments';
import { draftFrom, referenceText } from '../../helpers/plans';

const ROOT = join(import.meta.dirname, '../../..');
/** Mutations that act on the actor alone (their own password, their own session): nobody else's data. */
const SELF_ONLY = new Set(['auth/users.ts:changeOwnPassword', 'auth/sign-in.ts:signOut']);

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) walk(p, out);
		else if (p.endsWith('.ts')) out.push(p);
	}
	return out;
}

/** Every exported function of the domain whose parameters start (db, actor, …). */
function domainMutations(): string[] {
	const out: string[] = [];
	for (const file of walk(join(ROOT, 'src/lib/server')).filter((f) => !f.includes('/web/'))) {
		const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
		for (const st of sf.statements) {
			if (!ts.isFunctionDeclaration(st) || !st.name) continue;
			if (!ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
			const [first, second] = st.parameters.map((p) => p.name.getText(sf));
			if (first === 'db' && second === 'actor')
				out.push(`${relative(join(ROOT, 'src/lib/server'), file)}:${st.name.text}`);
		}
	}
	return out.sort();
}

const fakeFile: StoredFile = {
	hash: 'a'.repeat(64),
	size: 10,
	type: { ext: 'pdf', mime: 'application/pdf', label: 'PDF' },
	originalName: '冒充.pdf',
	path: '/nonexistent'
} as StoredFile;

describe('domain authorisation', () => {
	it(
		'refuses every mutation to unit staff of another unit and to the leader, by the domain itself',
		{ timeout: 30_000 },
		async () => {
			const w = await assignmentWorld();
			const db = w.db;
			// Unit A's work in every state the mutations act on.
			const draftOn = w.assignmentOf('市司法局', '加强政务信息规范管理');
			progress.saveReportDraft(db, w.staffA, draftOn, { content: 'A 的草稿', percent: 30, reportedOn: '2020-09-01' });
			const evidenceId = progress.addLinkEvidence(db, w.staffA, draftOn, 'https://a.example/1', 'A 的材料');
			const msId = getAssignmentView(db, w.staffA, draftOn).deadlines[0].milestoneId;
			const requestId = deadlines.requestExtension(
				db,
				w.staffA,
				draftOn,
				{ milestoneId: msId, requestedDue: '2021-01-31', reason: '需要时间' },
				ON('2020-09-02')
			);
			const submitted = w.assignmentOf('市司法局', '加强权力运行信息公开');
			sendOn(db, w.staffA, submitted, '2020-09-03');
			submitOn(db, w.staffA, submitted, '2020-09-04');
			const taskId = (db.$client.prepare('select task_id t from assignment where id = ?').get(draftOn) as { t: number })
				.t;
			const planId = (db.$client.prepare('select plan_id p from assignment where id = ?').get(draftOn) as { p: number })
				.p;
			const notices = reminders.listNotices(db, w.staffA.unitId!).map((n) => n.id);
			const importDraft = draftFrom(db, w.admin, referenceText());
			const text = referenceText();
			const reformInput: reform.ReformInput = {
				kind: 'rename',
				fromUnitIds: [w.staffA.unitId!],
				to: [{ name: '石家庄市冒充局', shortName: '市冒充局', kind: 'department' }],
				effectiveOn: '2021-01-01',
				note: ''
			};
			// Unit A's annual reports: 2020 being entered, with a draft; 2021 submitted, waiting for the office.
			const a2020 = { year: 2020, unitId: w.staffA.unitId! };
			const a2021 = { year: 2021, unitId: w.staffA.unitId! };
			const city = { year: 2020, unitId: null };
			statistics.saveStatistics(db, w.staffA, a2020, { cells: asTyped(validStatistics('2019', 1)), version: 0 });
			await drafts.generateDraft(db, w.staffA, a2020, { version: versionOfReport(db, 2020, a2020.unitId) });
			statistics.submitStatistics(db, w.staffA, a2021, { cells: asTyped(validStatistics('2021', 2)), version: 0 });
			await drafts.generateDraft(db, w.admin, city, { version: 0 });
			const v = (ref: { year: number; unitId: number | null }) => versionOfReport(db, ref.year, ref.unitId);
			const published = newReport({ title: '石家庄市司法局2019年政府信息公开工作年度报告', year: 2019 });
			// Unit A's assessment: an entry about it, and its objection to it.
			const entry = (value: string) => ({
				unitId: w.staffA.unitId!,
				kind: 'bonus',
				indicator: 'bonus',
				value,
				channel: '',
				reason: '经验做法被采用',
				happenedOn: '2020-09-01',
				url: ''
			});
			const entryId = entries.addEntry(db, w.admin, planId, entry('2'));
			const objectionId = objections.fileObjection(db, w.staffA, entryId, '已被采用两次');
			const bulletinInput = {
				kind: 'quarterly',
				docNumber: '冒充〔2020〕1号',
				title: '冒充通报',
				cutOff: '2020-09-30',
				publish: 'scores',
				comment: '',
				issuer: '冒充'
			};

			const calls: Record<string, (actor: Actor) => unknown> = {
				'progress/reports.ts:saveReportDraft': (a) =>
					progress.saveReportDraft(db, a, draftOn, { content: 'x', percent: 1, reportedOn: '2020-09-05' }),
				'progress/reports.ts:discardReportDraft': (a) => progress.discardReportDraft(db, a, draftOn),
				'progress/reports.ts:sendReport': (a) =>
					progress.sendReport(db, a, draftOn, { content: 'x', percent: 1, reportedOn: '2020-09-05' }),
				'progress/evidence.ts:addLinkEvidence': (a) =>
					progress.addLinkEvidence(db, a, draftOn, 'https://evil.example', 'x'),
				'progress/evidence.ts:assertCanAddEvidence': (a) => progress.assertCanAddEvidence(db, a, draftOn),
				'progress/evidence.ts:addFileEvidence': (a) => progress.addFileEvidence(db, a, draftOn, fakeFile, 'x'),
				'progress/evidence.ts:removeEvidence': (a) => progress.removeEvidence(db, a, draftOn, evidenceId),
				'progress/submissions.ts:saveSubmissionDraft': (a) =>
					progress.saveSubmissionDraft(db, a, draftOn, { summary: 'x', percent: 100 }),
				'progress/submissions.ts:submitAsDone': (a) =>
					progress.submitAsDone(db, a, draftOn, { summary: 'x', percent: 100, version: 1 }),
				'deadlines/extensions.ts:requestExtension': (a) =>
					deadlines.requestExtension(db, a, draftOn, { milestoneId: msId, requestedDue: '2021-02-28', reason: 'x' }),
				'deadlines/extensions.ts:withdrawExtension': (a) => deadlines.withdrawExtension(db, a, draftOn),
				'deadlines/extensions.ts:decideExtension': (a) =>
					deadlines.decideExtension(db, a, requestId, { approve: true, note: '' }),
				'deadlines/office.ts:setUnitDeadline': (a) =>
					deadlines.setUnitDeadline(db, a, draftOn, { milestoneId: msId, dueOn: '2021-03-31', reason: 'x' }),
				'reviews/decide.ts:accept': (a) =>
					reviews.accept(db, a, submitted, { grade: 'excellent', comment: '', version: 99 }),
				'reviews/decide.ts:returnSubmission': (a) =>
					reviews.returnSubmission(db, a, submitted, { reason: 'x', version: 99 }),
				'reminders/index.ts:sendReminder': (a) => reminders.sendReminder(db, a, [draftOn], '催'),
				'reminders/index.ts:markRead': (a) => reminders.markRead(db, a, w.staffA.unitId!, notices),
				'plans/edit.ts:addAssignments': (a) => edit.addAssignments(db, a, taskId, [w.staffB.unitId!], 'lead'),
				'plans/edit.ts:removeAssignment': (a) => edit.removeAssignment(db, a, taskId, draftOn),
				'plans/milestones.ts:updateMilestones': (a) => milestones.updateMilestones(db, a, taskId, []),
				'plans/edit.ts:setWarnDays': (a) => edit.setWarnDays(db, a, planId, 30),
				'plans/import/drafts.ts:createDraft': (a) =>
					importer.createDraft(db, a, parsePlanText(text), { name: 'x', text }),
				'plans/import/drafts.ts:discardDraft': (a) => importer.discardDraft(db, a, importDraft.draftId),
				'plans/import/confirm.ts:confirmImport': (a) =>
					importer.confirmImport(db, a, importDraft.draftId, importDraft.decisions),
				'plans/import/source.ts:draftFromSource': (a) => importer.draftFromSource(db, a, { file: null, text }),
				'body/index.ts:setBody': (a) =>
					body.setBody(db, a, { name: '冒充市', issuer: '', level: 'city', prefixes: '市' }),
				'years/close.ts:closePlan': (a) => years.closePlan(db, a, planId, { reason: '' }),
				'years/close.ts:reopenPlan': (a) => years.reopenPlan(db, a, planId, { reason: '冒充' }),
				'units/reform.ts:previewReform': (a) => reform.previewReform(db, a, reformInput),
				'units/reform.ts:confirmReform': (a) => reform.confirmReform(db, a, reformInput),
				'units/registry.ts:createUnit': (a) =>
					units.createUnit(db, a, {
						name: '石家庄市冒充局',
						shortName: '市冒充局',
						kind: 'department',
						sortOrder: 1,
						aliases: []
					}),
				'units/registry.ts:updateUnit': (a) =>
					units.updateUnit(db, a, w.staffA.unitId!, {
						name: '改名',
						shortName: '改名',
						kind: 'department',
						sortOrder: 1,
						aliases: []
					}),
				'units/registry.ts:setUnitActive': (a) => units.setUnitActive(db, a, w.staffA.unitId!, false),
				'units/merge.ts:mergeUnit': (a) => merge.mergeUnit(db, a, w.staffA.unitId!, w.staffB.unitId!),
				'auth/users.ts:createUser': (a) =>
					users.createUser(db, a, {
						username: 'intruder',
						displayName: 'x',
						role: 'admin',
						unitId: null,
						password: 'long-enough-pw'
					}),
				'auth/users.ts:updateUser': (a) =>
					users.updateUser(db, a, w.staffA.id, { displayName: 'x', role: 'admin', unitId: null }),
				'auth/users.ts:resetPassword': (a) => users.resetPassword(db, a, w.staffA.id, 'hijacked-password'),
				'auth/users.ts:setUserActive': (a) => users.setUserActive(db, a, w.staffA.id, false),
				'annual-report/statistics/entry.ts:saveStatistics': (a) =>
					statistics.saveStatistics(db, a, a2020, { cells: { 't3.received.total': '1' }, version: v(a2020) }),
				'annual-report/statistics/entry.ts:submitStatistics': (a) =>
					statistics.submitStatistics(db, a, a2020, { cells: {}, version: v(a2020) }),
				'annual-report/statistics/decide.ts:decideStatistics': (a) =>
					decideStatistics(db, a, a2021, { decision: 'accept', reason: '', version: v(a2021) }),
				'annual-report/acknowledge.ts:acknowledgeWarning': (a) =>
					acknowledgeWarning(db, a, a2020, { key: 'R1:section1', note: 'x', version: v(a2020) }),
				'annual-report/imports.ts:importReport': (a) =>
					reportImports.importReport(db, a, { unitId: a2020.unitId }, published),
				'annual-report/imports.ts:importReportText': (a) =>
					reportImports.importReportText(db, a, { unitId: null }, writeReportText(published)),
				'annual-report/draft/index.ts:generateDraft': (a) => drafts.generateDraft(db, a, a2020, { version: v(a2020) }),
				'annual-report/draft/index.ts:saveDraft': (a) =>
					drafts.saveDraft(db, a, city, { title: '冒充', preamble: [], sections: {}, version: v(city) }),
				'annual-report/draft/index.ts:markFinal': (a) => drafts.markFinal(db, a, a2020, { version: v(a2020) }),
				'annual-report/draft/index.ts:reopenDraft': (a) => drafts.reopenDraft(db, a, a2020, { version: v(a2020) }),
				'years/next-year.ts:startNextYear': (a) => nextYear.startNextYear(db, a, planId),
				'years/next-year.ts:addNewYearText': (a) =>
					nextYear.addNewYearText(db, a, importDraft.draftId, { file: null, text }),
				'assessment/rubrics.ts:saveRubric': (a) =>
					rubrics.saveRubric(db, a, planId, SHIPPED_RUBRICS.default, { baseVersion: 0, note: 'x' }),
				'assessment/rubrics.ts:importRubric': (a) =>
					rubrics.importRubric(db, a, planId, { name: 'x.json', text: JSON.stringify(SHIPPED_RUBRICS.default) }, 0),
				'assessment/rubrics.ts:useShippedRubric': (a) => rubrics.useShippedRubric(db, a, planId, 'default', 0),
				'assessment/rubric-edit.ts:startingRubric': (a) => rubricEdit.startingRubric(db, a, planId, 'shipped:default'),
				'assessment/rubric-edit.ts:setUnitClasses': (a) =>
					rubricEdit.setUnitClasses(db, a, planId, [{ unitId: w.staffA.unitId!, classId: 'all' }]),
				'assessment/classes.ts:setUnitClass': (a) => classes.setUnitClass(db, a, planId, w.staffA.unitId!, 'all'),
				'assessment/entries.ts:addEntry': (a) => entries.addEntry(db, a, planId, entry('1')),
				'assessment/entries.ts:revokeEntry': (a) => entries.revokeEntry(db, a, entryId, '撤销'),
				'assessment/objections.ts:fileObjection': (a) => objections.fileObjection(db, a, entryId, '冒充的异议'),
				'assessment/objections.ts:answerObjection': (a) => objections.answerObjection(db, a, objectionId, '冒充的答复'),
				'bulletins/issue.ts:issueBulletin': (a) => bulletins.issueBulletin(db, a, planId, bulletinInput),
				'rectifications/open.ts:openRectification': (a) =>
					rectifications.openRectification(db, a, {
						source: 'entry',
						sourceId: entryId,
						requirement: '整改',
						dueOn: '2099-12-31'
					})
			};
			expect(Object.keys(calls).sort()).toEqual(domainMutations().filter((m) => !SELF_ONLY.has(m)));

			const snapshot = () =>
				JSON.stringify(
					[
						'audit_log',
						'progress_report',
						'evidence',
						'submission',
						'review',
						'extension_request',
						'assignment',
						'assignment_deadline',
						'milestone',
						'unit',
						'user',
						'notice',
						'plan',
						'plan_import',
						'body_setting',
						'annual_report',
						'annual_report_submission',
						'rubric',
						'assessment_class',
						'score_entry',
						'objection',
						'bulletin',
						'bulletin_unit',
						'bulletin_line',
						'bulletin_item',
						'rectification'
					].map((t) => db.$client.prepare(`select * from ${t} order by rowid`).all())
				);
			const before = snapshot();
			for (const [name, call] of Object.entries(calls))
				for (const actor of [w.staffB, w.leader]) {
					let outcome: string;
					try {
						await call(actor);
						outcome = 'allowed';
					} catch (e) {
						outcome = isDomainError(e) ? e.code : `crashed: ${e}`;
					}
					expect(['forbidden', 'not_found'], `${name} as ${actor.username}`).toContain(outcome);
				}
			expect(snapshot()).toBe(before);
		}
	);
});
