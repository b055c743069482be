// The parsed plan: what the pure parser returns for a 工作要点, before any unit is matched
// against the registry. Field names follow ../shared/fixtures/shijiazhuang-2020.expected.json
// where the CLI prints them; the importer reads the richer fields too.

export interface ParsedMilestone {
	/** ISO date (YYYY-MM-DD), year taken from the plan when the text omits it. */
	date: string;
	/** The clause the date governs, e.g. 完成汇总. */
	what: string;
}

export interface ParsedTask {
	/** As written: (一) / 1. / 1、 (normalised to half-width brackets: "(一)"). */
	code: string;
	/** Text up to the first 。 (without the code). */
	title: string;
	/** Whole task text without the code and without the unit note. */
	body: string;
	/** 牵头单位 as written, a shared prefix/suffix distributed; groups kept as written. */
	lead_units: string[];
	/** 责任单位 (or 配合单位), same normalisation. */
	responsible_units: string[];
	/** The list ended in 等部门/等单位: the office may add units. */
	open_list: boolean;
	/** Dated milestones (时间节点). */
	deadlines: ParsedMilestone[];
	/** Relative or recurring duties kept as text (每季度…, 7个工作日内…). */
	duties: string[];
	/** The unit note as written, e.g. "牵头单位:市政府办公室;责任单位:…", or "" when none. */
	unit_note: string;
	/** The sub-group (二级标题) of a three-level table, e.g. { code: "(一)", title: "推进决策公开" };
	 * the code already carries its number ("(一)1."). Absent elsewhere; not in the CLI summary. */
	group?: { code: string; title: string };
}

export interface ParsedSection {
	/** 一 / 二 …; "" for a plan without sections (one implicit section). */
	code: string;
	title: string;
	items: ParsedTask[];
}

export interface ParsedPlanMeta {
	title: string;
	year: number | null;
	doc_number: string | null;
	issuer: string | null;
	/** ISO date or null. */
	issued_on: string | null;
}

export type ParseWarningCode =
	| 'no_units' // a task names no units
	| 'no_title' // plan title not found
	| 'no_year' // plan year not found
	| 'no_tasks' // nothing that looks like a task
	| 'bad_date' // a date phrase that is not a real date (2月30日)
	| 'duplicate_code' // two tasks with the same code in one section
	| 'table_row_skipped' // a table row without a task
	| 'unclosed_note' // a unit note bracket that never closes
	| 'layout_reconstructed'; // paragraphs rebuilt from a PDF's line positions

export interface ParseWarning {
	code: ParseWarningCode;
	/** Chinese, shown to the office as is. */
	message: string;
	/** Where: "一(三)" style path, or a table row number. */
	where?: string;
}

export interface ParsedPlan {
	plan: ParsedPlanMeta;
	sections: ParsedSection[];
	warnings: ParseWarning[];
}
