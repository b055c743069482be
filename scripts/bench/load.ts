// One load run with autocannon: `connections` keep-alive connections for `seconds`, each connection
// with its own request (a session cookie, an assignment). Latencies are taken from autocannon's
// per-response timing (fractional milliseconds), success means a 2xx answer.
import autocannon from 'autocannon';
import { summarise } from './stats';

export interface ClientRequest {
	method: 'GET' | 'POST';
	path: string;
	headers: Record<string, string>;
	body?: string;
}

export interface LoadSpec {
	connections: number;
	seconds: number;
	/** The request connection `i` repeats. */
	client(i: number): ClientRequest;
}

export interface LoadResult {
	requests: number;
	ok: number;
	non2xx: number;
	errors: number;
	rps: number;
	p50: number;
	p99: number;
	max: number;
}

export async function runLoad(base: string, spec: LoadSpec): Promise<LoadResult> {
	const samples: number[] = [];
	let ok = 0;
	let non2xx = 0;
	let next = 0;
	const t0 = performance.now();
	let instance!: autocannon.Instance;
	const done = new Promise<autocannon.Result>((ok, fail) => {
		instance = autocannon(
			{
				url: base,
				connections: spec.connections,
				duration: spec.seconds,
				setupClient: (client) => client.setRequests([spec.client(next++)]),
				// Two answers per connection would be pipelining: one at a time, as browsers do.
				pipelining: 1
			},
			(err, result) => (err ? fail(err) : ok(result))
		);
	});
	instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
		if (status >= 200 && status < 300) {
			ok++;
			samples.push(ms);
		} else non2xx++;
	});
	const result = await done;
	const elapsed = (performance.now() - t0) / 1000;
	const s = summarise(samples);
	return {
		requests: ok + non2xx,
		ok,
		non2xx,
		errors: result.errors + result.timeouts,
		rps: ok / elapsed,
		p50: s.p50,
		p99: s.p99,
		max: s.max
	};
}
