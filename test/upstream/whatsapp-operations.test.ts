// The WhatsApp client's operations against the contract's two sources: the spec files (every operation of
// both tags has a client call, with the spec's method, path and success status) and the endpoint table of
// contract/upstream/whatsapp-and-webhooks.md §1. Then the wire: each call sends the documented request line
// and is retried (when resilience is on) only if it is a GET; the writes, including the DELETEs whose repeat
// answers an error, are attempted once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSinchClient, type SinchClient, UpstreamServerError } from '../../src/upstream/index.ts';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.ts';
import { requestPath, WHATSAPP_OPERATIONS } from '../support/whatsapp-operations.ts';

const CONTRACT = join(import.meta.dirname, '../../contract/upstream');
const SPECS = ['sinch-whatsapp-senders-api-openapi.yml', 'sinch-whatsapp-accounts-api-openapi.yml'];

interface SpecOperation {
  route: string;
  ok: number;
}

function specOperations(): Map<string, SpecOperation> {
  const out = new Map<string, SpecOperation>();
  for (const file of SPECS) {
    const doc = parse(readFileSync(join(CONTRACT, 'sinch-1.2.117', file), 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
    };
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!op?.operationId) continue;
        const ok = Object.keys(op.responses ?? {}).filter((s) => /^2\d\d$/.test(s));
        expect(ok, op.operationId).toHaveLength(1);
        out.set(op.operationId, { route: `${method.toUpperCase()} ${path}`, ok: Number(ok[0]) });
      }
    }
  }
  return out;
}

/** Rows `| S | GET | \`/whatsapp/senders\` | \`listSenders\` | 200 | ... |` of the endpoint table. */
function tableOperations(): Map<string, SpecOperation> {
  const md = readFileSync(join(CONTRACT, 'whatsapp-and-webhooks.md'), 'utf8');
  const prefix: Record<string, string> = {
    S: 'WhatsappSendersController_',
    A: 'WhatsappAccountsController_',
  };
  const out = new Map<string, SpecOperation>();
  for (const m of md.matchAll(/^\| ([SA]) \| (\w+) \| `([^`]+)` \| `(\w+)`[^|]* \| (\d{3})/gm)) {
    const [, src = '', method, path, name, ok] = m;
    out.set(`${prefix[src]}${name}_v1`, {
      route: `${method} /v1/projects/{projectId}${path}`,
      ok: Number(ok),
    });
  }
  return out;
}

const ours = new Map(Object.values(WHATSAPP_OPERATIONS).map((o) => [o.operationId, o]));

describe('WhatsApp operations match the contract', () => {
  it('every spec operation of both tags has exactly one client call, with its route and success status', () => {
    const spec = specOperations();
    expect(spec.size).toBe(17);
    expect([...ours.keys()].sort()).toEqual([...spec.keys()].sort());
    for (const [id, op] of spec) expect({ route: ours.get(id)?.route, ok: ours.get(id)?.ok }, id).toEqual(op);
  });

  it('agrees with the endpoint table of whatsapp-and-webhooks.md §1', () => {
    const table = tableOperations();
    expect(table.size).toBe(17);
    for (const [id, op] of table)
      expect({ route: ours.get(id)?.route, ok: ours.get(id)?.ok }, id).toEqual(op);
  });
});

describe('WhatsApp calls on the wire', () => {
  let server: HttpRecorder;
  let client: SinchClient;
  beforeAll(async () => {
    server = await startHttpRecorder();
    client = createSinchClient({
      baseUrl: server.url,
      credentials: { keyId: 'wa-op-key', keySecret: 'wa-op-secret', mode: 'basic' },
      resilience: { retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 }, breaker: false },
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it.each(Object.entries(WHATSAPP_OPERATIONS))(
    '%s: request line, and retried only if a GET',
    async (_n, op) => {
      server.reply({ status: 503, body: '' }, { status: 503, body: '' });
      const before = server.requests.length;
      await expect(op.call(client)).rejects.toBeInstanceOf(UpstreamServerError);
      const sent = server.requests.slice(before);
      const isGet = op.route.startsWith('GET ');
      expect(sent).toHaveLength(isGet ? 2 : 1);
      for (const req of sent) expect(`${req.method} ${req.url}`).toBe(requestPath(op.route));
      for (const req of sent) expect(req.body === '').toBe(!op.body);
    },
  );
});
