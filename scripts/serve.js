// Starts the built server (adapter-node) with defaults that match the app's settings:
// the request body limit follows UPLOAD_MAX_MB so evidence uploads are not cut off at 512 KB.
import process from 'node:process';

const uploadMb = Number(process.env.UPLOAD_MAX_MB ?? 50);
process.env.BODY_SIZE_LIMIT ??= `${Math.ceil((Number.isFinite(uploadMb) && uploadMb > 0 ? uploadMb : 50) + 5)}M`;
process.env.PORT ??= '3000';
process.env.TZ ??= 'Asia/Shanghai';
// SvelteKit checks the Origin of form posts (CSRF) against this; set ORIGIN to the address users
// open (http://10.1.2.3:3000 on an intranet, https://… behind a TLS proxy).
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
console.log(`要点督办 → ${process.env.ORIGIN}`);

await import('../build/index.js');
