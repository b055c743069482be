// What every part of the rubric editor needs to know besides its own piece of the draft.
export interface EditorContext {
	/** The plan's sections and tasks, for mapping plan-driven rules to them. */
	sections: { code: string; title: string }[];
	tasks: { code: string; title: string }[];
	/** The validator's messages from the last check or save. */
	problems: string[];
	/** The path the last button touched: its details open. */
	focus: string | null;
}

/** The messages that name this indicator (the validator names it 指标「名称」). */
export const problemsFor = (ctx: EditorContext, name: unknown) =>
	typeof name === 'string' && name ? ctx.problems.filter((m) => m.includes(`指标「${name}」`)) : [];

/** A part holding the last-touched path stays open. */
export const isOpen = (ctx: EditorContext, path: string) =>
	!!ctx.focus && (ctx.focus === path || ctx.focus.startsWith(`${path}.`));
