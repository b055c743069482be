// Collecting every problem in a rubric or a facts file before refusing it, so the office fixes them
// in one pass; the message lists them in Chinese, each naming the indicator or record.
import { DomainError } from '../shared/errors';

const SHOWN = 30;

export class Problems {
	readonly list: string[] = [];

	add(message: string): void {
		this.list.push(message);
	}

	get ok(): boolean {
		return this.list.length === 0;
	}

	/** Throws a DomainError('invalid') naming every problem (the first SHOWN of them). */
	throwIfAny(heading: string): void {
		if (this.ok) return;
		const shown = this.list.slice(0, SHOWN).map((m) => `- ${m}`);
		if (this.list.length > SHOWN) shown.push(`……另有 ${this.list.length - SHOWN} 处问题`);
		throw new DomainError('invalid', `${heading}：\n${shown.join('\n')}`);
	}
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Numbers as a person reads them, to 0.01: 2, 0.5, 3.25 (no float noise). Built from integer
 * hundredths: a breakdown has hundreds of thousands of numbers, and double-to-text is the slow part.
 */
export function fmt(n: number): string {
	let c = Math.round(n * 100);
	const negative = c < 0;
	if (negative) c = -c;
	const whole = Math.floor(c / 100);
	const cents = c - whole * 100;
	const text =
		cents === 0
			? String(whole)
			: cents % 10 === 0
				? `${whole}.${cents / 10}`
				: `${whole}.${cents < 10 ? '0' : ''}${cents}`;
	return negative ? `-${text}` : text;
}

/** Unknown keys are refused: a misspelt "overflow" must not be silently ignored. */
export function known(o: Record<string, unknown>, keys: string[], where: string, p: Problems): void {
	for (const k of Object.keys(o)) if (!keys.includes(k)) p.add(`${where}：不认识的字段「${k}」`);
}
