// The request id: taken from a trusted proxy's X-Request-Id (nginx's $request_id) when it looks like
// one, otherwise made here. It is in every log line of the request, in the X-Request-Id response
// header and on the error page, so a user's "错误编号" finds the log lines at once.
import { randomUUID } from 'node:crypto';

const INCOMING = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdOf(incoming: string | null): string {
	// randomUUID draws from a cached entropy pool: a tenth of randomBytes' cost per call.
	return incoming && INCOMING.test(incoming) ? incoming : randomUUID().replaceAll('-', '').slice(0, 16);
}
