// A client's view of GraphQL incremental delivery (@defer, @stream) over HTTP: a POST that accepts
// multipart/mixed or text/event-stream, read payload by payload as they arrive (multipart parts by `meros`,
// the parser urql and the GraphQL Tools HTTP executor use; SSE `next` events as the GraphQL over SSE
// protocol frames them), and the payloads merged into the one result a non-incremental request returns.
import { meros } from 'meros/browser';

export type Transport = 'multipart' | 'sse';

/**
 * What a client sends. Multipart: Apollo Client's header (urql's is alike): with application/json accepted
 * too, a result that is not incremental (a refusal, an operation without @defer) comes back as plain JSON.
 */
export const ACCEPT: Record<Transport, string> = {
  multipart: 'multipart/mixed;deferSpec=20220824, application/json',
  sse: 'text/event-stream',
};

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export interface Increment {
  data?: Record<string, unknown>;
  items?: unknown[];
  path: (string | number)[];
  label?: string;
  errors?: GraphQLErrorJson[];
}

export interface Payload {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorJson[];
  incremental?: Increment[];
  hasNext?: boolean;
  extensions?: Record<string, unknown>;
}

export interface IncrementalResponse {
  response: Response;
  /** The next payload, or undefined once the response is complete. */
  next(): Promise<Payload | undefined>;
  /** Every payload still to come. */
  rest(): Promise<Payload[]>;
}

/** Reads a response body as SSE events, yielding the JSON `data` of each `next` event. */
async function* sseNexts(body: ReadableStream<Uint8Array>): AsyncGenerator<Payload> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const event = lines
        .find((l) => l.startsWith('event:'))
        ?.slice(6)
        .trim();
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (event === 'next') yield JSON.parse(data) as Payload;
      if (event === 'complete') return;
    }
  }
}

/** POSTs `body` to `url` accepting `transport`'s media type; the payloads are read as the test asks. */
export async function postIncremental(
  url: string,
  transport: Transport,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<IncrementalResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: ACCEPT[transport], ...headers },
    body: JSON.stringify(body),
  });
  let payloads: AsyncIterator<Payload>;
  if (transport === 'sse') {
    if (!response.body) throw new Error(`no body (status ${response.status})`);
    payloads = sseNexts(response.body);
  } else {
    const parts = await meros<Payload>(response);
    if (parts instanceof Response) {
      // Not multipart (a refusal answered as plain JSON): one payload.
      const single = (await parts.json()) as Payload;
      payloads = (async function* () {
        yield single;
      })();
    } else {
      payloads = (async function* () {
        for await (const part of parts) {
          if (!part.json) throw new Error(`a part that is not JSON: ${String(part.body)}`);
          yield part.body;
        }
      })();
    }
  }
  const next = async () => {
    const step = await payloads.next();
    return step.done ? undefined : step.value;
  };
  return {
    response,
    next,
    async rest() {
      const all: Payload[] = [];
      for (let p = await next(); p; p = await next()) all.push(p);
      return all;
    },
  };
}

/** The value at `path` in `root` (objects and arrays). */
function at(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** The one result the payloads add up to: deferred data merged in at its path, streamed items appended. */
export function mergePayloads(payloads: readonly Payload[]): {
  data: Record<string, unknown>;
  errors: GraphQLErrorJson[];
} {
  const [first, ...later] = payloads;
  const data = structuredClone(first?.data ?? {}) as Record<string, unknown>;
  const errors = [...(first?.errors ?? [])];
  for (const payload of later) {
    errors.push(...(payload.errors ?? []));
    for (const part of payload.incremental ?? []) {
      errors.push(...(part.errors ?? []));
      if (part.items) {
        // A streamed item's path ends with its index in the list.
        const list = at(data, part.path.slice(0, -1)) as unknown[];
        list.splice(part.path.at(-1) as number, part.items.length, ...part.items);
      } else if (part.data) {
        deepMerge(at(data, part.path) as Record<string, unknown>, part.data);
      }
    }
  }
  return { data, errors };
}

function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (existing && value && typeof existing === 'object' && typeof value === 'object') {
      deepMerge(existing as Record<string, unknown>, value as Record<string, unknown>);
    } else into[key] = value;
  }
}
