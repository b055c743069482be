// plan:parse — parse a 工作要点 file (.txt/.doc/.docx/.xlsx/.csv/.tsv/.pdf) and print the summary JSON that
// ../shared/fixtures/shijiazhuang-2020.expected.json shows. Usage: npm run --silent plan:parse -- <file> [--year 2020]
// stdout carries only the JSON; any failure is a Chinese message on stderr and exit status 1.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isDomainError } from '../src/lib/server/shared/errors';
import { summarisePlan } from '../src/lib/server/plans/parse/summary';
import { parsePlanUpload } from '../src/lib/server/plans/read/index';
import { MAX_FILE_BYTES } from '../src/lib/server/plans/read/limits';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

async function main(argv: string[]): Promise<void> {
	const args = argv.filter((a) => a !== '--');
	const yearAt = args.indexOf('--year');
	let defaultYear: number | undefined;
	if (yearAt >= 0) {
		defaultYear = Number(args[yearAt + 1]);
		if (!Number.isInteger(defaultYear) || defaultYear < 1990 || defaultYear > 2100)
			fail('--year 需要一个四位年份，例如 --year 2020');
		args.splice(yearAt, 2);
	}
	const file = args[0];
	if (!file || args.length > 1)
		fail('用法：npm run --silent plan:parse -- <文件.txt|.doc|.docx|.xlsx|.csv|.tsv|.pdf> [--year 2020]');

	let size: number;
	try {
		const st = statSync(file);
		if (!st.isFile()) fail(`不是文件：${file}`);
		size = st.size;
	} catch {
		fail(`找不到文件：${file}`);
	}
	// Refuse before reading a huge file into memory.
	if (size > MAX_FILE_BYTES) fail(`文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限：${file}`);

	try {
		const bytes = new Uint8Array(readFileSync(file));
		const parsed = await parsePlanUpload(bytes, basename(file), { defaultYear });
		process.stdout.write(`${JSON.stringify(summarisePlan(parsed), null, 1)}\n`);
	} catch (err) {
		if (isDomainError(err)) fail(err.message);
		fail(`解析失败：${err instanceof Error ? err.message : String(err)}`);
	}
}

await main(process.argv.slice(2));
