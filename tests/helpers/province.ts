// A province's years of data, generated deterministically straight into SQLite (the roll-up
// triggers fire as for real writes). Used by the board and queue tests (small sizes) and
// `npm run bench`: a province year is 300 units, 1,000 tasks × 30 units = 30,000 assignments with
// their history (12 sent reports each with its timeline event, submissions, reviews, extension
// requests and deadline changes), 360,000 reports and 60,000 evidence rows; more plans are earlier
// years of the same size.
import type { DB } from '../../src/lib/server/db/client';
import { seededRandom } from '../../src/lib/server/shared/random';

export interface ProvinceSize {
	units: number;
	plans: number;
	tasksPerPlan: number;
	unitsPerTask: number;
	reportsPerAssignment: number;
	evidencePerAssignment: number;
	sectionsPerPlan?: number;
	/** Share of assignments with an extension request (half approved, a quarter refused, the rest pending). */
	extensionShare?: number;
	/** Share of assignments whose due date the office moved by hand. */
	officeDeadlineShare?: number;
	/** The newest plan's year (default 2025); the others are the years before it. */
	latestYear?: number;
}

export const PROVINCE: ProvinceSize = {
	units: 300,
	plans: 1,
	tasksPerPlan: 1000,
	unitsPerTask: 30,
	reportsPerAssignment: 12,
	evidencePerAssignment: 2
};

export const scaled = (s: ProvinceSize, k: number): ProvinceSize => ({
	...s,
	units: s.units * k,
	tasksPerPlan: s.tasksPerPlan * k
});

const KINDS = ['department', 'county', 'zone'] as const;
const STATUSES = ['not_started', 'in_progress', 'submitted', 'accepted', 'accepted', 'accepted', 'returned'] as const;
const GRADES = ['excellent', 'good', 'good', 'fair', 'poor'] as const;

/** Fills an empty (migrated) database; returns the ids of the plans, newest last, and an office user id. */
export function seedProvince(
	db: DB,
	size: ProvinceSize,
	seed = 42
): { planIds: number[]; officeId: number; unitIds: number[] } {
	const c = db.$client;
	const rand = seededRandom(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
	const sections = size.sectionsPerPlan ?? 6;
	// History beyond the basic rows draws from its own sequence, so adding it changed no other row.
	const extra = seededRandom(seed + 1);
	const latestYear = size.latestYear ?? 2025;
	const out = { planIds: [] as number[], officeId: 0, unitIds: [] as number[] };
	c.transaction(() => {
		const insUnit = c.prepare('insert into unit (name, short_name, kind, sort_order) values (?, ?, ?, ?)');
		for (let i = 1; i <= size.units; i++) {
			const kind = i <= size.units * 0.35 ? 'department' : i <= size.units * 0.93 ? 'county' : KINDS[2];
			out.unitIds.push(
				Number(
					insUnit.run(`测试省单位${String(i).padStart(4, '0')}`, `单位${String(i).padStart(4, '0')}`, kind, i)
						.lastInsertRowid
				)
			);
		}
		out.officeId = Number(
			c
				.prepare(
					"insert into user (username, display_name, password_hash, role) values ('province-office', '省政务公开办', 'x', 'admin')"
				)
				.run().lastInsertRowid
		);
		const staff = c.prepare(
			"insert into user (username, display_name, password_hash, role, unit_id) values (?, ?, 'x', 'unit', ?)"
		);
		const staffOf = new Map<number, number>();
		for (const u of out.unitIds) staffOf.set(u, Number(staff.run(`staff${u}`, `填报人${u}`, u).lastInsertRowid));

		const insPlan = c.prepare('insert into plan (title, year, issued_on, created_by) values (?, ?, ?, ?)');
		const insSection = c.prepare('insert into section (plan_id, code, title, sort_order) values (?, ?, ?, ?)');
		const insTask = c.prepare(
			'insert into task (plan_id, section_id, code, title, body, sort_order) values (?, ?, ?, ?, ?, ?)'
		);
		const insMilestone = c.prepare('insert into milestone (task_id, due_on, what, sort_order) values (?, ?, ?, 0)');
		const insAssignment = c.prepare(
			`insert into assignment (task_id, plan_id, unit_id, role, status, progress_percent, grade, return_count, submitted_at, accepted_at, last_reported_on, last_light)
			 values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const insReport = c.prepare(
			'insert into progress_report (assignment_id, reported_on, content, percent, sent_at, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)'
		);
		const insEvidence = c.prepare(
			"insert into evidence (assignment_id, kind, description, url, sent_at, created_by, created_at) values (?, 'link', ?, ?, ?, ?, ?)"
		);
		const insSubmission = c.prepare(
			"insert into submission (assignment_id, summary, percent, submitted_at, due_on, created_by, created_at) values (?, '已完成。', 100, ?, ?, ?, ?)"
		);
		const insReview = c.prepare(
			'insert into review (assignment_id, submission_id, decision, grade, comment, reviewer_id, created_at) values (?, ?, ?, ?, ?, ?, ?)'
		);
		const insEvent = c.prepare(
			'insert into assignment_event (assignment_id, type, actor_id, message, created_at) values (?, ?, ?, ?, ?)'
		);
		const history = deadlineHistory(c, extra, size, out);
		for (let p = 0; p < size.plans; p++) {
			const year = latestYear - size.plans + 1 + p;
			const planId = Number(
				insPlan.run(`测试省${year}年政务公开工作要点`, year, `${year}-03-15`, out.officeId).lastInsertRowid
			);
			out.planIds.push(planId);
			const sectionIds = Array.from({ length: sections }, (_, s) =>
				Number(insSection.run(planId, '一二三四五六七八九十'[s % 10], `第${s + 1}部分`, s).lastInsertRowid)
			);
			for (let t = 0; t < size.tasksPerPlan; t++) {
				const sectionId = sectionIds[Math.floor((t * sections) / size.tasksPerPlan)];
				const taskId = Number(
					insTask.run(planId, sectionId, `(${t + 1})`, `第${t + 1}项重点任务`, '任务要求。', t).lastInsertRowid
				);
				const month = 4 + Math.floor(rand() * 9);
				const dueOn = `${year}-${String(month).padStart(2, '0')}-28`;
				const milestoneId = Number(insMilestone.run(taskId, dueOn, '阶段任务').lastInsertRowid);
				const start = Math.floor(rand() * out.unitIds.length);
				for (let k = 0; k < size.unitsPerTask; k++) {
					const unitId = out.unitIds[(start + k * 7) % out.unitIds.length];
					const status = pick(STATUSES);
					const accepted = status === 'accepted';
					const base = Date.parse(`${year}-${String(month).padStart(2, '0')}-01T10:00:00+08:00`);
					const light = accepted || status === 'submitted' ? 'green' : pick(['red', 'yellow', 'green'] as const);
					const grade = accepted ? pick(GRADES) : null;
					const aId = Number(
						insAssignment.run(
							taskId,
							planId,
							unitId,
							k === 0 ? 'lead' : 'responsible',
							status,
							accepted ? 100 : Math.floor(rand() * 90),
							grade,
							status === 'returned' ? 1 : 0,
							status === 'submitted' || accepted || status === 'returned' ? base : null,
							accepted ? base + Math.floor(rand() * 60) * 86_400_000 : null,
							`${year}-${String(month).padStart(2, '0')}-10`,
							light
						).lastInsertRowid
					);
					const by = staffOf.get(unitId)!;
					if (status === 'submitted' || accepted || status === 'returned') {
						const sub = Number(insSubmission.run(aId, base, dueOn, by, base).lastInsertRowid);
						insEvent.run(aId, 'submitted', by, '提交办结', base);
						if (accepted) {
							insReview.run(aId, sub, 'accept', grade, '', out.officeId, base + 86_400_000);
							insEvent.run(aId, 'accepted', out.officeId, '审核通过', base + 86_400_000);
						}
						if (status === 'returned') {
							insReview.run(aId, sub, 'return', null, '请补充材料', out.officeId, base + 86_400_000);
							insEvent.run(aId, 'returned', out.officeId, '退回：请补充材料', base + 86_400_000);
						}
					}
					history.deadlines(aId, taskId, milestoneId, dueOn, by, base);
					for (let r = 0; r < size.reportsPerAssignment; r++) {
						insEvent.run(aId, 'report', by, '报送进展', base + r);
						insReport.run(
							aId,
							`${year}-${String(1 + (r % 12)).padStart(2, '0')}-15`,
							'本月工作进展。',
							Math.min(100, (r + 1) * 8),
							base,
							by,
							base + r
						);
					}
					for (let e = 0; e < size.evidencePerAssignment; e++)
						insEvidence.run(aId, '公开页面', `https://gov.example/${aId}/${e}`, base, by, base + e);
				}
			}
		}
	})();
	return out;
}

const DAY = 86_400_000;

/** Extension requests and office deadline changes, each with its change record and timeline events. */
function deadlineHistory(
	c: DB['$client'],
	rand: () => number,
	size: ProvinceSize,
	out: { officeId: number }
): { deadlines(aId: number, taskId: number, milestoneId: number, dueOn: string, by: number, at: number): void } {
	const insRequest = c.prepare(
		`insert into extension_request (assignment_id, milestone_id, current_due, requested_due, reason, status, decided_due, decision_note, decided_by, decided_at, created_by, created_at)
		 values (?, ?, ?, ?, '工作量大，申请延期', ?, ?, ?, ?, ?, ?, ?)`
	);
	const insChange = c.prepare(
		`insert into deadline_change (task_id, assignment_id, milestone_id, label, from_due, to_due, kind, reason, extension_request_id, actor_id, created_at)
		 values (?, ?, ?, '阶段任务', ?, ?, ?, ?, ?, ?, ?)`
	);
	const insDeadline = c.prepare(
		'insert into assignment_deadline (assignment_id, milestone_id, due_on, updated_at) values (?, ?, ?, ?)'
	);
	const insEvent = c.prepare(
		'insert into assignment_event (assignment_id, type, actor_id, message, created_at) values (?, ?, ?, ?, ?)'
	);
	const later = (d: string, days: number) =>
		new Date(Date.parse(`${d}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
	const extensions = size.extensionShare ?? 0.05;
	const office = size.officeDeadlineShare ?? 0.02;
	return {
		deadlines(aId, taskId, milestoneId, dueOn, by, at) {
			const r = rand();
			if (r < extensions) {
				const asked = later(dueOn, 30);
				const outcome = r < extensions / 2 ? 'approved' : r < (extensions * 3) / 4 ? 'refused' : 'pending';
				const decided = outcome === 'pending' ? null : at + 2 * DAY;
				const reqId = Number(
					insRequest.run(
						aId,
						milestoneId,
						dueOn,
						asked,
						outcome,
						outcome === 'approved' ? asked : null,
						outcome === 'refused' ? '理由不充分' : '',
						decided ? out.officeId : null,
						decided,
						by,
						at + DAY
					).lastInsertRowid
				);
				insEvent.run(aId, 'extension_requested', by, `申请延期至 ${asked}`, at + DAY);
				if (outcome === 'approved') {
					insDeadline.run(aId, milestoneId, asked, at + 2 * DAY);
					insChange.run(
						taskId,
						aId,
						milestoneId,
						dueOn,
						asked,
						'extension',
						'同意延期',
						reqId,
						out.officeId,
						at + 2 * DAY
					);
					insEvent.run(aId, 'extension_approved', out.officeId, `同意延期至 ${asked}`, at + 2 * DAY);
				} else if (outcome === 'refused')
					insEvent.run(aId, 'extension_refused', out.officeId, '不同意延期', at + 2 * DAY);
			} else if (r < extensions + office) {
				const moved = later(dueOn, 15);
				insDeadline.run(aId, milestoneId, moved, at + DAY);
				insChange.run(taskId, aId, milestoneId, dueOn, moved, 'office', '统一调整', null, out.officeId, at + DAY);
				insEvent.run(aId, 'deadline_changed', out.officeId, `期限调整为 ${moved}`, at + DAY);
			}
		}
	};
}
