// Input rules for reports, submissions and links: pure, with the Chinese messages the forms show.
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';

export interface ReportInput {
	content: string;
	percent: number;
	/** The date the report covers (报送日期): chosen by the unit within the bounds below. */
	reportedOn: string;
}

export const MAX_REPORT = 5000;
export const MAX_SUMMARY = 3000;
export const MAX_DESCRIPTION = 300;

function fail(errors: Record<string, string>): never {
	throw new DomainError('invalid', Object.values(errors)[0], errors);
}

/**
 * A report's fields. `bounds` (for sending) adds the date rules: never after today, never before the
 * previous sent report or the earliest date still open (`floor`).
 */
export function validateReport(input: ReportInput, bounds?: { today: string; floor: string; floorWhy: string }) {
	const errors: Record<string, string> = {};
	const content = input.content.trim();
	if (!content) errors.content = '请填写已完成的工作';
	else if (content.length > MAX_REPORT) errors.content = `进展内容不能超过 ${MAX_REPORT} 字`;
	if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
		errors.percent = '完成进度应为 0–100 的整数';
	if (!isIsoDate(input.reportedOn)) errors.reportedOn = '请填写报送日期';
	else if (bounds && input.reportedOn > bounds.today) errors.reportedOn = '报送日期不能晚于今天';
	else if (bounds && input.reportedOn < bounds.floor) errors.reportedOn = bounds.floorWhy;
	if (Object.keys(errors).length) fail(errors);
	return { content, percent: input.percent, reportedOn: input.reportedOn };
}

export interface SubmissionInput {
	/** 办结情况说明. */
	summary: string;
	percent: number;
}

export function validateSubmission(input: SubmissionInput): SubmissionInput {
	const errors: Record<string, string> = {};
	const summary = input.summary.trim();
	if (!summary) errors.summary = '请说明办结情况（完成了什么、在哪里公开）';
	else if (summary.length > MAX_SUMMARY) errors.summary = `办结说明不能超过 ${MAX_SUMMARY} 字`;
	if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
		errors.percent = '完成进度应为 0–100 的整数';
	if (Object.keys(errors).length) fail(errors);
	return { summary, percent: input.percent };
}

export function validateLink(url: string, description: string): { url: string; description: string } {
	const errors: Record<string, string> = {};
	const u = url.trim();
	const parsed = URL.canParse(u) ? new URL(u) : null;
	if (!u) errors.url = '请填写信息公开的网址';
	else if (!parsed || !/^https?:$/.test(parsed.protocol)) errors.url = '网址应以 http:// 或 https:// 开头';
	else if (u.length > 2000) errors.url = '网址过长';
	const d = description.trim();
	if (!d) errors.description = '请说明这份材料是什么';
	else if (d.length > MAX_DESCRIPTION) errors.description = `说明不能超过 ${MAX_DESCRIPTION} 字`;
	if (Object.keys(errors).length) fail(errors);
	return { url: parsed!.toString(), description: d };
}

export function validateDescription(description: string): string {
	const d = description.trim();
	if (d.length > MAX_DESCRIPTION) fail({ description: `说明不能超过 ${MAX_DESCRIPTION} 字` });
	return d;
}
