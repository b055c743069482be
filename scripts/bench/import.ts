// Importing a 2,000-task table (.xlsx generated deterministically from the Shijiazhuang registry):
// read + parse + preview + confirm into a file database. Target under 3 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../src/lib/server/db/client';
import { seedShijiazhuangRegistry } from '../../src/lib/server/demo/seed';
import { makeOfficeActor } from './actor';
import { parsePlanSource, readPlanSource } from '../../src/lib/server/plans/read';
import * as importer from '../../src/lib/server/plans/import';
import { SHIJIAZHUANG_UNITS } from '../../src/lib/server/demo/shijiazhuang-units';
import { enableBenchStats, readBenchStats } from '../../src/lib/server/ops/bench-stats';
import { rng, round } from './stats';
import type { TaskResult } from './scenarios';

export async function taskTableXlsx(
	tasks: number,
	seed = 2020,
	title = '2030年政务公开工作要点任务分解表'
): Promise<Uint8Array> {
	const rand = rng(seed);
	const depts = SHIJIAZHUANG_UNITS.filter((u) => u.kind === 'department').map((u) => u.shortName);
	const pick = (n: number) => Array.from({ length: n }, () => depts[Math.floor(rand() * depts.length)]);
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('任务分解表');
	ws.addRow([title]);
	ws.addRow(['序号', '类别', '工作任务', '工作要求', '牵头单位', '责任单位', '完成时限']);
	for (let i = 1; i <= tasks; i++) {
		const section = `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][Math.floor((i - 1) / (tasks / 10))]}、重点领域${Math.ceil(i / (tasks / 10))}`;
		const month = 1 + Math.floor(rand() * 12);
		ws.addRow([
			i,
			section,
			`推进第${i}项政务公开重点任务`,
			`围绕第${i}项任务做好信息公开，${month}月底前完成阶段任务，及时公开进展情况。`,
			pick(1 + Math.floor(rand() * 2)).join('、'),
			[
				...pick(1 + Math.floor(rand() * 4)),
				rand() < 0.5 ? '各县(市、区)政府' : '高新区、循环化工园区、综合保税区管委会'
			].join('、'),
			`${month}月底前`
		]);
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function benchImport(tasks = 2000): Promise<TaskResult> {
	const bytes = await taskTableXlsx(tasks);
	const dir = mkdtempSync(join(tmpdir(), 'yd-bench-import-'));
	try {
		const db = openDatabase(join(dir, 'app.db'));
		seedShijiazhuangRegistry(db);
		const actor = await makeOfficeActor(db);
		enableBenchStats(db.$client);
		readBenchStats(true);
		const t0 = performance.now();
		const source = readPlanSource(bytes, '任务分解表.xlsx');
		const parsed = parsePlanSource(source);
		const t1 = performance.now();
		const draftId = importer.createDraft(db, actor, parsed, { name: '任务分解表.xlsx', text: source.text });
		const preview = importer.previewImport(db, importer.getDraft(db, draftId)!);
		const t2 = performance.now();
		const result = importer.confirmImport(db, actor, draftId, importer.defaultDecisions(preview));
		const t3 = performance.now();
		const stats = readBenchStats(true);
		const total = t3 - t0;
		return {
			rps: null,
			p50_ms: round(total),
			p99_ms: round(total),
			statements: stats.statements,
			rss_mb: stats.rss_mb,
			// The confirm is one synchronous transaction: in the server it holds the event loop this long.
			event_loop_p99_ms: round(t3 - t2),
			figures: {
				tasks: result.created.tasks,
				assignments: result.created.assignments,
				milestones: result.created.milestones,
				file_kb: Math.round(bytes.length / 1024),
				read_parse_ms: round(t1 - t0),
				draft_preview_ms: round(t2 - t1),
				confirm_ms: round(t3 - t2),
				total_ms: round(total)
			},
			problems: result.created.tasks === tasks ? [] : [`导入了 ${result.created.tasks} 项任务，应为 ${tasks}`]
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
