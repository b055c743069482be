// Writes scoring facts (generated ones, or a scenario's) into an empty migrated database, row for row
// with the facts' ids, the way the progress model keeps them: sent reports, submissions, reviews
// naming their submission, deadline changes with the unit's own date, office entries. Loading the
// plan back (scoring/load.ts) must then give the same scores as the facts themselves.
import type { DB } from '../../src/lib/server/db/client';
import type { ScoringFacts } from '../../src/lib/server/scoring';

const ms = (t: string | number) => (typeof t === 'number' ? t : Date.parse(t));

/** Returns the plan id and the office user id that made the entries. */
export function writeFacts(db: DB, facts: ScoringFacts, createdAt = Date.parse('2020-01-02T09:00:00+08:00')) {
	const c = db.$client;
	let planId = 0;
	let officeId = 0;
	c.transaction(() => {
		officeId = Number(
			c
				.prepare(
					"insert into user (username, display_name, password_hash, role) values ('office', '政务公开办', 'x', 'admin')"
				)
				.run().lastInsertRowid
		);
		const insUnit = c.prepare('insert into unit (id, name, short_name, kind, sort_order) values (?, ?, ?, ?, ?)');
		facts.units.forEach((u, i) => insUnit.run(u.id, `${u.name}（全称）`, u.name, u.kind, i + 1));
		planId = Number(
			c
				.prepare('insert into plan (id, title, year, issued_on, created_at) values (?, ?, ?, ?, ?)')
				.run(
					facts.plan.id ?? 1,
					facts.plan.title ?? '测试工作要点',
					facts.plan.year,
					facts.plan.startsOn ?? '',
					createdAt
				).lastInsertRowid
		);
		const insSection = c.prepare('insert into section (id, plan_id, code, title, sort_order) values (?, ?, ?, ?, ?)');
		facts.sections.forEach((s, i) => insSection.run(s.id, planId, s.code, s.title, i));
		const codeOf = new Map(facts.sections.map((s) => [s.id, s.code]));
		const insTask = c.prepare(
			'insert into task (id, plan_id, section_id, code, title, weight, sort_order) values (?, ?, ?, ?, ?, ?, ?)'
		);
		const insMilestone = c.prepare(
			'insert into milestone (id, task_id, due_on, what, sort_order) values (?, ?, ?, ?, ?)'
		);
		const milestoneDue = new Map<number, string>();
		facts.tasks.forEach((t, i) => {
			// The facts' code carries the section's numeral; the database keeps the task's own part.
			const section = codeOf.get(t.sectionId) ?? '';
			insTask.run(t.id, planId, t.sectionId, t.code.slice(section.length), t.title, t.weight ?? 1, i);
			(t.milestones ?? []).forEach((m, j) => {
				insMilestone.run(m.id, t.id, m.dueOn, m.what ?? '', j);
				milestoneDue.set(m.id, m.dueOn);
			});
		});
		const insAssignment = c.prepare(
			'insert into assignment (id, task_id, plan_id, unit_id, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)'
		);
		const insReport = c.prepare(
			"insert into progress_report (id, assignment_id, reported_on, content, percent, sent_at, created_by, created_at) values (?, ?, ?, '已报送', ?, ?, ?, ?)"
		);
		const insSubmission = c.prepare(
			"insert into submission (id, assignment_id, summary, percent, submitted_at, due_on, created_by, created_at) values (?, ?, '已完成', ?, ?, ?, ?, ?)"
		);
		const insReview = c.prepare(
			'insert into review (id, assignment_id, submission_id, decision, grade, comment, reviewer_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)'
		);
		const insChange = c.prepare(
			'insert into deadline_change (id, task_id, assignment_id, milestone_id, from_due, to_due, kind, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)'
		);
		const insOwn = c.prepare(
			'insert into assignment_deadline (assignment_id, milestone_id, due_on, updated_at) values (?, ?, ?, ?)'
		);
		for (const a of facts.assignments) {
			insAssignment.run(a.id, a.taskId, planId, a.unitId, a.role, createdAt, createdAt);
			for (const r of a.reports ?? [])
				insReport.run(r.id, a.id, r.coversOn, r.percent, ms(r.sentAt), officeId, ms(r.sentAt));
			for (const s of a.submissions ?? [])
				insSubmission.run(s.id, a.id, s.percent, ms(s.at), s.dueOn ?? null, officeId, ms(s.at));
			for (const r of a.reviews ?? [])
				insReview.run(r.id, a.id, r.submissionId, r.decision, r.grade ?? null, r.reason ?? '', officeId, ms(r.at));
			for (const d of a.deadlines ?? []) {
				const changes = d.changes ?? [];
				for (const ch of changes)
					insChange.run(ch.id, a.taskId, a.id, d.milestoneId, ch.from, ch.to, ch.kind, ch.reason ?? '', ms(ch.at));
				const last = changes.at(-1);
				const taskDue = d.milestoneId === null ? `${facts.plan.year}-12-31` : milestoneDue.get(d.milestoneId);
				if (last?.to && last.to !== taskDue) insOwn.run(a.id, d.milestoneId, last.to, ms(last.at));
			}
		}
		const insEntry = c.prepare(
			'insert into score_entry (id, plan_id, unit_id, kind, indicator, amount, level, channel, reason, happened_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
		);
		for (const e of facts.entries ?? [])
			insEntry.run(
				e.id,
				planId,
				e.unitId,
				e.kind,
				e.indicator,
				typeof e.value === 'number' ? e.value : null,
				typeof e.value === 'string' ? e.value : null,
				e.channel ?? null,
				e.reason,
				e.on,
				officeId
			);
	})();
	return { planId, officeId };
}
