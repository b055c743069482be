// Where the table readers put what they find: cell values into a Statistics object, and what does
// not fit the year's format into notes that become one F1 finding.

import { getFormat, type FormatId } from '../../../annual-report/format';
import type { CellValue, Statistics } from '../../../annual-report/types';
import { parseCellValue } from '../../../annual-report/values';

export class CellSink {
	readonly cells: Record<string, CellValue> = {};
	readonly invalid: Record<string, string> = {};
	/** Rows or columns the year's format does not have (a report laid out in the other format). */
	readonly offFormat: string[] = [];

	constructor(readonly format: FormatId) {}

	has(key: string): boolean {
		return getFormat(this.format).byKey.has(key);
	}

	/** Store a printed cell. The first value read for a cell wins (span-filled grids repeat cells). */
	put(key: string, text: string): void {
		const def = getFormat(this.format).byKey.get(key);
		if (!def || key in this.cells) return;
		const parsed = parseCellValue(text, def.kind);
		if (parsed.ok) {
			this.cells[key] = parsed.value;
		} else {
			this.cells[key] = null;
			this.invalid[key] = text.trim();
		}
	}

	/** Add a printed value into a cell (sub-items folded into a row the format keeps whole). */
	add(key: string, text: string): void {
		const def = getFormat(this.format).byKey.get(key);
		if (!def) return;
		const parsed = parseCellValue(text, def.kind);
		if (!parsed.ok) return this.put(key, text);
		if (parsed.value === null) return;
		this.cells[key] = (this.cells[key] ?? 0) + parsed.value;
	}

	noteOffFormat(what: string): void {
		if (!this.offFormat.includes(what)) this.offFormat.push(what);
	}

	statistics(): Statistics {
		const cells: Record<string, CellValue> = {};
		for (const def of getFormat(this.format).cells) cells[def.key] = this.cells[def.key] ?? null;
		const invalid = Object.keys(this.invalid).length ? { ...this.invalid } : undefined;
		return invalid ? { format: this.format, cells, invalid } : { format: this.format, cells };
	}
}
