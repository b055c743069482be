// Starts the built server (adapter-node's handler) with defaults that match the app's settings:
// - the request body limit follows UPLOAD_MAX_MB so evidence uploads are not cut off at 512 KB;
// - every response, static files and adapter errors included, carries the security headers;
// - SIGTERM/SIGINT finish the requests in flight, then SvelteKit's shutdown event closes the database.
import http from 'node:http';
import process from 'node:process';
import { SECURITY_HEADERS } from '../src/lib/server/web/security-headers.js';

const uploadMb = Number(process.env.UPLOAD_MAX_MB ?? 50);
process.env.BODY_SIZE_LIMIT ??= `${Math.ceil((Number.isFinite(uploadMb) && uploadMb > 0 ? uploadMb : 50) + 5)}M`;
process.env.PORT ??= '3000';
process.env.TZ ??= 'Asia/Shanghai';
// Cross-site posts are refused against this origin: set ORIGIN to the address users open
// (http://10.1.2.3:3000 on an intranet, https://… behind a TLS proxy).
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;

/** One JSON line, like the app's own logs (src/lib/server/ops/log.ts). */
const log = (level, event, fields = {}) =>
	(level === 'error' ? process.stderr : process.stdout).write(
		JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }) + '\n'
	);

// The handler runs the server hook's init (start-up checks, database, migrations): a refusal is
// printed as it is (Chinese, then English) and the process exits with status 1.
let handler;
try {
	({ handler } = await import('../build/handler.js'));
} catch (e) {
	log('error', 'startup.refused', { error: e?.message ?? String(e), zh: e?.zh, en: e?.en });
	process.stderr.write(`\n启动失败 / Start-up failed:\n${e?.message ?? e}\n`);
	process.exit(1);
}

const server = http.createServer((req, res) => {
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('页面不存在');
	});
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '0.0.0.0', () =>
	log('info', 'server.listening', {
		origin: process.env.ORIGIN,
		port: Number(process.env.PORT),
		message: '要点督办已启动'
	})
);

const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000;
let stopping = false;
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	log('info', 'server.stopping', { signal, message: '停止接收新请求，等待进行中的请求完成' });
	server.closeIdleConnections();
	server.close(() => {
		process.emit('sveltekit:shutdown', signal);
		log('info', 'server.stopped', { signal });
		process.exit(0);
	});
	// Keep-alive connections close as soon as they are idle; the rest are cut after the timeout.
	setInterval(() => server.closeIdleConnections(), 200).unref();
	setTimeout(() => server.closeAllConnections(), SHUTDOWN_TIMEOUT_MS).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
