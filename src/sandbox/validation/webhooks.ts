// Webhook request bodies against the contract (WebhookWebhookInputDto for POST/PUT, WebhookUpdateWebhookInputDto
// for PATCH): target a URL of 1..742 characters, secret 1..128, triggers at least one, unique, from the 39
// values. Undeclared properties → invalid_payload, other problems → invalid_input (as the other routes).
import { webhookError } from '../webhooks/errors.ts';
import { schemaNamed } from './contract.ts';
import { walk } from './walker.ts';

export interface WebhookFields {
  target: string;
  secret: string;
  triggers: string[];
}

function check(body: Record<string, unknown> | undefined, schemaName: string): void {
  const { errors, unknown } = walk(body ?? {}, schemaNamed(schemaName), { allowNull: false });
  if (unknown.length > 0) {
    throw webhookError(400, 'invalid_payload', {
      validationErrors: unknown.map((p) => `property ${p} should not exist`),
    });
  }
  if (errors.length > 0) throw webhookError(400, 'invalid_input', { validationErrors: errors });
}

export function validateWebhookInput(body: Record<string, unknown> | undefined): WebhookFields {
  check(body, 'WebhookWebhookInputDto');
  return body as unknown as WebhookFields;
}

/** PATCH: every field optional; an empty body changes nothing (the contract documents no error for it). */
export function validateWebhookPatch(body: Record<string, unknown> | undefined): Partial<WebhookFields> {
  check(body, 'WebhookUpdateWebhookInputDto');
  return (body ?? {}) as Partial<WebhookFields>;
}
