// Structured logs: one JSON object per line, info and below on stdout, warnings and errors on stderr,
// so journald, docker or any log shipper can parse them. Every line has `time`, `level` and `event`;
// request lines carry the request id the error page and the X-Request-Id header show.
import type { LogLevel } from '../config';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold = RANK.info;

export function setLogLevel(level: LogLevel): void {
	threshold = RANK[level];
}

export type LogFields = Record<string, unknown>;

/** An Error as plain fields (name, message, stack, cause), so it survives JSON.stringify. */
export function errorFields(e: unknown): LogFields {
	if (!(e instanceof Error)) return { error: String(e) };
	const out: LogFields = { error: e.message, errorName: e.name, stack: e.stack };
	if (e.cause !== undefined) out.cause = e.cause instanceof Error ? e.cause.message : String(e.cause);
	return out;
}

/** The line as written: time first, then level and event, then the fields in their order. */
export function formatLine(level: LogLevel, event: string, fields: LogFields = {}, now = new Date()): string {
	return JSON.stringify({ time: now.toISOString(), level, event, ...fields });
}

export function log(level: LogLevel, event: string, fields?: LogFields): void {
	if (RANK[level] < threshold) return;
	const line = formatLine(level, event, fields) + '\n';
	if (RANK[level] >= RANK.warn) process.stderr.write(line);
	else process.stdout.write(line);
}

export const logInfo = (event: string, fields?: LogFields) => log('info', event, fields);
export const logWarn = (event: string, fields?: LogFields) => log('warn', event, fields);
export const logError = (event: string, fields?: LogFields) => log('error', event, fields);
