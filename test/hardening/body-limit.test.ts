// The request body limit's Content-Length half, in process (Node's HTTP parser refuses a malformed
// Content-Length before any application sees it, other runtimes may not): a length that is not one
// non-negative integer is a 400 BAD_REQUEST, a length over MAX_BODY_BYTES a 400 LIMIT_EXCEEDED, and neither
// reaches a resolver. The chunked half is in malformed-requests.test.ts, over real HTTP.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import type { UpstreamApi } from '../../src/context.ts';
import { silentLogger } from '../../src/log.ts';
import { createYoga } from '../../src/yoga.ts';

let calls = 0;
const client = new Proxy({}, { get: () => new Proxy({}, { get: () => async () => void calls++ }) });
const yoga = createYoga({ client: client as UpstreamApi, logger: silentLogger, serviceAuth: true });
const body = JSON.stringify({ query: '{ project(id: "demo-project") { id } }' });

async function post(contentLength: string) {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': contentLength },
    body,
  });
  return { status: res.status, connection: res.headers.get('connection'), json: await res.json() };
}

describe('request body limit, Content-Length', () => {
  it.each(['12, 12', '-1', '+5', 'ten'])(
    'Content-Length %j: 400 BAD_REQUEST, nothing runs',
    async (length) => {
      expect(await post(length)).toMatchObject({
        status: 400,
        json: {
          errors: [{ message: 'Content-Length header is invalid.', extensions: { code: 'BAD_REQUEST' } }],
        },
      });
      expect(calls).toBe(0);
    },
  );

  it('a Content-Length over the limit: 400 LIMIT_EXCEEDED naming both sizes, nothing runs', async () => {
    const over = DEFAULT_LIMITS.maxBodyBytes + 1;
    const answer = await post(String(over));
    expect(answer.connection).toBe('close');
    expect(answer).toMatchObject({
      status: 400,
      json: {
        errors: [
          {
            message: `Request body of ${over} bytes exceeds the request body limit of ${DEFAULT_LIMITS.maxBodyBytes} bytes.`,
            extensions: { code: 'LIMIT_EXCEEDED', limit: 'request body' },
          },
        ],
      },
    });
    expect(calls).toBe(0);
  });
});
