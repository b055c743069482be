/** What a form action returns to its page: a message, per-field errors and the values typed. */
export type FormResult = {
	message?: string;
	success?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
} | null;
