// A bounded closed-loop load generator: `concurrency` workers each POST a GraphQL body and wait for the
// answer, back to back, until `total` requests were sent or `maxSeconds` passed, whichever comes first.
// Keep-alive node:http (one socket per worker): cheaper than fetch, so the driver steals less CPU from the
// sandbox it shares a core with. A request is an error when the status is not 200, the body is not JSON,
// or the body has `errors`. Latencies in ms.
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  /** Up to 3 distinct error descriptions (status, first message, code). */
  errorSamples: string[];
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface Answer {
  status: number;
  json: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
}

const REQUEST_TIMEOUT_MS = 30_000;

export function createClient(url: string, concurrency: number) {
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1') throw new Error(`bench: only 127.0.0.1, not ${u.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const post = (body: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          agent,
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'content-length': Buffer.byteLength(body),
          },
          timeout: REQUEST_TIMEOUT_MS,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            let json: Answer['json'];
            try {
              json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode ?? 0, json });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

/** Why an answer is an error, or undefined when it is not one. */
export function errorOf(answer: Answer): string | undefined {
  const first = answer.json?.errors?.[0];
  const detail = first ? `${first.extensions?.code ?? ''} ${first.message ?? ''}`.trim() : '';
  if (answer.status !== 200) return `HTTP ${answer.status}${detail ? `: ${detail}` : ''}`;
  if (!answer.json) return 'body is not JSON';
  if (first) return `errors: ${detail}`;
  return undefined;
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function runLoad(opts: {
  url: string;
  concurrency: number;
  total: number;
  maxSeconds: number;
  /** Body of request number i. */
  body: (i: number) => string;
  /** Called with every answer's elapsed time since the start (for sampling alongside, e.g. memory). */
  onProgress?: (elapsedSeconds: number) => void;
}): Promise<LoadResult & { slices: LoadSlice[] }> {
  const client = createClient(opts.url, opts.concurrency);
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + opts.maxSeconds * 1000;
  const worker = async () => {
    while (issued < opts.total && performance.now() < deadline) {
      const i = issued++;
      const t0 = performance.now();
      let problem: string | undefined;
      try {
        problem = errorOf(await client.post(opts.body(i)));
      } catch (error) {
        problem = `request failed: ${(error as Error).message}`;
      }
      const t1 = performance.now();
      latencies.push(t1 - t0);
      if (problem) {
        errors++;
        if (samples.size < 3) samples.add(problem.slice(0, 200));
      }
      opts.onProgress?.((t1 - started) / 1000);
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
  } finally {
    client.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return summarizeLoad([{ latencies, errors, errorSamples: [...samples], seconds }]);
}

/** The raw figures of one stretch of load, so that several stretches can be reported as one. */
export interface LoadSlice {
  latencies: number[];
  errors: number;
  errorSamples: string[];
  seconds: number;
}

/** One result for stretches of load measured apart (e.g. in alternating rounds): latencies pooled. */
export function summarizeLoad(slices: LoadSlice[]): LoadResult & { slices: LoadSlice[] } {
  const all = slices.flatMap((s) => s.latencies);
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const sorted = Float64Array.from(all).sort();
  const result = {
    requests: all.length,
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
    errorSamples: [...new Set(slices.flatMap((s) => s.errorSamples))].slice(0, 3),
    seconds: round(seconds),
    rps: round(all.length / seconds),
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
  // The raw slices travel along for merging, but stay out of JSON output.
  Object.defineProperty(result, 'slices', { value: slices, enumerable: false });
  return result as LoadResult & { slices: LoadSlice[] };
}
