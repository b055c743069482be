// Deterministic facts of any size with a realistic history (reports every month, late and returned
// submissions, extensions, office entries), for the benchmark and the property tests. Same seed,
// same facts.
import { seededRandom } from '../shared/random';
import { dateOf, dayOf } from './days';
import type { FactAssignment, FactEntry, FactTask, FactUnit, ScoringFacts } from './facts';

export interface FactsSize {
	units: number;
	tasks: number;
	unitsPerTask: number;
	/** Sent reports per assignment (spread over the year). */
	reportsPerAssignment: number;
	entriesPerUnit: number;
}

/** 300 units, 1,000 tasks × 30 units = 30,000 assignments, 12 reports each: the province in issue 10. */
export const PROVINCE_FACTS: FactsSize = {
	units: 300,
	tasks: 1000,
	unitsPerTask: 30,
	reportsPerAssignment: 12,
	entriesPerUnit: 6
};

const SECTIONS = ['一', '二', '三', '四', '五', '六'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const KINDS = ['department', 'county', 'zone'] as const;
const GRADES = ['excellent', 'good', 'good', 'fair', 'poor'] as const;
const YEAR = 2020;

const stamp = (day: number, minutes: number) => {
	const h = String(8 + (Math.floor(minutes / 60) % 10)).padStart(2, '0');
	const m = String(minutes % 60).padStart(2, '0');
	return `${dateOf(day)}T${h}:${m}:00+08:00`;
};

type EntryTemplate = Omit<FactEntry, 'id' | 'unitId' | 'on'>;

/** Entries for the default rubric (rubrics/default.json). */
export const DEFAULT_ENTRIES: EntryTemplate[] = [
	{ kind: 'bonus', indicator: 'bonus', value: 2, reason: '经验做法被上级采用' },
	{ kind: 'deduction', indicator: 'deduction', value: 1, reason: '督查发现信息更新不及时' },
	{ kind: 'bonus', indicator: 'bonus', value: 1, reason: '受到表彰' }
];

/** Entries valid for both tables of rubrics/shijiazhuang-2020.json. */
export const SHIJIAZHUANG_ENTRIES: EntryTemplate[] = [
	{ kind: 'level', indicator: 'result.support', value: '较好', reason: '组织领导与培训落实较好' },
	{ kind: 'bonus', indicator: 'bonus.adopted', reason: '经验做法被省政务公开办采用' },
	{ kind: 'major-deduction', indicator: 'major.criticised', reason: '被省政务公开办通报批评' },
	{ kind: 'level', indicator: 'result.support', value: '好', reason: '复核后改评' }
];

export function generateFacts(size: FactsSize, seed = 42, templates: EntryTemplate[] = DEFAULT_ENTRIES): ScoringFacts {
	const rand = seededRandom(seed);
	const int = (n: number) => Math.floor(rand() * n);
	const units: FactUnit[] = Array.from({ length: size.units }, (_, i) => ({
		id: i + 1,
		name: `测试单位${String(i + 1).padStart(4, '0')}`,
		kind: KINDS[i < size.units * 0.35 ? 0 : i < size.units * 0.93 ? 1 : 2]
	}));
	const sections = SECTIONS.map((code, i) => ({ id: i + 1, code, title: `第${code}部分` }));
	const start = dayOf(`${YEAR}-02-01`);
	const yearEnd = dayOf(`${YEAR}-12-31`);
	const tasks: FactTask[] = Array.from({ length: size.tasks }, (_, i) => {
		const s = i % SECTIONS.length;
		const n = Math.floor(i / SECTIONS.length);
		const due = start + 60 + int(yearEnd - start - 60);
		const milestones =
			rand() < 0.3
				? [
						{ id: i * 2 + 1, dueOn: dateOf(due - 60) },
						{ id: i * 2 + 2, dueOn: dateOf(due) }
					]
				: [{ id: i * 2 + 1, dueOn: dateOf(due) }];
		return {
			id: i + 1,
			sectionId: s + 1,
			code: `${SECTIONS[s]}(${NUMERALS[n % 10]}${n >= 10 ? n : ''})`,
			title: `任务${i + 1}`,
			weight: 1 + int(3),
			milestones
		};
	});
	const assignments: FactAssignment[] = [];
	let next = 1;
	for (const task of tasks) {
		const first = int(size.units);
		for (let k = 0; k < size.unitsPerTask; k++) {
			const id = assignments.length + 1;
			const due = dayOf(task.milestones!.at(-1)!.dueOn);
			const a: FactAssignment = {
				id,
				taskId: task.id,
				unitId: ((first + k * 7) % size.units) + 1,
				role: k < 2 ? 'lead' : 'responsible',
				reports: [],
				submissions: [],
				reviews: []
			};
			let dueNow = due;
			if (rand() < 0.1) {
				dueNow = due + 15 + int(30);
				a.deadlines = task.milestones!.map((m, j, all) => ({
					milestoneId: m.id,
					dueOn: m.dueOn,
					changes:
						j === all.length - 1
							? [
									{
										id: next++,
										at: stamp(due - 5, int(600)),
										kind: 'extension' as const,
										from: m.dueOn,
										to: dateOf(dueNow),
										reason: '申请延期'
									}
								]
							: []
				}));
			}
			for (let r = 0; r < size.reportsPerAssignment; r++) {
				const day = start + Math.floor(((r + rand()) * (yearEnd - start)) / size.reportsPerAssignment);
				a.reports!.push({
					id: next++,
					coversOn: dateOf(day),
					sentAt: stamp(day, int(600)),
					percent: Math.min(100, Math.round(((r + 1) * 100) / size.reportsPerAssignment))
				});
			}
			const fate = rand();
			if (fate < 0.8) {
				let day = dueNow - 20 + int(40);
				const rounds = rand() < 0.2 ? 2 : 1;
				for (let s = 0; s < rounds; s++) {
					const sub = { id: next++, at: stamp(day, int(600)), percent: 100 };
					a.submissions!.push(sub);
					const accept = s === rounds - 1 && fate < 0.7;
					const reviewDay = day + 1 + int(5);
					if (s < rounds - 1 || fate < 0.75)
						a.reviews!.push({
							id: next++,
							at: stamp(reviewDay, 600 + int(60)),
							submissionId: sub.id,
							decision: accept ? 'accept' : 'return',
							...(accept ? { grade: GRADES[int(GRADES.length)] } : { reason: '材料不全' })
						});
					day = reviewDay + 3 + int(10);
				}
			}
			assignments.push(a);
		}
	}
	const entries: FactEntry[] = [];
	for (const u of units)
		for (let k = 0; k < size.entriesPerUnit; k++) {
			const template = templates[(u.id + k) % templates.length];
			entries.push({ id: next++, unitId: u.id, ...template, on: dateOf(start + int(yearEnd - start)) });
		}
	return {
		plan: { id: 1, title: `测试省${YEAR}年政务公开工作要点`, year: YEAR, startsOn: dateOf(start) },
		units,
		sections,
		tasks,
		assignments,
		entries
	};
}
