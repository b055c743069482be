// 年报体检: any published report, uploaded or pasted, read into the model and checked; several at
// once give one result per file. The report's unit is recognised from its title (or 发布机关), so
// the same unit's last-year report in the system, when the viewer may see it, adds S1, S3 and 雷同.
import { asc, eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { unit } from '../db/schema';
import type { PolicyUser } from '../auth/policy';
import { isDomainError, DomainError } from '../shared/errors';
import { yieldToLoop } from '../shared/yield';
import { checkReport } from '../../annual-report/checks/index';
import type { FormatId } from '../../annual-report/format';
import type { CheckResult, ReportSection, Statistics } from '../../annual-report/types';
import { getBody } from '../body';
import { canViewReport } from './access';
import { previousReport } from './previous';
import { readReportFile, readReportText } from './read/index';
import { writeReportText } from './write/text';

export const MAX_FILES = 30;
export const MAX_PASTE_CHARS = 1_000_000;

export interface CheckedReport {
	name: string;
	ok: true;
	title: string;
	year: number;
	format: FormatId;
	issuer: string | null;
	date: string | null;
	sections: Pick<ReportSection, 'no' | 'heading'>[];
	statistics: Statistics;
	checks: CheckResult[];
	/** Whose report it seems to be, when a unit (or the body) of the registry is named in it. */
	subject: { unitId: number | null; name: string } | null;
	/** Last year's report it was compared with, from the system. */
	previous: string | null;
	/** The report as text in the published layout: what the import form posts back. */
	text: string;
}

export type CheckedFile = CheckedReport | { name: string; ok: false; message: string };

interface Subject {
	unitId: number | null;
	name: string;
}

/** The unit (the longest name wins) or the body a report's title or issuer names; null when none. */
function subjectOf(db: DB, viewer: PolicyUser, title: string, issuer: string | undefined): Subject | null {
	const text = `${title}\n${issuer ?? ''}`;
	const units = db
		.select({ id: unit.id, name: unit.name, shortName: unit.shortName })
		.from(unit)
		.where(eq(unit.active, true))
		.orderBy(asc(unit.id))
		.all();
	const body = getBody(db);
	let best: Subject | null = null;
	let length = 0;
	for (const u of units)
		for (const n of [u.name, u.shortName])
			if (n.length >= 4 && n.length > length && text.includes(n)) {
				best = { unitId: u.id, name: u.name };
				length = n.length;
			}
	const bodyNames = [body.issuer, body.name].filter((n) => n.length >= 2);
	if (!best && bodyNames.some((n) => text.includes(n))) best = { unitId: null, name: body.issuer || body.name };
	return best && canViewReport(viewer, best) ? best : null;
}

function checkOne(
	db: DB,
	viewer: PolicyUser,
	name: string,
	read: () => ReturnType<typeof readReportText>
): CheckedFile {
	try {
		const { report, findings } = read();
		const subject = subjectOf(db, viewer, report.title, report.issuer);
		const prev = subject ? previousReport(db, { year: report.year, unitId: subject.unitId }) : null;
		return {
			name,
			ok: true,
			title: report.title,
			year: report.year,
			format: report.format,
			issuer: report.issuer ?? null,
			date: report.date ?? null,
			sections: report.sections.map((s) => ({ no: s.no, heading: s.heading })),
			statistics: report.statistics,
			checks: checkReport(report, { previous: prev?.document, findings }),
			subject,
			previous: prev?.document.title ?? null,
			text: writeReportText(report)
		};
	} catch (e) {
		if (isDomainError(e)) return { name, ok: false, message: e.message };
		throw e;
	}
}

/** Checks uploaded files and pasted text, one result each, in order. */
export async function checkReports(
	db: DB,
	viewer: PolicyUser,
	input: { files: { name: string; bytes: Uint8Array }[]; pasted: string }
): Promise<CheckedFile[]> {
	const pasted = input.pasted.trim();
	if (!input.files.length && !pasted)
		throw new DomainError('invalid', '请上传报告文件（.docx 或 .txt），或把报告全文粘贴到文本框中');
	if (input.files.length > MAX_FILES) throw new DomainError('too_large', `一次最多核对 ${MAX_FILES} 份报告`);
	if (pasted.length > MAX_PASTE_CHARS)
		throw new DomainError('too_large', '粘贴的文字过长（超过 100 万字），请上传文件');
	const out: CheckedFile[] = [];
	if (pasted) out.push(checkOne(db, viewer, '粘贴的文字', () => readReportText(pasted)));
	for (const f of input.files) {
		out.push(checkOne(db, viewer, f.name, () => readReportFile(f.bytes, f.name)));
		await yieldToLoop();
	}
	return out;
}
