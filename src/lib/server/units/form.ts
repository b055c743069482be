/** Aliases as typed: one per line, or separated by 、，, ; ；. */
export function splitAliases(input: string): string[] {
	return input
		.split(/[\n\r、，,;；]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}
