// RFC 4180 CSV (quoted commas, newlines and doubled quotes), comma- or tab-delimited, as Excel
// and WPS export a task table.

import { MAX_COLS, MAX_ROWS } from './limits';

function detectDelimiter(text: string): string {
	let commas = 0;
	let tabs = 0;
	let quoted = false;
	for (let i = 0; i < text.length && i < 65536; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === '\n') {
			if (commas + tabs > 0) break;
		} else if (!quoted && ch === ',') commas++;
		else if (!quoted && ch === '\t') tabs++;
	}
	return tabs > commas ? '\t' : ',';
}

export function parseCsv(input: string): string[][] {
	const text = input.replace(/^\ufeff/, '');
	const delim = detectDelimiter(text);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const endField = (): void => {
		if (row.length < MAX_COLS) row.push(field);
		field = '';
	};
	const endRow = (): void => {
		endField();
		if (rows.length < MAX_ROWS) rows.push(row);
		row = [];
	};
	while (i < text.length) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else {
				field += ch;
			}
			i++;
			continue;
		}
		if (ch === '"' && field === '') quoted = true;
		else if (ch === delim) endField();
		else if (ch === '\r' && text[i + 1] === '\n') {
			endRow();
			i++;
		} else if (ch === '\n' || ch === '\r') endRow();
		else field += ch;
		i++;
	}
	if (field !== '' || row.length > 0) endRow();
	return rows;
}
