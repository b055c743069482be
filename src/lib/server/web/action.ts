// The shape most form actions share: read the form, one domain call, then either the success message
// (with the form it belongs to, so the page shows it beside that form) or the user's input back with
// the Chinese message of the DomainError. The route calls its guard first and passes the user in.
import type { RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '../auth/session';
import type { Actor } from '../shared/actor';
import { actorOf } from './guards';
import { domainFail, formValues } from './forms';

export interface ActionOptions<T> {
	/** Which form on the page the result belongs to ('' for the page as a whole). */
	form?: string;
	success: string | ((result: T) => string);
}

export async function formAction<T>(
	event: RequestEvent,
	user: SessionUser,
	opts: ActionOptions<T>,
	work: (actor: Actor, data: FormData) => T | Promise<T>
) {
	const data = await event.request.formData();
	const form = opts.form ?? '';
	const values = { ...formValues(data), _form: form };
	let result: T;
	try {
		result = await work(actorOf(event, user), data);
	} catch (e) {
		return domainFail(e, values);
	}
	return { success: typeof opts.success === 'string' ? opts.success : opts.success(result), form };
}
