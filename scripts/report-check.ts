// report:check — read a published annual report (.txt with TAB-separated table rows, or .docx) and
// print one JSON document: { format, year, title, tables, checks } (docs/annual-report.md).
// Usage: npm run --silent report:check -- <file> [--previous <last year's report>] [--part <file> …]
// Exit status 0 when the report was read, whatever the checks found; 1 with a Chinese message on
// stderr when it could not be read (or is not a report).

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkReport } from '../src/lib/annual-report/checks/index';
import { reportJson } from '../src/lib/annual-report/json';
import { readReportFile, type ReadResult } from '../src/lib/server/annual-report/read/index';
import { MAX_FILE_BYTES } from '../src/lib/server/plans/read/limits';
import { isDomainError } from '../src/lib/server/shared/errors';

const USAGE =
	'用法：npm run --silent report:check -- <报告.txt|.docx> [--previous <上年报告>] [--part <下级单位报告> …]';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

function read(file: string, what: string): ReadResult {
	let size = 0;
	try {
		const st = statSync(file);
		if (!st.isFile()) fail(`${what}不是文件：${file}`);
		size = st.size;
	} catch {
		fail(`找不到${what}：${file}`);
	}
	if (size > MAX_FILE_BYTES) fail(`${what}超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限：${file}`);
	try {
		return readReportFile(new Uint8Array(readFileSync(file)), basename(file));
	} catch (err) {
		const reason = isDomainError(err) ? err.message : `读取失败：${err instanceof Error ? err.message : String(err)}`;
		fail(what === '报告' ? reason : `${what}（${file}）无法读取：${reason}`);
	}
}

function main(argv: string[]): void {
	const args = argv.filter((a) => a !== '--');
	let previous: string | undefined;
	const parts: string[] = [];
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--previous' || a === '--part') {
			const value = args[++i];
			if (!value || value.startsWith('--')) fail(`${a} 后面需要一个文件。${USAGE}`);
			if (a === '--previous') previous = value;
			else parts.push(value);
		} else if (a.startsWith('--')) fail(`不认识的选项 ${a}。${USAGE}`);
		else files.push(a);
	}
	if (files.length !== 1) fail(USAGE);

	const { report, findings } = read(files[0], '报告');
	const prev = previous ? read(previous, '上年报告').report : undefined;
	const partReports = parts.map((p) => read(p, '下级单位报告').report);
	const odd = partReports.find((p) => p.year !== report.year);
	if (odd) fail(`下级单位报告是${odd.year}年度的，与本报告（${report.year}年度）不是同一年度：${odd.title}`);
	const checks = checkReport(report, { previous: prev, parts: partReports.map((p) => p.statistics), findings });
	process.stdout.write(`${JSON.stringify(reportJson(report, checks), null, 1)}\n`);
}

main(process.argv.slice(2));
