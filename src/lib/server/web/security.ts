// Request checks and response headers every answer gets, in one place: the hook applies them to what
// SvelteKit answers, scripts/serve.js to everything else (static files, adapter errors).
import { SECURITY_HEADERS } from './security-headers.js';

export { SECURITY_HEADERS };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request refusal for every content type (SvelteKit's own check covers form types only):
 * a state-changing request must come from our origin, by its Origin header or, failing that, its
 * Referer. Returns the Chinese refusal, or null when the request may go on.
 */
export function crossSiteRefusal(request: Request, origin: string): Response | null {
	if (SAFE_METHODS.has(request.method)) return null;
	const from = request.headers.get('origin') ?? refererOrigin(request.headers.get('referer'));
	if (from === origin) return null;
	const message = '请求来源与本系统地址不一致，已拒绝（跨站提交）。请在本系统页面中重新操作。';
	const json = (request.headers.get('accept') ?? '').includes('application/json');
	return new Response(json ? JSON.stringify({ type: 'error', error: { message } }) : message, {
		status: 403,
		headers: { 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' }
	});
}

function refererOrigin(referer: string | null): string | null {
	if (!referer || !URL.canParse(referer)) return null;
	return new URL(referer).origin;
}

/** SvelteKit answers PUT/DELETE on a page in English plain text; we answer in Chinese. */
export function chineseMethodNotAllowed(response: Response, method: string): Response {
	const type = response.headers.get('content-type') ?? '';
	// Its plain-text answer carries no content type; pages and action results are left as they are.
	if (response.status !== 405 || type.includes('html') || type.includes('json')) return response;
	const headers = new Headers(response.headers);
	headers.set('content-type', 'text/plain; charset=utf-8');
	return new Response(`该地址不支持 ${method} 请求方式`, { status: 405, headers });
}

export function withSecurityHeaders(response: Response): Response {
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(k)) response.headers.set(k, v);
	return response;
}

/** The Chinese message for an error status SvelteKit raised itself (its own texts are English). */
export function chineseStatusMessage(status: number): string {
	switch (status) {
		case 400:
			return '请求无效，请返回页面重新操作';
		case 403:
			return '您没有权限访问此页面或执行此操作';
		case 404:
			return '页面不存在';
		case 405:
			return '该页面不支持此操作（请求方式不允许）';
		case 413:
			return '提交的内容超过大小上限，未保存';
		case 415:
			return '提交的数据格式不正确：请通过本系统页面上的表单提交';
		default:
			return status >= 500 ? '服务器内部错误，请稍后重试' : '请求无法处理，请返回页面重新操作';
	}
}
