// The bulletin's frozen rows (its units, every breakdown line, the lists), written in slices while it
// is still 'writing': each slice its own short transaction, the event loop free between them.
import type { DB } from '../db/client';
import type { Frozen } from './issue';

/** Rows written per transaction while issuing. */
const WRITE_SLICE = 500;
/** Breakdown lines per insert statement (10 parameters each, well under SQLite's limit). */
const LINES_PER_INSERT = 50;

/** The frozen rows, a slice per transaction; yields after each. */
export function* writeRows(db: DB, id: number, f: Frozen): Generator<void, void, void> {
	const c = db.$client;
	const units = f.scores.result.units;
	const insUnit = c.prepare(
		`insert into bulletin_unit (bulletin_id, unit_id, unit_name, unit_kind, class_id, class_name, total, max, percent, base, band, band_before_quota, rank, class_rank, veto, tree, seq)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	// Breakdown lines are the bulk (60,000 for a province): LINES_PER_INSERT rows per statement.
	const lineSql = (n: number) =>
		`insert into bulletin_line (bulletin_id, unit_id, seq, indicator, indicator_name, rule, source_kind, source_id, points, text)
		values ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`;
	const insLines = c.prepare(lineSql(LINES_PER_INSERT));
	const insLine = c.prepare(lineSql(1));
	const insItem = c.prepare(
		`insert into bulletin_item (bulletin_id, kind, seq, unit_id, unit_name, assignment_id, rectification_id, label, detail)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const kinds = new Map(f.scores.facts.units.map((u) => [u.id, u.kind]));
	let i = 0;
	while (i < units.length)
		yield c.transaction(() => {
			for (let rows = 0; i < units.length && rows < WRITE_SLICE; i++) {
				const u = units[i];
				const veto = u.veto ? JSON.stringify(u.veto) : null;
				insUnit.run(
					id,
					u.unitId,
					u.name,
					kinds.get(u.unitId) ?? 'other',
					u.classId,
					u.className,
					u.total,
					u.max,
					u.percent,
					u.base,
					u.band,
					u.bandBeforeQuota ?? null,
					u.rank,
					u.classRank,
					veto,
					JSON.stringify(u.tree),
					i
				);
				const params: unknown[] = [];
				u.lines.forEach((l, seq) => {
					params.push(
						id,
						u.unitId,
						seq,
						l.indicator,
						l.indicatorName,
						l.rule,
						l.source?.kind ?? null,
						l.source?.id ?? null,
						l.points,
						l.text
					);
					if (params.length === LINES_PER_INSERT * 10) insLines.run(...params.splice(0));
				});
				for (let k = 0; k < params.length; k += 10) insLine.run(...params.slice(k, k + 10));
				rows += 1 + u.lines.length;
			}
		})();
	for (let j = 0; j < f.items.length; j += WRITE_SLICE)
		yield c.transaction(() => {
			for (let k = j; k < Math.min(j + WRITE_SLICE, f.items.length); k++) {
				const it = f.items[k];
				insItem.run(id, it.kind, k, it.unitId, it.unitName, it.assignmentId, it.rectificationId, it.label, it.detail);
			}
		})();
}
