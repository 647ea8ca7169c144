// One delivery attempt: the event body POSTed to the webhook's target, signed with its secret by the
// project's one signature function (src/upstream/webhook-signature.ts, where its ASSUMPTION is stated).
import { type Agent, request } from 'undici';
import { webhookSignatureHeaders } from '../../upstream/webhook-signature.ts';
import type { WebhookRecord } from '../model.ts';

/**
 * The answer's HTTP status, or what failed instead: 'timeout' (no whole answer within `timeoutMs`), a
 * transport code such as 'ECONNREFUSED', or 'network_error'. Never throws.
 */
export async function postSigned(
  agent: Agent,
  webhook: WebhookRecord,
  body: Buffer,
  timeoutMs: number,
  controller: AbortController,
): Promise<number | string> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const res = await request(webhook.target, {
      method: 'POST',
      dispatcher: agent,
      signal: controller.signal,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'sinch-sandbox-webhooks',
        ...webhookSignatureHeaders(webhook.secret, body),
      },
      body,
    });
    // The receiver's body is ignored (contract §7.5), but read so the connection can be reused.
    await res.body.dump();
    return res.statusCode;
  } catch (err) {
    if (timedOut) return 'timeout';
    return transportCode(err) ?? 'network_error';
  } finally {
    clearTimeout(timer);
  }
}

function transportCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && !code.startsWith('UND_ERR')) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
