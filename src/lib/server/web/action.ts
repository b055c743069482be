// The shape form actions share: read the form, one domain call, then either the success message (with
// the form it belongs to, so the page shows it beside that form) or the user's input back with the
// Chinese message of the DomainError. With `then`, success goes on to another page instead, carrying
// its message in the flash cookie. The route calls its guard first and passes the user in.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '../auth/session';
import type { Actor } from '../shared/actor';
import { actorOf } from './guards';
import { domainFail, formValues } from './forms';
import { setFlash } from './flash';

export interface ActionOptions<T> {
	/** Which form on the page the result belongs to ('' for the page as a whole). */
	form?: string;
	success: string | ((result: T) => string);
	/** Where to go after success (a page of the result, e.g. the unit just created). */
	then?: (result: T) => string;
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
	const success = typeof opts.success === 'string' ? opts.success : opts.success(result);
	if (opts.then) {
		setFlash(event.cookies, event.url, success);
		redirect(303, opts.then(result));
	}
	return { success, form };
}
